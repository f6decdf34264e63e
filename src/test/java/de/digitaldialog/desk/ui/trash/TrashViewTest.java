package de.digitaldialog.desk.ui.trash;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Deletion;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeletionPart;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.testsupport.Screenshots;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.testsupport.TestWindows;
import de.digitaldialog.desk.ui.meeting.list.MeetingScope;
import de.digitaldialog.desk.workspace.Workspace;
import impl.org.controlsfx.i18n.Localization;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The done-when step in the real window on the example data: the session of 12 March 2019 is
 * deleted from the meeting list ("Löschen …" names its TOPs), shows in the Papierkorb, and comes
 * back with its TOPs on "Wiederherstellen". Leaves screenshots of the page in target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class TrashViewTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Jan Müller", "MWIDE", null));
        workspace.demoData().load(false);
    }

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
        workspace.close();
    }

    private void show(FxRobot robot, Locale language) {
        robot.interact(() -> stage = TestWindows.show(workspace, language, dialogs));
    }

    @Test
    void deletesTheMeetingAndRestoresItFromThePapierkorbWithItsTops(FxRobot robot) {
        show(robot, Locale.GERMAN);
        MeetingSummary session = workspace.meetings().list().stream()
                .filter(meeting -> meeting.startsAt().toLocalDate().equals(LocalDate.of(2019, 3, 12)))
                .findFirst().orElseThrow();
        int tops = workspace.meetings().agenda(session.id()).size();
        assertThat(tops).isGreaterThan(1);
        robot.clickOn("#navTrash");
        assertThat(robot.lookup("#trashTable").queryAs(TableView.class).getItems()).isEmpty();
        shoot(robot, "trash-empty-de");

        robot.clickOn("#navMeetings").clickOn("#modeList");
        robot.interact(() -> robot.lookup("#meetingFilterScope").queryAs(ComboBox.class).setValue(MeetingScope.ALL));
        TableView<?> meetings = robot.lookup("#meetingsTable").queryAs(TableView.class);
        robot.interact(() -> {
            meetings.requestFocus();
            meetings.getSelectionModel().select(meetings.getItems().indexOf(session));
        });
        dialogs.answer(true);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.asked()).singleElement().asString()
                .startsWith("Sitzung " + session.number() + " „" + session.title() + "“ mit " + tops + " TOPs")
                .endsWith(" löschen?");
        assertThat(meetings.getItems()).extracting(row -> ((MeetingSummary) row).id()).doesNotContain(session.id());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> trash = robot.lookup("#trashTable").queryAs(TableView.class);
        assertThat(trash.getItems()).singleElement().satisfies(row -> {
            Deletion deletion = (Deletion) row;
            assertThat(deletion.what().kind()).isEqualTo(DeletionKind.MEETING);
            assertThat(deletion.what().count(DeletionPart.AGENDA_ITEMS)).isEqualTo(tops);
            assertThat(deletion.deletedBy()).contains("Jan Müller");
        });
        assertThat(robot.lookup("#trashSummary").queryAs(Label.class).getText()).isEqualTo("1 Löschung");
        shoot(robot, "trash-entries-de");

        robot.interact(() -> trash.getSelectionModel().select(0));
        robot.clickOn("#trashRestore");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(trash.getItems()).isEmpty();
        assertThat(robot.lookup("#trashNotice").queryAs(Label.class).getText()).contains(session.number());
        assertThat(workspace.meetings().list()).extracting(MeetingSummary::id).contains(session.id());
        assertThat(workspace.meetings().agenda(session.id())).hasSize(tops);
        robot.clickOn("#navMeetings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meetings.getItems()).extracting(row -> ((MeetingSummary) row).id()).contains(session.id());
    }

    @Test
    void deletingFromTheOpenMeetingFormClosesIt(FxRobot robot) {
        show(robot, Locale.GERMAN);
        MeetingSummary first = workspace.meetings().list().get(0);
        robot.clickOn("#navMeetings").clickOn("#modeList");
        robot.interact(() -> robot.lookup("#meetingFilterScope").queryAs(ComboBox.class).setValue(MeetingScope.ALL));
        TableView<?> meetings = robot.lookup("#meetingsTable").queryAs(TableView.class);
        robot.interact(() -> {
            meetings.requestFocus();
            meetings.getSelectionModel().select(meetings.getItems().indexOf(first));
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        dialogs.answer(true);
        robot.clickOn("#meetingDelete");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.asked()).singleElement().asString().startsWith("Sitzung " + first.number());
        assertThat(robot.lookup("#meetingDelete").tryQuery()).as("the form has closed").isEmpty();
        assertThat(meetings.getItems()).extracting(row -> ((MeetingSummary) row).id()).doesNotContain(first.id());

        // the list's toolbar button, like Initiativen's; the calendars select nothing, so it is off there
        MeetingSummary second = (MeetingSummary) meetings.getItems().get(0);
        Button delete = robot.lookup("#deleteMeeting").queryAs(Button.class);
        assertThat(delete.isDisabled()).isTrue();
        robot.interact(() -> meetings.getSelectionModel().select(0));
        dialogs.answer(true);
        robot.clickOn(delete);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.asked()).hasSize(2).last().asString().startsWith("Sitzung " + second.number());
        assertThat(meetings.getItems()).extracting(row -> ((MeetingSummary) row).id()).doesNotContain(second.id());
        robot.interact(() -> meetings.getSelectionModel().select(0));
        assertThat(delete.isDisabled()).isFalse();
        robot.clickOn("#modeMonth");
        assertThat(delete.isDisabled()).as("nothing is selected in the calendar").isTrue();
    }

    @Test
    void theInitiativeFormAndTheInitiativeListDelete(FxRobot robot) {
        show(robot, Locale.GERMAN);
        robot.clickOn("#navInitiatives");
        TableView<?> initiatives = robot.lookup("#initiativesTable").queryAs(TableView.class);
        InitiativeSummary first = (InitiativeSummary) initiatives.getItems().get(0);
        InitiativeSummary second = (InitiativeSummary) initiatives.getItems().get(1);
        robot.interact(() -> {
            initiatives.requestFocus();
            initiatives.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        dialogs.answer(true);
        robot.clickOn("#formDelete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#formDelete").tryQuery()).as("the form has closed").isEmpty();

        robot.interact(() -> initiatives.getSelectionModel().clearAndSelect(initiatives.getItems().indexOf(second)));
        dialogs.answer(true);
        robot.clickOn("#deleteInitiative");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.asked()).hasSize(2).allSatisfy(text -> assertThat(text).startsWith("Initiative INI-"));
        assertThat(initiatives.getItems()).extracting(row -> ((InitiativeSummary) row).id())
                .doesNotContain(first.id(), second.id());
        assertThat(workspace.trash().list()).extracting(deletion -> deletion.what().recordId())
                .containsExactly(second.id(), first.id());
    }

    @Test
    void thePageInEnglishEmptyAndWithEntries(FxRobot robot) {
        MeetingSummary first = workspace.meetings().list().get(0);
        show(robot, Locale.ENGLISH);
        robot.clickOn("#navTrash");
        assertThat(robot.lookup("#trashSummary").queryAs(Label.class).getText()).isEqualTo("empty");
        assertThat(Localization.getString("filterpanel.search.field")).as("the pickers' search prompt")
                .isEqualTo("Search …");
        shoot(robot, "trash-empty-en");

        workspace.trash().delete(DeletionKind.MEETING, first.id(), first.version());
        robot.clickOn("#navOverview").clickOn("#navTrash");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trashTable").queryAs(TableView.class).getItems()).hasSize(1);
        shoot(robot, "trash-entries-en");
    }

    private void shoot(FxRobot robot, String name) {
        Screenshots.save(robot, stage.getScene().getRoot(), name);
    }
}
