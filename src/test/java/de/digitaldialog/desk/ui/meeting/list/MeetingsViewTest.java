package de.digitaldialog.desk.ui.meeting.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.testsupport.TestModels;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.service.MeetingCalendarExport;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.ControllerFactory;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.TrashService;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sitzungen page on the example data: the joint cabinet session of 12 March 2019 in its day
 * of the month view, calendar weeks, the switch between month, week and list, the list's filters,
 * and the handlers the window sets for opening and creating meetings.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingsViewTest {

    private static final LocalDate SESSION_DAY = LocalDate.of(2019, 3, 12);

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static MeetingSummary session;

    private final List<UUID> opened = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<LocalDate> created = new ArrayList<>();

    @BeforeAll
    static void openWorkspace() {
        workspace = Workspace.open(folder);
        workspace.demoData().load(false);
        workspace.settings().saveUserProfile(new UserProfile("Anna Koordinatorin", "StK", "anna.k@stk.bayern.de"));
        session = workspace.meetings().list().stream()
                .filter(meeting -> meeting.startsAt().toLocalDate().equals(SESSION_DAY)).findFirst().orElseThrow();
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        Messages messages = Messages.of(Locale.GERMAN);
        Appearance appearance = new Appearance();
        appearance.apply(workspace.preferences().theme());
        WorkspaceModel model = TestModels.ready(workspace);
        ControllerFactory factory = new ControllerFactory()
                .register(Messages.class, messages)
                .register(WorkspaceModel.class, model)
                .register(Appearance.class, appearance)
                .register(TaskExecutor.class, new DirectTaskExecutor())
                .register(MeetingService.class, workspace.meetings())
                .register(MeetingFollowUps.class, workspace.followUps())
                .register(ReferenceDataService.class, workspace.referenceData())
                .register(MeetingCalendarExport.class, workspace.calendarExport())
                .register(TrashService.class, workspace.trash())
                .register(DialogService.class, dialogs);
        View<MeetingsController> view = new ViewLoader(factory, messages).load(MeetingsController.class);
        view.controller().setOnOpenMeeting(opened::add);
        view.controller().setOnNewMeeting(created::add);
        view.controller().refresh();
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private static void goTo(FxRobot robot, LocalDate day) {
        robot.interact(() -> robot.lookup("#calendarJump").queryAs(DatePicker.class).setValue(day));
    }

    private static List<Node> entriesOf(FxRobot robot, String container, UUID id) {
        return robot.lookup(container + " ." + MeetingEntries.ENTRY).queryAll().stream()
                .filter(entry -> id.equals(entry.getUserData())).toList();
    }

    @Test
    void theMonthViewShowsTheSessionInItsDayWithTheCalendarWeeks(FxRobot robot) {
        goTo(robot, SESSION_DAY);

        assertThat(robot.lookup("#calendarPeriod").queryAs(Label.class).getText()).isEqualTo("März 2019");
        assertThat(entriesOf(robot, "#day-2019-03-12", session.id())).hasSize(1);
        assertThat(entriesOf(robot, "#day-2019-03-13", session.id())).isEmpty();
        assertThat(robot.lookup("#monthGrid .calendar-week").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("9", "10", "11", "12", "13");
    }

    @Test
    void ctrlEExportsTheMeetingsOfTheShownMonthLeavingOutVsNfd(FxRobot robot) throws Exception {
        goTo(robot, SESSION_DAY);
        Path target = folder.resolve("maerz.ics");
        dialogs.answer(true).answer(target);

        robot.clickOn("#calendarPeriod").press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        List<MeetingSummary> march = workspace.meetings().list().stream().filter(meeting -> !meeting.template()
                && YearMonth.from(meeting.startsAt()).equals(YearMonth.of(2019, 3))).toList();
        List<String> open = march.stream().filter(meeting -> meeting.classification() == Classification.OFFEN)
                .map(meeting -> meeting.id().toString()).toList();
        assertThat(open).contains(session.id().toString());
        Calendar calendar;
        try (InputStream in = Files.newInputStream(target)) {
            calendar = new CalendarBuilder().build(in);
        }
        assertThat(calendar.<VEvent>getComponents("VEVENT"))
                .extracting(event -> event.<Property>getProperty("UID").map(Property::getValue).orElseThrow())
                .containsExactlyInAnyOrderElementsOf(open);
        assertThat(dialogs.asked()).containsExactly("Sitzungen als Kalenderdatei exportieren",
                "Sitzungen als Kalenderdatei exportieren", (open.size() == 1 ? "1 Sitzung" : open.size() + " Sitzungen")
                        + " gespeichert: " + target + (march.size() == open.size() ? ""
                        : " (" + (march.size() - open.size()) + " VS-NfD-Sitzung" + (march.size() - open.size() > 1
                        ? "en" : "") + " ausgelassen)"));
    }

    @Test
    void enterOnAMeetingOpensItAndADoubleClickOnAFreeDayAsksForANewOne(FxRobot robot) {
        goTo(robot, SESSION_DAY);
        Node entry = entriesOf(robot, "#day-2019-03-12", session.id()).get(0);

        robot.clickOn(entry).type(KeyCode.ENTER);
        assertThat(opened).containsExactly(session.id());

        robot.doubleClickOn("#day-2019-03-20");
        assertThat(created).containsExactly(LocalDate.of(2019, 3, 20));
        robot.clickOn("#newMeeting");
        assertThat(created).last().isEqualTo(LocalDate.now(Meeting.ZONE));
    }

    @Test
    void theSwitchShowsWeekAndListAndTheKeysMoveTheWeek(FxRobot robot) {
        goTo(robot, SESSION_DAY);
        robot.clickOn("#modeWeek");
        assertThat(robot.lookup("#weekGrid").query().isVisible()).isTrue();
        assertThat(robot.lookup("#monthGrid").query().isVisible()).isFalse();
        assertThat(robot.lookup("#calendarPeriod").queryAs(Label.class).getText())
                .isEqualTo("KW 11 · 11.03.2019 – 17.03.2019");
        assertThat(entriesOf(robot, "#weekcolumn-2019-03-12", session.id())).hasSize(1);

        robot.clickOn("#weekcolumn-2019-03-14").press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertThat(robot.lookup("#calendarPeriod").queryAs(Label.class).getText()).startsWith("KW 12 ·");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(robot.lookup("#calendarPeriod").queryAs(Label.class).getText()).startsWith("KW 11 ·");
        robot.type(KeyCode.T);
        assertThat(robot.lookup("#weekday-" + LocalDate.now(Meeting.ZONE)).tryQuery()).isPresent();

        robot.clickOn("#modeList");
        assertThat(robot.lookup("#meetingsTable").query().isVisible()).isTrue();
        assertThat(robot.lookup("#weekGrid").query().isVisible()).isFalse();
        robot.clickOn("#modeMonth");
        assertThat(robot.lookup("#monthGrid").query().isVisible()).isTrue();
    }

    @Test
    void theFormatFilterNarrowsTheListAndEnterOpensTheSelectedRow(FxRobot robot) {
        robot.clickOn("#modeList");
        robot.interact(() -> robot.lookup("#meetingFilterScope").queryAs(ComboBox.class)
                .setValue(MeetingScope.ALL));
        TableView<?> table = robot.lookup("#meetingsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);

        ComboBox<?> formats = robot.lookup("#meetingFilterFormat").queryAs(ComboBox.class);
        assertThat(formats.getItems()).extracting(Object::toString).containsExactly("Alle Formate", "Fachworkshop",
                "Gemeinsame Kabinettssitzung", "Ressortgespräch");
        robot.interact(() -> formats.getSelectionModel().select(2));
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#meetingFilterCount").queryAs(Label.class).getText())
                .isEqualTo("1 Sitzung in der Liste");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.ENTER);
        assertThat(opened).containsExactly(session.id());

        robot.clickOn("#meetingFilterReset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(3);
    }
}
