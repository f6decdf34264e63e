package de.digitaldialog.desk.ui.themearea.master;

import static de.digitaldialog.desk.ui.common.form.FormModel.text;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.ThemeAreaService;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.LastChange;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.common.form.Refusals;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Themenfelder master data: the eight areas, and for the chosen one its description in
 * German and English and the ministries of Bavaria and North Rhine-Westphalia responsible for it,
 * saved together. Ended ministries are offered only while they are still marked responsible. Needs no toolkit.
 */
public final class ThemeAreasMasterViewModel {

    public static final String DESCRIPTION_DE = "descriptionDe";
    public static final String DESCRIPTION_EN = "descriptionEn";

    /** What the page shows: the areas, the partner Länder's ministries, and the chosen area. */
    private record Read(List<ThemeArea> areas, List<Land> lands, List<Ministry> ministries,
                        ThemeAreaService.Details details) {
    }

    private final Messages messages;
    private final ThemeAreaService service;
    private final ReferenceDataService referenceData;
    private final WorkspaceModel model;
    private final FormModel<ThemeArea> form;
    private final ObservableList<ThemeArea> areas = FXCollections.observableArrayList();
    private final StringProperty descriptionDe = new SimpleStringProperty(this, "descriptionDe", "");
    private final StringProperty descriptionEn = new SimpleStringProperty(this, "descriptionEn", "");
    private final ObservableList<Ministry> bavaria = FXCollections.observableArrayList();
    private final ObservableList<Ministry> nrw = FXCollections.observableArrayList();
    private final ObservableList<Ministry> chosenBavaria = FXCollections.observableArrayList();
    private final ObservableList<Ministry> chosenNrw = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper bavariaName = new ReadOnlyStringWrapper(this, "bavariaName", "");
    private final ReadOnlyStringWrapper nrwName = new ReadOnlyStringWrapper(this, "nrwName", "");
    private final ReadOnlyStringWrapper changed = new ReadOnlyStringWrapper(this, "changed", "");

    public ThemeAreasMasterViewModel(Messages messages, TaskExecutor executor, ThemeAreaService service,
                                     ReferenceDataService referenceData, WorkspaceModel model) {
        this.messages = messages;
        this.service = service;
        this.referenceData = referenceData;
        this.model = model;
        this.form = new FormModel<>(messages, executor, List.of(DESCRIPTION_DE, DESCRIPTION_EN));
        form.track(() -> Arrays.asList(text(descriptionDe.get()), text(descriptionEn.get()), ids(chosenBavaria),
                ids(chosenNrw)), descriptionDe, descriptionEn, chosenBavaria, chosenNrw);
        form.clearOnEdit(DESCRIPTION_DE, descriptionDe);
        form.clearOnEdit(DESCRIPTION_EN, descriptionEn);
    }

    /** Reads the areas and shows the chosen one (the first at first). */
    public void refresh() {
        ThemeArea current = form.stored();
        load(current == null ? null : current.id());
    }

    /** Shows this area; unsaved edits of the one shown before are dropped. */
    public void choose(ThemeArea area) {
        if (area != null) {
            load(area.id());
        }
    }

    private void load(UUID id) {
        form.run(() -> {
            List<ThemeArea> all = service.list();
            UUID shown = id != null ? id : all.get(0).id();
            return new Read(all, referenceData.lands(), referenceData.ministries(), service.details(shown));
        }, this::apply);
    }

    private void apply(Read read) {
        ThemeArea area = read.details().area();
        Map<UUID, Set<UUID>> responsible = read.details().responsibleMinistriesByLand();
        Optional<Land> by = land(read.lands(), Land.BAVARIA);
        Optional<Land> nw = land(read.lands(), Land.NORTH_RHINE_WESTPHALIA);
        form.apply(area, () -> {
            areas.setAll(read.areas());
            descriptionDe.set(area.description() == null ? "" : area.description().de());
            descriptionEn.set(area.description() == null || area.description().en() == null ? ""
                    : area.description().en());
            offer(bavaria, chosenBavaria, by, read.ministries(), responsible);
            offer(nrw, chosenNrw, nw, read.ministries(), responsible);
            bavariaName.set(by.map(land -> land.name().in(messages.locale())).orElse(""));
            nrwName.set(nw.map(land -> land.name().in(messages.locale())).orElse(""));
            form.heading(area.name().in(messages.locale()));
            changed.set(LastChange.of(area.audit(), messages));
        });
    }

