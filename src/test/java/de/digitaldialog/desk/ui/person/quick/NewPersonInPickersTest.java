package de.digitaldialog.desk.ui.person.quick;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.FxDialogService;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.initiative.form.InitiativeFormWindow;
import de.digitaldialog.desk.ui.meeting.form.MeetingFormWindow;
import de.digitaldialog.desk.ui.meeting.form.ParticipantRow;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Neue Person …" in the real forms on an empty workspace (no person stored): the chair picker
 * of a new meeting, the participant picker (a minute-taker), and an initiative's contact persons.
 * The dialog is answered by a script; its name comes from what the user searched for.
 */
@ExtendWith(ApplicationExtension.class)
class NewPersonInPickersTest {

    private static final LocalDate SESSION_DAY = LocalDate.of(2019, 3, 12);

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private DeskWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void openEmptyWorkspace() {
        workspace = Workspace.open(folder);
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        Messages messages = Messages.of(Locale.GERMAN);
        ErrorReporter errors = new ErrorReporter(new ErrorDialog(messages), () -> stage);
        Appearance appearance = new Appearance();
        appearance.apply(Preferences.Theme.LIGHT);
        window = DeskWindow.create(stage, messages, new DirectTaskExecutor(), folder, appearance, errors);
        window.factory().register(DialogService.class, dialogs);
        stage.show();
        window.ready(workspace, DeskWindow.snapshot(workspace), false);
    }

    @AfterEach
    void closeForms(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != window.stage()).forEach(Window::hide));
    }

    private static Person stored(String lastName) {
        return workspace.persons().list().stream().filter(p -> p.lastName().equals(lastName)).findFirst().orElseThrow();
    }

    @Test
    void returnAfterPickingTheRessortCreatesThePerson(FxRobot robot) {
        Messages messages = Messages.of(Locale.GERMAN);
        QuickPerson quick = new QuickPerson(window.factory().get(ViewLoader.class), new FxDialogService(messages),
                messages);
        List<Person> created = new ArrayList<>();
        robot.interact(() -> Platform.runLater(() -> quick.open(window.stage(), "Greta Lindner", created::add)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#quickPersonMinistry").write("MWIDE");
        // picked with the mouse, as the combo box then hands the focus on
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getText() != null && cell.getText().startsWith("MWIDE")).findFirst().orElseThrow());
        assertThat(robot.lookup("#quickPersonMinistry").queryAs(SearchableComboBox.class).getValue()).isNotNull();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(created).extracting(Person::lastName).containsExactly("Lindner");
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAPersonInlineFromTheChairPickerOfANewMeetingAndAMinuteTakerFromTheParticipantPicker(FxRobot robot) {
        robot.interact(() -> window.factory().get(MeetingFormWindow.class).create(window.stage(), SESSION_DAY));
        SearchableComboBox<Person> chairs = robot.lookup("#meetingChairChoice").queryAs(SearchableComboBox.class);
        assertThat(chairs.getItems()).isEmpty();
        robot.clickOn("#meetingTitle").write("Gemeinsame Kabinettssitzung");

        robot.clickOn("#meetingChairChoice").write("Anna Schmidt");
        dialogs.answer(true);
        robot.clickOn("#meetingNewChairPerson");

        assertThat(dialogs.asked()).containsExactly("Neue Person");
        assertThat(robot.lookup(".chair-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Anna Schmidt");
        assertThat(chairs.getItems()).extracting(Person::displayName).containsExactly("Anna Schmidt");

        // the participants: the chair heads the list as Vorsitz; a new person takes the minutes
        robot.clickOn("#participantsTab");
        robot.clickOn("#meetingCandidate").write("Bernd Weber");
        dialogs.answer(true);
        robot.clickOn("#meetingNewParticipantPerson");
        ComboBox<ParticipantRole> role = robot.lookup("#meetingRole").queryAs(ComboBox.class);
        assertThat(role.getItems()).contains(ParticipantRole.PROTOKOLL);
        robot.interact(() -> role.setValue(ParticipantRole.PROTOKOLL));
        robot.clickOn("#meetingAddParticipant");
        TableView<ParticipantRow> table = robot.lookup("#meetingParticipants").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(ParticipantRow::name).containsExactly("Anna Schmidt", "Bernd Weber");
        assertThat(table.getItems()).extracting(ParticipantRow::isChair).containsExactly(true, false);
        assertThat(robot.lookup(".table-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("Vorsitz", "Protokoll");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        Person chair = stored("Schmidt");
        assertThat(chair.firstName()).isEqualTo("Anna");
        assertThat(chair.number()).startsWith("PER-").endsWith("-0001");
        Meeting meeting = workspace.meetings().load(workspace.meetings().list().get(0).id());
        assertThat(meeting.chairPersonIds()).containsExactly(chair.id());
        // one source: the chair is not stored as a participant too
        assertThat(meeting.participants()).singleElement().satisfies(participant -> {
            assertThat(participant.personId()).isEqualTo(stored("Weber").id());
            assertThat(participant.role()).isEqualTo(ParticipantRole.PROTOKOLL);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAnInitiativeWithAContactPersonCreatedInline(FxRobot robot) {
        robot.interact(() -> window.factory().get(InitiativeFormWindow.class).create(window.stage()));
        robot.clickOn("#formTitle").write("Digitale Verwaltungsleistungen");
        robot.clickOn("#themeArea-EGOV");
        for (String query : List.of("#formLeadBY", "#formLeadNW")) {
            SearchableComboBox<Ministry> lead = robot.lookup(query).queryAs(SearchableComboBox.class);
            robot.interact(() -> lead.setValue(lead.getItems().get(0)));
        }

        // the contact picker has no search: the name is typed into the dialog
        dialogs.fill(content -> {
            ((TextField) content.lookup("#quickPersonFirstName")).setText("Clara");
            ((TextField) content.lookup("#quickPersonLastName")).setText("Vogel");
        });
        Button newContact = robot.lookup("#formNewContactPerson").queryButton();
        robot.interact(newContact::fire);
        CheckComboBox<Person> contacts = robot.lookup("#formContacts").queryAs(CheckComboBox.class);
        Person contact = stored("Vogel");
        assertThat(contact.number()).startsWith("PER-");
        assertThat(contacts.getCheckModel().getCheckedItems()).containsExactly(contact);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        Initiative created = workspace.initiatives().list().stream()
                .filter(s -> s.title().equals("Digitale Verwaltungsleistungen"))
                .map(s -> workspace.initiatives().load(s.id())).findFirst().orElseThrow();
        assertThat(created.contactPersonIds()).containsExactly(contact.id());
    }
}
