package de.digitaldialog.desk.ui.meeting.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
 * The agenda tab in a real window: TOPs move by keyboard, a new one is added, the overrun shows,
 * and from the meeting's start the minutes take an outcome, a decision and an action item.
 */
@ExtendWith(ApplicationExtension.class)
class AgendaViewTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;

    private Stage stage;
    private Meeting meeting;
    private AgendaController controller;

    @BeforeAll
    static void openWorkspace() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Anna Schmidt", "StMD", "anna.schmidt@example.de"));
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Start
    void start(Stage primary) {
        LocalDateTime start = LocalDateTime.now(Meeting.ZONE).plusDays(14).truncatedTo(ChronoUnit.HOURS);
        meeting = workspace.meetings().create(new Meeting(UUID.randomUUID(), null,
                workspace.referenceData().meetingFormats().get(0).id(), "Gemeinsame Kabinettssitzung",
                MeetingMode.PRAESENZ, start, start.plusHours(1), "Residenz München", null, null, List.of(),
                MeetingStatus.GEPLANT, null, Classification.OFFEN, null, null, List.of(), Set.of(), 0, null, false,
                null, null, null));
        for (String title : List.of("Begrüßung", "Künstliche Intelligenz", "Verschiedenes")) {
            workspace.meetings().addAgendaItem(meeting.id(), new AgendaItem(UUID.randomUUID(), meeting.id(), null, 0,
                    title, null, null, null, 15, null, null, null, null, null, null, null, null, Set.of(), List.of(),
                    null));
        }
        stage = new Stage();
        Messages messages = Messages.of(Locale.GERMAN);
        Appearance appearance = new Appearance();
        ErrorReporter errors = new ErrorReporter(new ErrorDialog(messages), () -> stage);
        DeskWindow window = DeskWindow.create(new Stage(), messages, new DirectTaskExecutor(), folder, appearance,
                errors);
        window.ready(workspace, DeskWindow.snapshot(workspace), false);
        View<AgendaController> view = window.factory().get(ViewLoader.class).load(AgendaController.class);
        Scene scene = new Scene(view.root(), 1100, 760);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        controller = view.controller();
        controller.show(meeting);
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @SuppressWarnings("unchecked")
    private static List<String> shown(FxRobot robot) {
        ListView<AgendaItem> list = robot.lookup("#agendaList").queryAs(ListView.class);
        return list.getItems().stream().map(item -> item.number() + " " + item.title()).toList();
    }

    @SuppressWarnings("unchecked")
    private static void select(FxRobot robot, int index) {
        ListView<AgendaItem> list = robot.lookup("#agendaList").queryAs(ListView.class);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(index);
        });
    }

    @Test
    void topsMoveAndNestByKeyboardAndANewOneIsAdded(FxRobot robot) {
        select(robot, 0);
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).containsExactly("1 Künstliche Intelligenz", "2 Begrüßung", "3 Verschiedenes");

        select(robot, 2);
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).containsExactly("1 Künstliche Intelligenz", "2 Begrüßung", "2.1 Verschiedenes");

        robot.type(KeyCode.INSERT);
        robot.write("Gigabitausbau im ländlichen Raum");
        robot.clickOn("#agendaMinutes").write("30");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).containsExactly("1 Künstliche Intelligenz", "2 Begrüßung", "2.1 Verschiedenes",
                "3 Gigabitausbau im ländlichen Raum");
        assertThat(robot.lookup("#agendaTime").queryAs(Label.class).getText())
                .isEqualTo("Geplant: 75 Minuten – 15 Minuten mehr als die Sitzung dauert (60)");
        assertThat(workspace.meetings().agenda(meeting.id())).extracting(AgendaItem::number)
                .containsExactly("1", "2", "2.1", "3");
    }

    @Test
    void minutesAreRecordedFromTheStartWithADecisionAndAnActionItem(FxRobot robot) {
        Meeting held = workspace.meetings().save(workspace.meetings().load(meeting.id())
                .withStatus(MeetingStatus.EINGELADEN, null));
        LocalDateTime started = LocalDateTime.now(Meeting.ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        Meeting running = workspace.meetings().save(new Meeting(held.id(), held.number(), held.formatId(), held.title(),
                held.mode(), started, started.plusHours(1), held.place(), held.videoLink(), held.hostLandId(),
                held.chairPersonIds(), held.status(), null, held.classification(), held.fileReference(), held.notes(),
                held.participants(), held.invitedLandIds(), held.icalSequence(), held.icalExportedVersion(), false,
                null, null, held.audit()));
        robot.interact(() -> controller.show(running));
        select(robot, 1);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<AgendaOutcome> outcome =
                robot.lookup("#agendaOutcome").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> outcome.setValue(AgendaOutcome.GEAENDERT_BESCHLOSSEN));
        // the minutes sit below the fold of the scroll pane: press and type there directly
        robot.interact(() -> robot.lookup("#agendaAddDecision").queryAs(javafx.scene.control.Button.class).fire());
        robot.interact(() -> robot.lookup(".agenda-decision").queryAs(javafx.scene.control.TextArea.class)
                .setText("Gemeinsames KI-Reallabor bis Ende 2027."));
        robot.clickOn("#agendaSave");
        WaitForAsyncUtils.waitForFxEvents();
        AgendaItem recorded = workspace.meetings().agenda(meeting.id()).get(1);
        assertThat(recorded.outcome()).isEqualTo(AgendaOutcome.GEAENDERT_BESCHLOSSEN);
        assertThat(recorded.decisions()).extracting(d -> d.text())
                .containsExactly("Gemeinsames KI-Reallabor bis Ende 2027.");

        javafx.application.Platform.runLater(() -> robot.lookup("#agendaAddAction")
                .queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".dialog-pane .text-field").write("Eckpunkte für das Reallabor abstimmen");
        @SuppressWarnings("unchecked")
        org.controlsfx.control.SearchableComboBox<de.digitaldialog.desk.domain.Ministry> owner = robot
                .lookup(".dialog-pane .searchable-combo-box").queryAs(org.controlsfx.control.SearchableComboBox.class);
        robot.interact(() -> owner.setValue(owner.getItems().get(0)));
        robot.clickOn("Auftrag speichern");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.meetings().actionItems(meeting.id()).get(recorded.id()))
                .extracting(item -> item.description()).containsExactly("Eckpunkte für das Reallabor abstimmen");
        assertThat(robot.lookup("#agendaActions").queryAs(javafx.scene.control.TableView.class).getItems()).hasSize(1);
    }

    @Test
    void aTopWithoutTitleIsRefusedAtTheField(FxRobot robot) {
        select(robot, 0);
        robot.doubleClickOn("#agendaTitle").eraseText(20);
        robot.clickOn("#agendaSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agendaTitleError").queryAs(Label.class).getText()).isNotEmpty();
        assertThat(workspace.meetings().agenda(meeting.id()).get(0).title()).isEqualTo("Begrüßung");
    }
}
