package de.digitaldialog.desk.ui.ministry.form;

import static de.digitaldialog.desk.ui.common.form.FormModel.text;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.domain.MinistryRules;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MinistryService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.LastChange;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.common.form.Refusals;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One ministry in its form: Land, abbreviation, names, kind and validity; its predecessors and
 * successors are shown, not edited here (a reshuffle sets them). The rules among ministries
 * ({@link MinistryRules}: the abbreviation unique in the Land at the same time, successors after
 * the end) are checked as the user leaves a field and before saving, and again by the service.
 * Needs no toolkit.
 */
public final class MinistryFormViewModel {

    public static final String LAND = "land";
    public static final String ABBREVIATION = "abbreviation";
    public static final String NAME_DE = "nameDe";
    public static final String NAME_EN = "nameEn";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";
    private static final List<String> FIELDS =
            List.of(LAND, ABBREVIATION, NAME_DE, NAME_EN, "kind", VALID_FROM, VALID_TO, "successors");

    /** What the form shows, read in one background step; {@code ministry} is null for a new one. */
    record Data(List<Land> lands, List<Ministry> all, Ministry ministry, List<Ministry> predecessors) {
    }

    private final Messages messages;
    private final Formats formats;
    private final MinistryService ministries;
    private final ReferenceDataService referenceData;
    private final FormModel<Ministry> form;
    private final ObservableList<Land> lands = FXCollections.observableArrayList();
    private final ObjectProperty<Land> land = new SimpleObjectProperty<>(this, "land");
    private final StringProperty abbreviation = new SimpleStringProperty(this, "abbreviation", "");
    private final StringProperty nameDe = new SimpleStringProperty(this, "nameDe", "");
    private final StringProperty nameEn = new SimpleStringProperty(this, "nameEn", "");
    private final ObjectProperty<MinistryKind> kind = new SimpleObjectProperty<>(this, "kind", MinistryKind.MINISTERIUM);
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>(this, "validFrom");
    private final ObjectProperty<LocalDate> validTo = new SimpleObjectProperty<>(this, "validTo");
    private final ReadOnlyStringWrapper predecessors = new ReadOnlyStringWrapper(this, "predecessors", "");
    private final ReadOnlyStringWrapper successors = new ReadOnlyStringWrapper(this, "successors", "");
    private final ReadOnlyStringWrapper changed = new ReadOnlyStringWrapper(this, "changed", "");
    private List<Ministry> all = List.of();

    public MinistryFormViewModel(Messages messages, TaskExecutor executor, MinistryService ministries,
                                 ReferenceDataService referenceData) {
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
        this.ministries = ministries;
        this.referenceData = referenceData;
        this.form = new FormModel<>(messages, executor, FIELDS);
        form.track(() -> Arrays.asList(land.get(), text(abbreviation.get()), text(nameDe.get()), text(nameEn.get()),
                kind.get(), validFrom.get(), validTo.get()), land, abbreviation, nameDe, nameEn, kind, validFrom, validTo);
        form.clearOnEdit(LAND, land);
        form.clearOnEdit(ABBREVIATION, abbreviation, land, validFrom, validTo);
        form.clearOnEdit(NAME_DE, nameDe);
        form.clearOnEdit(NAME_EN, nameEn);
        form.clearOnEdit(VALID_FROM, validFrom);
        form.clearOnEdit(VALID_TO, validTo, validFrom);
    }

    /** Reads the ministry (null: a new one) in the background and fills the form. */
    public void load(UUID id) {
        form.run(() -> read(id), this::apply);
    }

    /** After a concurrent change: reads the stored version again; the own edits are dropped. */
    public void reload() {
        Ministry current = form.stored();
        if (current != null) {
            load(current.id());
        }
    }

    private Data read(UUID id) {
        return new Data(referenceData.lands(), ministries.list(), id == null ? null : ministries.load(id),
                id == null ? List.of() : ministries.predecessors(id));
    }

