package de.digitaldialog.desk.ui.bestpractice.form;

import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.ReferenceLabels;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the best-practice form's fields choose from (theme areas, Länder, the chosen Land's
 * ministries, persons, initiatives) and how each choice reads in the UI language. Needs no toolkit.
 */
public final class BestPracticeChoices {

    private final Messages messages;
    private final ObservableList<ThemeArea> themeAreas = FXCollections.observableArrayList();
    private final ObservableList<Land> lands = FXCollections.observableArrayList();
    private final ObservableList<Ministry> ministries = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObservableList<InitiativeSummary> initiatives = FXCollections.observableArrayList();
    private List<Ministry> allMinistries = List.of();
    private UUID storedMinistryId;

    BestPracticeChoices(Messages messages) {
        this.messages = messages;
    }

    /** Offers the reference data read for the practice (null: a new one). */
    void offer(BestPracticeFormViewModel.Data data) {
        BestPractice practice = data.practice();
        storedMinistryId = practice == null ? null : practice.ministryId();
        allMinistries = data.ministries().stream()
                .sorted(Comparator.comparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER)).toList();
        replace(themeAreas, data.themeAreas().stream().sorted(Comparator.comparingInt(ThemeArea::sortOrder)).toList());
        replace(lands, data.lands().stream().sorted(Comparator.comparingInt(Land::sortOrder)).toList());
        replace(persons, data.persons());
        replace(initiatives, data.initiatives().stream().sorted(Comparator.comparing(InitiativeSummary::number))
                .toList());
    }

    /**
     * New options only when they differ: a combo box whose options are replaced drops its value,
     * and a form read again after saving offers the same ones.
     */
    private static <T> void replace(ObservableList<T> options, List<T> offered) {
        if (!options.equals(offered)) {
            options.setAll(offered);
        }
    }

    /**
     * The ministries of the Land valid today; a closed one only while the stored practice still
     * names it, so an old record keeps showing its owner.
     */
    void ministriesOf(Land land) {
        LocalDate today = LocalDate.now();
        replace(ministries, land == null ? List.of() : allMinistries.stream()
                .filter(m -> m.landId().equals(land.id()))
                .filter(m -> m.isValidOn(today) || m.id().equals(storedMinistryId)).toList());
    }

    /** The partner Land that decides on adopting a practice of this Land, or null for any other Land. */
    Land partnerOf(Land owner) {
        if (owner == null || !owner.partner()) {
            return null;
        }
        return lands.stream().filter(Land::partner).filter(l -> !l.id().equals(owner.id())).findFirst().orElse(null);
    }

    static <T> T byId(List<T> items, Function<T, UUID> id, UUID wanted) {
        return wanted == null ? null : items.stream().filter(item -> wanted.equals(id.apply(item))).findFirst()
                .orElse(null);
    }

    // --- labels -----------------------------------------------------------------------------

    public String landLabel(Land land) {
        return land == null ? "" : land.name().in(messages.locale());
    }

    /** "MWIDE – Ministerium für …"; a closed one says until when. */
    public String ministryLabel(Ministry ministry) {
        if (ministry == null) {
            return "";
        }
        String label = ReferenceLabels.ministry(ministry, messages.locale());
        if (ministry.validTo() != null && ministry.validTo().isBefore(LocalDate.now())) {
            label += " " + messages.get("initiativeForm.ministry.closed", ministry.validTo());
        }
        return label;
    }

    public String personLabel(Person person) {
        return person == null ? "" : ReferenceLabels.person(person);
    }

    public String themeAreaLabel(ThemeArea area) {
        return area == null ? "" : area.name().in(messages.locale());
    }

    /** "INI-NW1-0001 – Gigabitausbau". */
    public String initiativeLabel(InitiativeSummary initiative) {
        return initiative == null ? "" : initiative.number() + " – " + initiative.title();
    }

    // --- options ----------------------------------------------------------------------------

    public ObservableList<ThemeArea> themeAreas() {
        return themeAreas;
    }

    public ObservableList<Land> lands() {
        return lands;
    }

    public ObservableList<Ministry> ministries() {
        return ministries;
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    public ObservableList<InitiativeSummary> initiatives() {
        return initiatives;
    }
}
