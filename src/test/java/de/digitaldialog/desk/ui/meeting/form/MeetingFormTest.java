package de.digitaldialog.desk.ui.meeting.form;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/** The real meeting form in the real window: plan and invite, refused input, the follow-up meeting. */
@ExtendWith(ApplicationExtension.class)
class MeetingFormTest {

    private static final LocalDate SESSION_DAY = LocalDate.of(2019, 3, 12);

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static Person bavarianChair;
    private static Person nrwChair;
    private DeskWindow window;

    @BeforeAll
    static void openWorkspace() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Jan Müller", "MWIDE", "jan.mueller@example.de"));
        bavarianChair = person("Brandl", "DE-BY", "StK");
        nrwChair = person("Hoffmann", "DE-NW", "StK NRW");
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    private static Person person(String lastName, String landCode, String ministry) {
        UUID land = workspace.referenceData().lands().stream().filter(l -> l.code().equals(landCode))
                .map(Land::id).findFirst().orElseThrow();
        UUID ministryId = workspace.referenceData().ministries().stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals(ministry)).map(Ministry::id)
                .findFirst().orElseThrow();
        return workspace.referenceData().savePerson(new Person(UUID.randomUUID(), Salutation.HERR, null, "Peter",
                lastName, "Ministerpräsident", 1, ministryId, null, null, null));
    }

    @Start
    void start(Stage stage) {
        Messages messages = Messages.of(Locale.GERMAN);
        ErrorReporter errors = new ErrorReporter(new ErrorDialog(messages), () -> stage);
        Appearance appearance = new Appearance();
        appearance.apply(Preferences.Theme.LIGHT);
        window = DeskWindow.create(stage, messages, new DirectTaskExecutor(), folder, appearance, errors);
        stage.show();
        window.ready(workspace, DeskWindow.snapshot(workspace), false);
    }

    @AfterEach
    void closeForms(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != window.stage()).forEach(Window::hide));
    }

    private Stage create(FxRobot robot) {
        Stage[] form = new Stage[1];
        robot.interact(() -> form[0] = window.factory().get(MeetingFormWindow.class).create(window.stage(), SESSION_DAY));
        return form[0];
    }

    private Stage open(FxRobot robot, UUID id) {
        Stage[] form = new Stage[1];
        robot.interact(() -> form[0] = window.factory().get(MeetingFormWindow.class).open(window.stage(), id));
        return form[0];
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String query, Predicate<T> which) {
        ComboBox<T> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> visibleMessages(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).toList();
    }

    private static void replace(FxRobot robot, String query, String value) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(value));
    }

    @Test
    @SuppressWarnings("unchecked")
    void plansAJointCabinetSessionWithTwoChairsAndParticipantsSavesAndInvitesIt(FxRobot robot) {
        Stage form = create(robot);
        assertThat(form.getTitle()).isEqualTo("Neue Sitzung");

        // a Saturday: the workspace's calendar warnings show under the dates and block nothing
        DatePicker start = robot.lookup("#meetingStartDate").queryAs(DatePicker.class);
        robot.interact(() -> start.setValue(LocalDate.of(2019, 3, 16)));
        assertThat(robot.lookup(".meeting-warning").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Samstag, 16.03.2019, ist ein Wochenendtag.");
        robot.interact(() -> start.setValue(SESSION_DAY));
        assertThat(robot.lookup(".meeting-warning").queryAll()).isEmpty();

        robot.clickOn("#meetingTitle").write("Gemeinsame Kabinettssitzung Bayern – NRW");
        choose(robot, "#meetingMode", (MeetingMode mode) -> mode == MeetingMode.HYBRID);
        assertThat(robot.lookup("#meetingVideoLink").queryAs(TextField.class).isVisible()).isTrue();
        robot.clickOn("#meetingPlace").write("Residenz München");
        for (Person chair : List.of(bavarianChair, nrwChair)) {
            SearchableComboBox<Person> box = robot.lookup("#meetingChairChoice").queryAs(SearchableComboBox.class);
            robot.interact(() -> box.setValue(chair));
            robot.clickOn("#meetingAddChair");
        }
        assertThat(robot.lookup(".chair-chip").queryAll()).hasSize(2);

        robot.clickOn("#participantsTab");
        SearchableComboBox<ParticipantsViewModel.Candidate> candidates =
                robot.lookup("#meetingCandidate").queryAs(SearchableComboBox.class);
        for (String label : List.of("StMD", "MWIDE", "BMI")) {
            robot.interact(() -> candidates.setValue(candidates.getItems().stream()
                    .filter(c -> c.label().startsWith(label)).findFirst().orElseThrow()));
            robot.clickOn("#meetingAddParticipant");
        }
        TableView<ParticipantRow> table = robot.lookup("#meetingParticipants").queryAs(TableView.class);
        // the chairs head the list as Vorsitz
        String bavarian = bavarianChair.displayName();
        String nrw = nrwChair.displayName();
        assertThat(table.getItems()).extracting(ParticipantRow::name)
                .containsExactly(bavarian, nrw, "StMD", "MWIDE", "BMI");
        assertThat(table.getItems()).extracting(ParticipantRow::isChair)
                .containsExactly(true, true, false, false, false);
        // BMI as a guest, through the row's context menu
        TableRow<ParticipantRow> bmiRow = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .map(row -> (TableRow<ParticipantRow>) row)
                .filter(row -> row.getItem() != null && row.getItem().name().equals("BMI")).findFirst().orElseThrow();
        ContextMenu menu = bmiRow.getContextMenu();
        MenuItem guest = menu.getItems().stream().filter(item -> "role-GAST".equals(item.getId())).findFirst().orElseThrow();
        robot.interact(() -> Platform.runLater(guest::fire));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(4).participant().role()).isEqualTo(ParticipantRole.GAST);
        // the keyboard removes a row: Delete on MWIDE
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(3);
        });
        robot.type(KeyCode.DELETE);
        assertThat(table.getItems()).extracting(ParticipantRow::name).containsExactly(bavarian, nrw, "StMD", "BMI");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        MeetingSummary summary = workspace.meetings().list().stream()
                .filter(m -> m.title().equals("Gemeinsame Kabinettssitzung Bayern – NRW")).findFirst().orElseThrow();
        Meeting stored = workspace.meetings().load(summary.id());
        assertThat(stored.chairPersonIds()).containsExactly(bavarianChair.id(), nrwChair.id());
        assertThat(stored.participants()).hasSize(2);
        assertThat(stored.place()).isEqualTo("Residenz München");
        assertThat(stored.startsAt()).isEqualTo(LocalDateTime.of(2019, 3, 12, 10, 0));
        assertThat(text(robot, "#meetingHeading"))
                .isEqualTo("Sitzung " + stored.number() + " – Gemeinsame Kabinettssitzung Bayern – NRW");
        assertThat(form.getTitle()).isEqualTo(text(robot, "#meetingHeading"));
        assertThat(text(robot, "#meetingStatus")).isEqualTo("Geplant");
        assertThat(robot.lookup("#meetingHeld").queryButton().isVisible()).isFalse();

        robot.clickOn("#meetingInvite");
        robot.clickOn("#inviteDialogConfirm");

        assertThat(workspace.meetings().load(stored.id()).status()).isEqualTo(MeetingStatus.EINGELADEN);
        assertThat(text(robot, "#meetingStatus")).isEqualTo("Eingeladen");
        assertThat(robot.lookup("#meetingInvite").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#meetingHeld").queryButton().isVisible()).isTrue();
    }

    @Test
    void badInputIsRefusedAtTheFieldAndNothingIsSaved(FxRobot robot) {
        int before = workspace.meetings().list().size();
        create(robot);
        replace(robot, "#meetingStartTime", "14:00");
        replace(robot, "#meetingEndTime", "12:00");

        robot.clickOn("#meetingSave");

        assertThat(visibleMessages(robot)).containsExactly("Pflichtfeld", "Das Ende liegt nicht nach dem Beginn.");
        assertThat(workspace.meetings().list()).hasSize(before);

        robot.clickOn("#meetingTitle").write("Fachworkshop");
        replace(robot, "#meetingEndTime", "1x:00");
        robot.clickOn("#meetingSave");
        assertThat(visibleMessages(robot)).containsExactly("Bitte die Uhrzeit als SS:MM angeben, z. B. 09:30.");
        assertThat(workspace.meetings().list()).hasSize(before);

        // leaving with unsaved edits asks first; discarding saves nothing
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#unsavedDiscard");
        assertThat(workspace.meetings().list()).hasSize(before);
    }

    @Test
    void theFocusStartsOnTheFirstFieldAndAStrayReturnOnEinladenOnlyAsks(FxRobot robot) {
        Meeting meeting = storedMeeting("Ressortgespräch Verwaltungsdigitalisierung");
        Stage form = open(robot, meeting.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.getScene().getFocusOwner()).isSameAs(robot.lookup("#meetingFormat").query());

        Button invite = robot.lookup("#meetingInvite").queryButton();
        robot.interact(invite::requestFocus);
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#inviteDialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#inviteDialogConfirm").queryButton().getText()).isEqualTo("Einladen");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#inviteDialog").tryQuery()).isEmpty();
        assertThat(workspace.meetings().load(meeting.id()).status()).isEqualTo(MeetingStatus.GEPLANT);
        assertThat(text(robot, "#meetingStatus")).isEqualTo("Geplant");

        robot.interact(invite::requestFocus);
        robot.type(KeyCode.ENTER);
        robot.clickOn("#inviteDialogConfirm");

        assertThat(workspace.meetings().load(meeting.id()).status()).isEqualTo(MeetingStatus.EINGELADEN);
        assertThat(text(robot, "#meetingStatus")).isEqualTo("Eingeladen");
    }

    @Test
    void cancellingNeedsAReason(FxRobot robot) {
        Meeting meeting = storedMeeting("Ressortgespräch Cyber-Sicherheit");
        open(robot, meeting.id());

        robot.clickOn("#meetingCancel");
        robot.clickOn("#cancelMeetingDialogConfirm");
        assertThat(robot.lookup("#cancelMeetingDialog").tryQuery()).isPresent();
        assertThat(visibleMessages(robot)).contains("Eine Absage braucht eine Begründung.");
        assertThat(workspace.meetings().load(meeting.id()).status()).isEqualTo(MeetingStatus.GEPLANT);

        robot.clickOn("#cancelReasonField").write("Terminkollision");
        robot.clickOn("#cancelMeetingDialogConfirm");

        assertThat(workspace.meetings().load(meeting.id()).status()).isEqualTo(MeetingStatus.ABGESAGT);
        assertThat(text(robot, "#meetingStatus")).isEqualTo("Abgesagt");
        assertThat(text(robot, "#meetingCancelReason")).isEqualTo("Abgesagt: Terminkollision");
    }

    @Test
    void createsTheFollowUpMeetingAndOpensIt(FxRobot robot) {
        Meeting meeting = storedMeeting("Gemeinsame Kabinettssitzung");
        Stage form = open(robot, meeting.id());

        robot.clickOn("#meetingFollowUp");
        TextField time = robot.lookup("#followUpDialog #startTime").queryAs(TextField.class);
        assertThat(time.getText()).isEqualTo("10:00");
        robot.clickOn("#followUpDialogConfirm");

        Meeting followUp = workspace.meetings().list().stream()
                .map(s -> workspace.meetings().load(s.id()))
                .filter(m -> meeting.id().equals(m.predecessorId())).findFirst().orElseThrow();
        assertThat(followUp.startsAt()).isEqualTo(LocalDateTime.of(2019, 6, 18, 10, 0));
        List<String> titles = Window.getWindows().stream().filter(w -> w instanceof Stage && w != form)
                .map(w -> ((Stage) w).getTitle()).sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList();
        assertThat(titles).contains("Sitzung " + followUp.number() + " – Gemeinsame Kabinettssitzung");
        assertThat(form.getScene().lookup("#meetingNotice")).isInstanceOfSatisfying(Label.class,
                notice -> assertThat(notice.getText()).startsWith("Folgesitzung " + followUp.number()));
    }

    private Meeting storedMeeting(String title) {
        MeetingFormViewModel form = window.factory().get(MeetingFormViewModel.class);
        List<Meeting> saved = new ArrayList<>();
        form.loadNew(SESSION_DAY);
        form.frame().titleProperty().set(title);
        form.save(saved::add);
        return saved.get(0);
    }
}
