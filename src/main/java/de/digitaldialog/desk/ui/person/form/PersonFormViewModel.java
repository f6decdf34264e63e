package de.digitaldialog.desk.ui.person.form;

import static de.digitaldialog.desk.ui.common.form.FormModel.text;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.PersonService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.ReferenceLabels;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.common.form.Refusals;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The person form: name, academic title, function, ministry, Land, e-mail, phone and the days
 * the person is active. Built on the form skeleton ({@link FormModel}); the rules (a name, a
 * valid address, an end not before the start, a ministry of the chosen Land) stay in the domain
 * and the service, and every refusal shows at its field at once. Needs no toolkit.
 */
public final class PersonFormViewModel {

    /** Field names the messages belong to (the domain's names). */
    public static final String LAST_NAME = "lastName";
    public static final String EMAIL = "email";
    public static final String ACTIVE_TO = "activeTo";
    public static final String LAND = "landId";
    private static final List<String> FIELDS = List.of(LAST_NAME, EMAIL, ACTIVE_TO, LAND);

    /** Everything the form shows, read in one background step. */
    record Data(List<Land> lands, List<Ministry> ministries, Person person) {
    }

    private final Messages messages;
    private final PersonService persons;
    private final ReferenceDataService referenceData;
    private final FormModel<Person> form;
    private final ObservableList<Land> lands = FXCollections.observableArrayList();
    private final ObservableList<Ministry> ministries = FXCollections.observableArrayList();
    private final StringProperty academicTitle = new SimpleStringProperty(this, "academicTitle", "");
    private final StringProperty firstName = new SimpleStringProperty(this, "firstName", "");
    private final StringProperty lastName = new SimpleStringProperty(this, "lastName", "");
    private final StringProperty functionTitle = new SimpleStringProperty(this, "functionTitle", "");
    private final ObjectProperty<Ministry> ministry = new SimpleObjectProperty<>(this, "ministry");
    private final ObjectProperty<Land> land = new SimpleObjectProperty<>(this, "land");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ObjectProperty<LocalDate> activeFrom = new SimpleObjectProperty<>(this, "activeFrom");
    private final ObjectProperty<LocalDate> activeTo = new SimpleObjectProperty<>(this, "activeTo");

    public PersonFormViewModel(Messages messages, TaskExecutor executor, PersonService persons,
                               ReferenceDataService referenceData) {
        this.messages = messages;
        this.persons = persons;
        this.referenceData = referenceData;
        this.form = new FormModel<>(messages, executor, FIELDS);
        form.track(this::state, academicTitle, firstName, lastName, functionTitle, ministry, land, email, phone,
                activeFrom, activeTo);
        form.clearOnEdit(LAST_NAME, lastName);
        form.clearOnEdit(EMAIL, email);
        form.clearOnEdit(ACTIVE_TO, activeFrom, activeTo);
        form.clearOnEdit(LAND, land, ministry);
        // a ministry belongs to one Land: choosing it chooses the Land too
        ministry.addListener((observable, was, now) -> {
            if (now != null && !form.isApplying()) {
                land.set(land(now.landId()));
            }
        });
    }

    // --- loading ----------------------------------------------------------------------------

    /** Reads the person (null: a new one) in the background and fills the form. */
    public void load(UUID id) {
        form.run(() -> read(id), this::apply);
    }

    /** After a concurrent change: reads the stored version again; the form's own edits are dropped. */
    public void reload() {
        Person current = form.stored();
        if (current != null) {
            load(current.id());
        }
    }

    private Data read(UUID id) {
        return new Data(referenceData.lands(), referenceData.ministries(), id == null ? null : persons.load(id));
    }

