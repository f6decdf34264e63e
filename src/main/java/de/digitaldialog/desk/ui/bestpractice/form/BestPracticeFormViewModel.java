package de.digitaldialog.desk.ui.bestpractice.form;

import static de.digitaldialog.desk.ui.common.form.FormModel.text;

import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.InstallationOffice;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.BestPracticeService;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.service.PersonService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.SettingsService;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.common.form.Refusals;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The best-practice form: reads the practice (or the reference data for a new one) in the
 * background and saves it. Built on the form skeleton ({@link FormModel}); the rules stay in the
 * domain ({@link BestPractice}) and the service (the ministry belongs to the Land): the form
 * builds a practice and shows, at once, everything refused. Needs no toolkit.
 */
public final class BestPracticeFormViewModel {

    /** Field names the messages belong to (the domain's names). */
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String THEME_AREAS = "themeAreas";
    public static final String LAND = "land";
    public static final String MINISTRY = "ministry";
    public static final String LINK = "link";
    public static final String ADOPTION_REASON = "adoptionReason";

    /**
     * Everything the form shows, read in one background step; {@code practice} null for a new one,
     * which belongs to this installation's Land ({@code homeLand}, if set up) at first.
     */
    record Data(List<ThemeArea> themeAreas, List<Land> lands, List<Ministry> ministries, List<Person> persons,
                List<InitiativeSummary> initiatives, BestPractice practice, String number,
                Optional<PartnerLand> homeLand) {
    }

