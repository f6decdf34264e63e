package de.digitaldialog.desk.ui.person.quick;

import static de.digitaldialog.desk.ui.common.form.FormModel.text;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.PersonService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.SettingsService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.ReferenceLabels;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Neue Person …" from a picker: first name, last name and ministry, the name taken from what
 * the user searched for. Creates the person (with a number, as the person form does) and hands
 * it to the picker. The domain's rules apply; a nameless person is refused at the field.
 * Needs no toolkit.
 */
public final class QuickPersonViewModel {

    public static final String LAST_NAME = "lastName";

    private final Messages messages;
    private final TaskExecutor executor;
    private final PersonService persons;
    private final ReferenceDataService referenceData;
    private final SettingsService settings;
    private final FormMessages feedback;
    private final StringProperty firstName = new SimpleStringProperty(this, "firstName", "");
    private final StringProperty lastName = new SimpleStringProperty(this, "lastName", "");
    private final ObjectProperty<Ministry> ministry = new SimpleObjectProperty<>(this, "ministry");
    private final ObservableList<Ministry> ministries = FXCollections.observableArrayList();

    public QuickPersonViewModel(Messages messages, TaskExecutor executor, PersonService persons,
                                ReferenceDataService referenceData, SettingsService settings) {
        this.messages = messages;
        this.executor = executor;
        this.persons = persons;
        this.referenceData = referenceData;
        this.settings = settings;
        this.feedback = new FormMessages(messages, List.of(LAST_NAME));
        lastName.addListener(changed -> feedback.clear(LAST_NAME));
    }

    /**
     * Starts with what the user searched for: "Anna Schmidt" is first and last name, a single
     * word the last name. Reads the ministries valid today in the background: those of this
     * installation's Land first, then those of the partner Land, then the rest.
     */
    public void prefill(String searched) {
        String typed = text(searched);
        int space = typed == null ? -1 : typed.lastIndexOf(' ');
        firstName.set(space < 0 ? "" : typed.substring(0, space).strip());
        lastName.set(typed == null ? "" : typed.substring(space + 1));
        LocalDate today = LocalDate.now(Formats.ZONE);
        BackgroundTask.wrap(() -> offered(today))
                .onSuccess(ministries::setAll)
                .onFailure(feedback::failed)
                .executeWith(executor);
    }

    private List<Ministry> offered(LocalDate today) {
        String home = settings.office().map(office -> office.land().code()).orElse(null);
        Map<UUID, Integer> rank = referenceData.lands().stream().collect(Collectors.toMap(Land::id,
                land -> land.code().equals(home) ? 0 : land.partner() ? 1 : 2));
        return referenceData.ministries().stream().filter(m -> m.isValidOn(today))
                .sorted(Comparator.comparing((Ministry m) -> rank.getOrDefault(m.landId(), 2))
                        .thenComparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Creates the person in the background and hands it on; a refusal shows in the dialog.
     *
     * @return false when the domain refused it before anything was sent
     */
    public boolean create(Consumer<Person> created) {
        feedback.clearFields();
        feedback.problem("");
        Person person;
        try {
            person = new Person(UUID.randomUUID(), null, null, text(firstName.get()), text(lastName.get()), null, null,
                    ministry.get() == null ? null : ministry.get().id(), null, null, null);
        } catch (ValidationException refused) {
            feedback.show(refused);
            return false;
        }
        BackgroundTask.wrap(() -> persons.create(person))
                .onSuccess(created)
                .onFailure(feedback::failed)
                .executeWith(executor);
        return true;
    }

    /** Where failures that are not the user's go (the error dialog in the window). */
    public void onUnexpected(Consumer<Throwable> handler) {
        feedback.onUnexpected(handler);
    }

    public String ministryLabel(Ministry value) {
        return value == null ? "" : ReferenceLabels.ministry(value, messages.locale());
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public ObjectProperty<Ministry> ministryProperty() {
        return ministry;
    }

    public ObservableList<Ministry> ministries() {
        return ministries;
    }

    public ReadOnlyStringProperty lastNameErrorProperty() {
        return feedback.errorProperty(LAST_NAME);
    }

    /** What went wrong that is not the name's (e.g. the database refused). */
    public ReadOnlyStringProperty problemProperty() {
        return feedback.problemProperty();
    }
}