    private void apply(Data data) {
        Person person = data.person();
        form.apply(person, () -> {
            lands.setAll(data.lands().stream().sorted(Comparator.comparingInt(Land::sortOrder)).toList());
            LocalDate today = LocalDate.now(Formats.ZONE);
            UUID current = person == null ? null : person.ministryId();
            ministries.setAll(data.ministries().stream()
                    .filter(m -> m.isValidOn(today) || m.id().equals(current))
                    .sorted(Comparator.comparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER)).toList());
            fill(person);
            form.heading(person == null ? messages.get("personForm.heading.new")
                    : person.number() + " – " + person.displayName());
        });
    }

    private void fill(Person person) {
        academicTitle.set(person == null ? "" : orEmpty(person.academicTitle()));
        firstName.set(person == null ? "" : orEmpty(person.firstName()));
        lastName.set(person == null ? "" : orEmpty(person.lastName()));
        functionTitle.set(person == null ? "" : orEmpty(person.functionTitle()));
        ministry.set(person == null ? null : ministries.stream()
                .filter(m -> m.id().equals(person.ministryId())).findFirst().orElse(null));
        land.set(person == null ? null : land(person.landId()));
        email.set(person == null ? "" : orEmpty(person.email()));
        phone.set(person == null ? "" : orEmpty(person.phone()));
        activeFrom.set(person == null ? null : person.activeFrom());
        activeTo.set(person == null ? null : person.activeTo());
    }

    private Land land(UUID id) {
        return lands.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    // --- building and saving ----------------------------------------------------------------

    /** The person as edited on top of the stored one; the domain refuses what is wrong, all at once. */
    private Person assemble(Refusals refusals) {
        Person current = form.stored();
        return new Person(current == null ? UUID.randomUUID() : current.id(), current == null ? null : current.number(),
                current == null ? null : current.salutation(), text(academicTitle.get()), text(firstName.get()),
                text(lastName.get()), text(functionTitle.get()), current == null ? null : current.protocolRank(),
                ministry.get() == null ? null : ministry.get().id(), land.get() == null ? null : land.get().id(),
                text(email.get()), text(phone.get()), activeFrom.get(), activeTo.get(),
                current == null ? null : current.audit());
    }

    /** When the user leaves a field: shows what is wrong with it, or clears its message. */
    public void check(String field) {
        form.check(field, this::assemble);
    }

    /**
     * Saves in the background: a new person gets the next number, an edited one is saved from the
     * version it was loaded at (a concurrent change shows "meanwhile changed by …").
     *
     * @return false when the form was refused before anything was sent
     */
    public boolean save(Consumer<Person> onSaved) {
        boolean creating = form.stored() == null;
        Optional<Person> built = form.build(this::assemble);
        built.ifPresent(person -> form.write(() -> read((creating ? persons.create(person)
                : persons.save(person)).id()), this::apply, onSaved));
        return built.isPresent();
    }

    /** What dirty tracking compares: texts as saved. */
    private Object state() {
        return Arrays.asList(text(academicTitle.get()), text(firstName.get()), text(lastName.get()),
                text(functionTitle.get()), ministry.get(), land.get(), text(email.get()), text(phone.get()),
                activeFrom.get(), activeTo.get());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    // --- labels and properties --------------------------------------------------------------

    public String ministryLabel(Ministry value) {
        return value == null ? "" : ReferenceLabels.ministry(value, messages.locale());
    }

    public String landLabel(Land value) {
        return value == null ? "" : value.name().in(messages.locale());
    }

    public FormModel<Person> form() {
        return form;
    }

    public ObservableList<Land> lands() {
        return lands;
    }

    /** The ministries valid today, and the person's own even after it ended. */
    public ObservableList<Ministry> ministries() {
        return ministries;
    }

    public StringProperty academicTitleProperty() {
        return academicTitle;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty functionTitleProperty() {
        return functionTitle;
    }

    public ObjectProperty<Ministry> ministryProperty() {
        return ministry;
    }

    public ObjectProperty<Land> landProperty() {
        return land;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<LocalDate> activeFromProperty() {
        return activeFrom;
    }

    public ObjectProperty<LocalDate> activeToProperty() {
        return activeTo;
    }
}