    private final Messages messages;
    private final BestPracticeService practices;
    private final ReferenceDataService referenceData;
    private final PersonService persons;
    private final InitiativeService initiatives;
    private final SettingsService settings;
    private final FormModel<BestPractice> form;
    private final BestPracticeChoices choices;

    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper(this, "number", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObservableList<ThemeArea> themeAreas = FXCollections.observableArrayList();
    private final ObjectProperty<Land> land = new SimpleObjectProperty<>(this, "land");
    private final ObjectProperty<Ministry> ministry = new SimpleObjectProperty<>(this, "ministry");
    private final ObjectProperty<Person> contact = new SimpleObjectProperty<>(this, "contact");
    private final StringProperty link = new SimpleStringProperty(this, "link", "");
    private final ObjectProperty<Transferability> transferability = new SimpleObjectProperty<>(this, "transferability");
    private final ObjectProperty<Adoption> adoption = new SimpleObjectProperty<>(this, "adoption", Adoption.OFFEN);
    private final StringProperty adoptionReason = new SimpleStringProperty(this, "adoptionReason", "");
    private final ObservableList<InitiativeSummary> related = FXCollections.observableArrayList();
    private final BooleanBinding refused = adoption.isEqualTo(Adoption.ABGELEHNT);
    private final StringBinding adoptionLabel;
    /** The reason's label: marked required ("*") only for a refusal. */
    private final StringBinding reasonLabel;
    /** Related initiatives the register no longer lists (deleted): kept as they are. */
    private Set<UUID> unlistedInitiatives = Set.of();

    public BestPracticeFormViewModel(Messages messages, TaskExecutor executor, BestPracticeService practices,
                                     ReferenceDataService referenceData, PersonService persons,
                                     InitiativeService initiatives, SettingsService settings) {
        this.messages = messages;
        this.practices = practices;
        this.referenceData = referenceData;
        this.persons = persons;
        this.initiatives = initiatives;
        this.settings = settings;
        this.form = new FormModel<>(messages, executor,
                List.of(TITLE, DESCRIPTION, THEME_AREAS, LAND, MINISTRY, LINK, ADOPTION_REASON));
        this.choices = new BestPracticeChoices(messages);
        form.track(this::state, title, description, themeAreas, land, ministry, contact, link, transferability,
                adoption, adoptionReason, related);
        form.clearOnEdit(TITLE, title);
        form.clearOnEdit(DESCRIPTION, description);
        form.clearOnEdit(THEME_AREAS, themeAreas);
        form.clearOnEdit(LAND, land);
        form.clearOnEdit(MINISTRY, land, ministry);
        form.clearOnEdit(LINK, link);
        form.clearOnEdit(ADOPTION_REASON, adoption, adoptionReason);
        land.addListener((observable, was, now) -> landChanged(now));
        adoptionLabel = Bindings.createStringBinding(() -> {
            Land partner = choices.partnerOf(land.get());
            return partner == null ? messages.get("bestPracticeForm.adoption")
                    : messages.get("bestPracticeForm.adoptionBy", choices.landLabel(partner));
        }, land);
        reasonLabel = Bindings.when(refused).then(messages.get("bestPracticeForm.adoptionReason.required"))
                .otherwise(messages.get("bestPracticeForm.adoptionReason"));
    }

    /** Another Land offers its own ministries; a ministry of the Land before goes. */
    private void landChanged(Land now) {
        Ministry chosen = ministry.get();
        if (chosen != null && (now == null || !chosen.landId().equals(now.id()))) {
            ministry.set(null);
        }
        choices.ministriesOf(now);
    }

    // --- loading ----------------------------------------------------------------------------

    /** Reads the practice (null: a new one) in the background and fills the form. */
    public void load(UUID id) {
        form.run(() -> read(id), this::apply);
    }

    /** After a concurrent change: reads the stored version again; the form's own edits are dropped. */
    public void reload() {
        BestPractice current = form.stored();
        if (current != null) {
            load(current.id());
        }
    }

    private Data read(UUID id) {
        BestPractice practice = id == null ? null : practices.load(id);
        List<UUID> contactIds = practice == null || practice.contactPersonId() == null
                ? List.of() : List.of(practice.contactPersonId());
        return new Data(referenceData.themeAreas(), referenceData.lands(), referenceData.ministries(),
                persons.offered("", contactIds), initiatives.list(), practice,
                id == null ? "" : practices.number(id), settings.office().map(InstallationOffice::land));
    }

    /** Fills the form from read data; the form is clean afterwards. */
    private void apply(Data data) {
        BestPractice practice = data.practice();
        form.apply(practice, () -> {
            choices.offer(data);
            number.set(data.number());
            if (practice == null) {
                fillNew(data.homeLand());
                form.heading(messages.get("bestPracticeForm.heading.new"));
            } else {
                fill(practice);
                form.heading(data.number() + " – " + practice.title());
            }
        });
    }

    private void fillNew(Optional<PartnerLand> homeLand) {
        title.set("");
        description.set("");
        themeAreas.clear();
        ministry.set(null);
        land.set(homeLand.flatMap(home -> choices.lands().stream().filter(l -> l.code().equals(home.code()))
                .findFirst()).orElse(null));
        choices.ministriesOf(land.get());
        contact.set(null);
        link.set("");
        transferability.set(null);
        adoption.set(Adoption.OFFEN);
        adoptionReason.set("");
        related.clear();
        unlistedInitiatives = Set.of();
    }

    private void fill(BestPractice practice) {
        title.set(practice.title());
        description.set(orEmpty(practice.description()));
        themeAreas.setAll(choices.themeAreas().stream().filter(a -> practice.themeAreaIds().contains(a.id())).toList());
        land.set(BestPracticeChoices.byId(choices.lands(), Land::id, practice.landId()));
        choices.ministriesOf(land.get());
        ministry.set(BestPracticeChoices.byId(choices.ministries(), Ministry::id, practice.ministryId()));
        contact.set(BestPracticeChoices.byId(choices.persons(), Person::id, practice.contactPersonId()));
        link.set(orEmpty(practice.link()));
        transferability.set(practice.transferability());
        adoption.set(practice.adoption());
        adoptionReason.set(orEmpty(practice.adoptionReason()));
        related.setAll(choices.initiatives().stream().filter(i -> practice.initiativeIds().contains(i.id())).toList());
        Set<UUID> listed = ids(choices.initiatives(), InitiativeSummary::id);
        unlistedInitiatives = practice.initiativeIds().stream().filter(id -> !listed.contains(id))
                .collect(Collectors.toSet());
    }

    // --- building and saving ----------------------------------------------------------------

    /** The practice as edited on top of the stored one; the domain refuses what is wrong, all at once. */
    private BestPractice assemble(Refusals refusals) {
        BestPractice current = form.stored();
        Set<UUID> initiativeIds = ids(related, InitiativeSummary::id);
        initiativeIds.addAll(unlistedInitiatives);
        return new BestPractice(current == null ? UUID.randomUUID() : current.id(), text(title.get()),
                ids(themeAreas, ThemeArea::id), id(land.get(), Land::id), id(ministry.get(), Ministry::id),
                text(description.get()), id(contact.get(), Person::id), text(link.get()), transferability.get(),
                adoption.get(), reasonToSave(), initiativeIds,
                current == null ? Classification.OFFEN : current.classification(),
                current == null ? null : current.audit());
    }

    /** The reason counts only for a refusal; what was typed for another choice is not saved. */
    private String reasonToSave() {
        return refused.get() ? text(adoptionReason.get()) : null;
    }

    /** When the user leaves a field: shows what is wrong with it, or clears its message. */
    public void check(String field) {
        form.check(field, this::assemble);
    }

    /**
     * Saves in the background: creates a new practice under the next number or saves the edited
     * one from the version it was loaded at. Every refused field gets its message at once; a
     * concurrent change shows "meanwhile changed by …" and overwrites nothing.
     *
     * @param onSaved runs on success with the stored practice
     * @return false when the form was refused before anything was sent
     */
    public boolean save(Consumer<BestPractice> onSaved) {
        boolean creating = form.stored() == null;
        Optional<BestPractice> built = form.build(this::assemble);
        built.ifPresent(practice -> form.write(() -> read((creating
                ? practices.create(practice) : practices.save(practice)).id()), this::apply, onSaved));
        return built.isPresent();
    }

    /** What dirty tracking compares: texts as saved, sets where the order does not count. */
    private Object state() {
        return Arrays.asList(text(title.get()), text(description.get()), ids(themeAreas, ThemeArea::id),
                id(land.get(), Land::id), id(ministry.get(), Ministry::id), id(contact.get(), Person::id),
                text(link.get()), transferability.get(), adoption.get(), reasonToSave(),
                ids(related, InitiativeSummary::id));
    }

    private static <T> UUID id(T item, Function<T, UUID> id) {
        return item == null ? null : id.apply(item);
    }

    private static <T> Set<UUID> ids(Collection<T> items, Function<T, UUID> id) {
        return items.stream().map(id).collect(Collectors.toCollection(HashSet::new));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    // --- parts and properties ---------------------------------------------------------------

    /** Busy, dirty, stale, the messages at the fields, the heading and the stored practice. */
    public FormModel<BestPractice> form() {
        return form;
    }

    public BestPracticeChoices choices() {
        return choices;
    }

    /** The number (BP-NW1-0001) once issued; empty for a new practice. */
    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<ThemeArea> themeAreas() {
        return themeAreas;
    }

    public ObjectProperty<Land> landProperty() {
        return land;
    }

    public ObjectProperty<Ministry> ministryProperty() {
        return ministry;
    }

    public ObjectProperty<Person> contactProperty() {
        return contact;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public ObjectProperty<Transferability> transferabilityProperty() {
        return transferability;
    }

    public ObjectProperty<Adoption> adoptionProperty() {
        return adoption;
    }

    public StringProperty adoptionReasonProperty() {
        return adoptionReason;
    }

    /** True while the adoption is a refusal: only then the reason is asked for (and required). */
    public BooleanBinding reasonAskedProperty() {
        return refused;
    }

    public StringBinding reasonLabelProperty() {
        return reasonLabel;
    }

    /** "Übernahme durch Bayern": the partner of the owning Land, or the partner Land in general. */
    public StringBinding adoptionLabelProperty() {
        return adoptionLabel;
    }

    public ObservableList<InitiativeSummary> related() {
        return related;
    }
}