    private static Optional<Land> land(List<Land> lands, String code) {
        return lands.stream().filter(land -> code.equals(land.code())).findFirst();
    }

    /** The Land's ministries valid today, and those still marked responsible; the responsible ones chosen. */
    private static void offer(ObservableList<Ministry> options, ObservableList<Ministry> chosen, Optional<Land> land,
                              List<Ministry> ministries, Map<UUID, Set<UUID>> responsible) {
        Set<UUID> marked = land.map(l -> responsible.getOrDefault(l.id(), Set.of())).orElse(Set.of());
        LocalDate today = LocalDate.now(Formats.ZONE);
        List<Ministry> offered = ministries.stream()
                .filter(m -> land.isPresent() && m.landId().equals(land.get().id()))
                .filter(m -> m.isValidOn(today) || marked.contains(m.id()))
                .sorted(Comparator.comparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER))
                .toList();
        options.setAll(offered);
        chosen.setAll(offered.stream().filter(m -> marked.contains(m.id())).toList());
    }

    private ThemeArea assemble(Refusals refusals) {
        ThemeArea stored = form.stored();
        LocalizedText description = new LocalizedText(descriptionDe.get() == null ? "" : descriptionDe.get().strip(),
                text(descriptionEn.get()));
        return new ThemeArea(stored.id(), stored.code(), stored.name(), description, stored.color(), stored.icon(),
                stored.sortOrder(), stored.audit());
    }

    /**
     * Saves the description and the responsible ministries of both Länder together, from the
     * version shown; a text too long shows at its field.
     */
    public boolean save() {
        if (form.stored() == null) {
            return false;
        }
        Set<UUID> responsible = Stream.concat(chosenBavaria.stream(), chosenNrw.stream()).map(Ministry::id)
                .collect(Collectors.toSet());
        Optional<ThemeArea> built = form.build(this::assemble);
        built.ifPresent(area -> form.write(() -> {
            ThemeAreaService.Details saved = service.save(area, responsible);
            return new Read(service.list(), referenceData.lands(), referenceData.ministries(), saved);
        }, this::apply, saved -> model.changed()));
        return built.isPresent();
    }

    private static Set<UUID> ids(List<Ministry> ministries) {
        return ministries.stream().map(Ministry::id).collect(Collectors.toCollection(HashSet::new));
    }

    public String areaLabel(ThemeArea area) {
        return area.name().in(messages.locale());
    }

    public String ministryLabel(Ministry ministry) {
        String label = ministry.abbreviation() + " – " + ministry.name().in(messages.locale());
        return ministry.validTo() != null && ministry.validTo().isBefore(LocalDate.now(Formats.ZONE))
                ? messages.get("themeAreasMaster.ended", label) : label;
    }

    public FormModel<ThemeArea> form() {
        return form;
    }

    public ObservableList<ThemeArea> areas() {
        return areas;
    }

    public StringProperty descriptionDeProperty() {
        return descriptionDe;
    }

    public StringProperty descriptionEnProperty() {
        return descriptionEn;
    }

    public ObservableList<Ministry> bavaria() {
        return bavaria;
    }

    public ObservableList<Ministry> nrw() {
        return nrw;
    }

    public ObservableList<Ministry> chosenBavaria() {
        return chosenBavaria;
    }

    public ObservableList<Ministry> chosenNrw() {
        return chosenNrw;
    }

    public ReadOnlyStringProperty bavariaNameProperty() {
        return bavariaName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nrwNameProperty() {
        return nrwName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