    private void apply(Data data) {
        Ministry ministry = data.ministry();
        all = data.all();
        form.apply(ministry, () -> {
            lands.setAll(data.lands());
            if (ministry == null) {
                land.set(data.lands().stream().filter(Land::partner).findFirst().orElse(null));
                abbreviation.set("");
                nameDe.set("");
                nameEn.set("");
                kind.set(MinistryKind.MINISTERIUM);
                validFrom.set(LocalDate.now(Formats.ZONE));
                validTo.set(null);
                form.heading(messages.get("ministryForm.heading.new"));
            } else {
                land.set(data.lands().stream().filter(l -> l.id().equals(ministry.landId())).findFirst().orElse(null));
                abbreviation.set(ministry.abbreviation());
                nameDe.set(ministry.name().de());
                nameEn.set(ministry.name().en() == null ? "" : ministry.name().en());
                kind.set(ministry.kind());
                validFrom.set(ministry.validFrom());
                validTo.set(ministry.validTo());
                form.heading(ministry.abbreviation() + " – " + ministry.name().in(messages.locale()));
            }
            predecessors.set(listed(data.predecessors()));
            successors.set(ministry == null ? "" : listed(all.stream()
                    .filter(other -> ministry.successorIds().contains(other.id())).toList()));
            changed.set(LastChange.of(ministry == null ? null : ministry.audit(), messages));
        });
    }

    private String listed(List<Ministry> rows) {
        return rows.stream().map(row -> messages.get("ministryForm.relative", row.abbreviation(),
                        formats.date(row.validFrom()), row.validTo() == null ? "" : formats.date(row.validTo())))
                .sorted().collect(Collectors.joining(", "));
    }

    /** The ministry as edited, with every rule it breaks among the others collected (also while a name is missing). */
    private Ministry assemble(Refusals refusals) {
        Ministry stored = form.stored();
        UUID id = stored == null ? UUID.randomUUID() : stored.id();
        UUID landId = land.get() == null ? null : land.get().id();
        Set<UUID> successorIds = stored == null ? Set.of() : stored.successorIds();
        if (landId == null) {
            refusals.add(LAND, "validation.required");
        }
        Ministry built = refusals.part(() -> new Ministry(id, landId, text(abbreviation.get()),
                new LocalizedText(orEmpty(text(nameDe.get())), text(nameEn.get())), kind.get(), validFrom.get(),
                validTo.get(), successorIds, stored == null ? null : stored.audit()));
        refusals.check(() -> MinistryRules.checkTyped(id, landId, text(abbreviation.get()), kind.get(), validFrom.get(),
                validTo.get(), successorIds, all).throwIfAny());
        return built;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** When the user leaves a field: shows what is wrong with it, or clears its message. */
    public void check(String field) {
        form.check(field, this::assemble);
    }

    /**
     * Saves in the background: creates the new ministry or saves the edited one from the version it
     * was loaded at; every refused field gets its message at once.
     *
     * @return false when the form was refused before anything was sent
     */
    public boolean save(Consumer<Ministry> onSaved) {
        boolean creating = form.stored() == null;
        Optional<Ministry> built = form.build(this::assemble);
        built.ifPresent(ministry -> form.write(() -> read((creating ? ministries.create(ministry)
                : ministries.save(ministry)).id()), this::apply, onSaved));
        return built.isPresent();
    }

    public FormModel<Ministry> form() {
        return form;
    }

    public ObservableList<Land> lands() {
        return lands;
    }

    public String landLabel(Land value) {
        return value.name().in(messages.locale());
    }

    public ObjectProperty<Land> landProperty() {
        return land;
    }

    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public StringProperty nameDeProperty() {
        return nameDe;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public ObjectProperty<MinistryKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validToProperty() {
        return validTo;
    }

    /** The ministries this one follows, with their validity; empty for none. */
    public ReadOnlyStringProperty predecessorsProperty() {
        return predecessors.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty successorsProperty() {
        return successors.getReadOnlyProperty();
    }

    /** "zuletzt geändert von … am …"; empty for a new one. */
    public ReadOnlyStringProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
