package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.PersonOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the initiative form's fields choose from (theme areas, the partner Länder's ministries,
 * further Länder, persons) and how each choice reads in the UI language. Needs no toolkit.
 */
public final class InitiativeChoices {

    private final Messages messages;
    private final ObservableList<ThemeArea> themeAreas = FXCollections.observableArrayList();
    private final ObservableList<Ministry> leadsBavaria = FXCollections.observableArrayList();
    private final ObservableList<Ministry> leadsNrw = FXCollections.observableArrayList();
    private final ObservableList<Ministry> participating = FXCollections.observableArrayList();
    private final ObservableList<Land> furtherLands = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final Map<UUID, Land> landsById = new HashMap<>();
    private final Map<UUID, Ministry> ministriesById = new HashMap<>();
    private Land bavaria;
    private Land nrw;

    InitiativeChoices(Messages messages) {
        this.messages = messages;
    }

    /**
     * Offers the reference data; ministries closed by now only when the initiative (null: a new
     * one) still names them.
     */
    void offer(InitiativeFormViewModel.Data data) {
        landsById.clear();
        data.lands().forEach(land -> landsById.put(land.id(), land));
        ministriesById.clear();
        data.ministries().forEach(ministry -> ministriesById.put(ministry.id(), ministry));
        bavaria = land(data.lands(), Land.BAVARIA);
        nrw = land(data.lands(), Land.NORTH_RHINE_WESTPHALIA);
        Initiative initiative = data.initiative();
        Set<UUID> used = new HashSet<>();
        if (initiative != null) {
            used.addAll(initiative.leadMinistryByLand().values());
            used.addAll(initiative.participatingMinistryIds());
        }
        LocalDate today = LocalDate.now();
        List<Ministry> offered = data.ministries().stream()
                .filter(m -> m.isValidOn(today) || used.contains(m.id()))
                .sorted(Comparator.comparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER)).toList();
        leadsBavaria.setAll(ministriesOf(offered, bavaria));
        leadsNrw.setAll(ministriesOf(offered, nrw));
        List<Ministry> partners = new ArrayList<>(leadsBavaria);
        partners.addAll(leadsNrw);
        participating.setAll(partners);
        themeAreas.setAll(data.themeAreas().stream().sorted(Comparator.comparingInt(ThemeArea::sortOrder)).toList());
        furtherLands.setAll(data.lands().stream().filter(l -> !l.partner())
                .sorted(Comparator.comparingInt(Land::sortOrder)).toList());
        persons.setAll(PersonOptions.offered(data.persons(),
                initiative == null ? Set.of() : initiative.contactPersonIds()));
    }

    private static Land land(List<Land> lands, String code) {
        return lands.stream().filter(l -> code.equals(l.code())).findFirst().orElse(null);
    }

    private static List<Ministry> ministriesOf(List<Ministry> ministries, Land land) {
        return ministries.stream().filter(m -> land != null && m.landId().equals(land.id())).toList();
    }

    Land bavaria() {
        return bavaria;
    }

    Land nrw() {
        return nrw;
    }

    Ministry ministry(UUID id) {
        return id == null ? null : ministriesById.get(id);
    }

    // --- labels -----------------------------------------------------------------------------

    /** "StMD – Staatsministerium für Digitales", in the UI language; closed ones say until when. */
    public String ministryLabel(Ministry ministry) {
        if (ministry == null) {
            return "";
        }
        String label = ministry.abbreviation() + " – " + ministry.name().in(messages.locale());
        if (ministry.validTo() != null && ministry.validTo().isBefore(LocalDate.now())) {
            label += " " + messages.get("initiativeForm.ministry.closed", ministry.validTo());
        }
        return label;
    }

    /** "StMD (Bayern)": a participating ministry with its Land. */
    public String ministryWithLand(Ministry ministry) {
        if (ministry == null) {
            return "";
        }
        Land land = landsById.get(ministry.landId());
        return ministry.abbreviation() + " (" + (land == null ? "?" : land.name().in(messages.locale())) + ")";
    }

    public String landLabel(Land land) {
        return land == null ? "" : land.name().in(messages.locale());
    }

    public String personLabel(Person person) {
        if (person == null) {
            return "";
        }
        Ministry ministry = ministry(person.ministryId());
        return person.displayName() + (ministry == null ? "" : " (" + ministry.abbreviation() + ")");
    }

    public String themeAreaLabel(ThemeArea area) {
        return area == null ? "" : area.name().in(messages.locale());
    }

    public String bavariaName() {
        return landLabel(bavaria);
    }

    public String nrwName() {
        return landLabel(nrw);
    }

    // --- options ----------------------------------------------------------------------------

    public ObservableList<ThemeArea> themeAreas() {
        return themeAreas;
    }

    public ObservableList<Ministry> leadsBavaria() {
        return leadsBavaria;
    }

    public ObservableList<Ministry> leadsNrw() {
        return leadsNrw;
    }

    public ObservableList<Ministry> participating() {
        return participating;
    }

    public ObservableList<Land> furtherLands() {
        return furtherLands;
    }

    /** The persons active today, and the contacts the initiative already names. */
    public ObservableList<Person> persons() {
        return persons;
    }

    /** A person just created from the contact picker: offered from now on. */
    public void personCreated(Person person) {
        persons.add(person);
    }
}
