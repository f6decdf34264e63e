package de.digitaldialog.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
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
 * The real main window on a real data folder with the example data: it opens with its title,
 * every sidebar entry shows its page with content, and each theme area shows its own initiatives.
 * Background work runs synchronously here, so what the window shows is settled after each click.
 */
@ExtendWith(ApplicationExtension.class)
class DeskWindowTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;

    private DeskWindow window;
    private Stage stage;

    @BeforeAll
    static void openWorkspaceWithExamples() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Anna Schmidt", "StMD", "anna.schmidt@example.de"));
        workspace.demoData().load(false);
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    /** A fresh window per test (the toolkit's primary stage would carry one test's state into the next). */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        window = build(stage, Messages.of(Locale.GERMAN));
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    static DeskWindow build(Stage stage, Messages messages) {
        Appearance appearance = new Appearance();
        appearance.apply(workspace.preferences().theme());
        ErrorReporter errors = new ErrorReporter(new ErrorDialog(messages), () -> stage);
        DeskWindow window = DeskWindow.create(stage, messages, new DirectTaskExecutor(), folder, appearance, errors);
        window.ready(workspace, DeskWindow.snapshot(workspace), true);
        return window;
    }

    /** Clicks a sidebar entry or tile, then moves off it, so its tooltip covers nothing else. */
    private static void open(FxRobot robot, String query) {
        robot.clickOn(query);
        robot.moveTo("#content");
    }

    @Test
    void opensWithTitleAndTheEightThemeAreasWithTheirCounts(FxRobot robot) {
        assertThat(window.stage().getTitle()).isEqualTo("Digitaldialog Desk");
        assertThat(window.stage().getIcons()).hasSize(7);
        assertThat(robot.lookup(".theme-tile").queryAll()).hasSize(8);

        Map<UUID, Integer> counts = workspace.initiatives().countsByThemeArea();
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
        for (ThemeArea area : workspace.referenceData().themeAreas()) {
            Button tile = robot.lookup("#tile-" + area.code()).queryAs(Button.class);
            Label count = (Label) tile.lookup(".tile-count");
            assertThat(count.getText()).as(area.code()).isEqualTo(Integer.toString(counts.getOrDefault(area.id(), 0)));
            assertThat(((Label) tile.lookup(".tile-name")).getText()).isEqualTo(area.name().de());
        }
        // no example-data offer once the database holds work; the status bar names user and folder
        assertThat(robot.lookup("#examplesOffer").query().isVisible()).isFalse();
        assertThat(robot.lookup(".status-item").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains(folder.toAbsolutePath().toString(), "Angemeldet: Anna Schmidt (StMD)", "Installation BY1");
    }

    @Test
    void everySidebarEntryShowsItsPageWithContent(FxRobot robot) {
        open(robot, "#navInitiatives");
        TableView<?> initiatives = robot.lookup("#initiativesTable").queryAs(TableView.class);
        List<InitiativeSummary> all = workspace.initiatives().list();
        assertThat(initiatives.getItems()).hasSize(all.size()).isNotEmpty();
        assertThat(robot.lookup("#initiativesTable .table-row-cell .table-cell").queryAllAs(Node.class)).isNotEmpty();

        open(robot, "#navMeetings");
        assertThat(robot.lookup("#monthGrid").query().isVisible()).isTrue();
        robot.clickOn("#modeList");
        robot.interact(() -> robot.lookup("#meetingFilterScope").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().select(de.digitaldialog.desk.ui.meeting.list.MeetingScope.ALL));
        TableView<?> meetings = robot.lookup("#meetingsTable").queryAs(TableView.class);
        assertThat(meetings.getItems()).isNotEmpty();
        MeetingSummary session = workspace.meetings().list().stream()
                .filter(meeting -> meeting.startsAt().toLocalDate().equals(java.time.LocalDate.of(2019, 3, 12)))
                .findFirst().orElseThrow();
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText)
                .anySatisfy(text -> assertThat(text).startsWith("12.03.2019"))
                .contains(session.title());

        open(robot, "#navBestPractices");
        TableView<?> practices = robot.lookup("#bestPracticesTable").queryAs(TableView.class);
        assertThat(practices.getItems()).hasSize(workspace.bestPractices().list().size());
        assertThat(practices.isVisible()).isTrue();

        open(robot, "#navSettings");
        assertThat(robot.lookup("#dataFolder").queryAs(TextField.class).getText())
                .isEqualTo(folder.toAbsolutePath().toString());
        assertThat(robot.lookup("#settingsName").queryAs(TextField.class).getText()).isEqualTo("Anna Schmidt");

        open(robot, "#navOverview");
        assertThat(robot.lookup(".theme-tile").queryAll()).hasSize(8);
        assertThat(robot.lookup("#navOverview").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void eachThemeAreaShowsItsOwnInitiatives(FxRobot robot) {
        for (ThemeArea area : workspace.referenceData().themeAreas()) {
            open(robot, "#nav-" + area.code());
            assertThat(robot.lookup("#areaName").queryAs(Label.class).getText()).isEqualTo(area.name().de());
            assertThat(robot.lookup("#areaDescription").queryAs(Label.class).getText()).isEqualTo(area.description().de());
            TableView<?> table = robot.lookup("#areaInitiatives").queryAs(TableView.class);
            List<String> expected = workspace.initiatives().listByThemeArea(area.id()).stream()
                    .map(InitiativeSummary::number).toList();
            assertThat(table.getItems()).as(area.code())
                    .extracting(row -> ((InitiativeSummary) row).number())
                    .containsExactlyElementsOf(expected);
        }
        // and a tile on the overview opens its area too
        open(robot, "#navOverview");
        open(robot, "#tile-EGOV");
        assertThat(robot.lookup("#areaName").queryAs(Label.class).getText()).isEqualTo("E-Government");
        assertThat(robot.lookup("#nav-EGOV").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void keyboardShortcutsSwitchPages(FxRobot robot) {
        open(robot, "#navInitiatives");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.M)
                .release(javafx.scene.input.KeyCode.M, javafx.scene.input.KeyCode.CONTROL);
        assertThat(robot.lookup("#meetingsTable").tryQuery()).isPresent();
        // the clicked entry keeps the focus, but only the shown page looks selected
        Region initiatives = robot.lookup("#navInitiatives").queryAs(Region.class);
        Region meetings = robot.lookup("#navMeetings").queryAs(Region.class);
        assertThat(initiatives.isFocused()).isTrue();
        assertThat(initiatives.getBackground()).isEqualTo(robot.lookup("#navSettings").queryAs(Region.class)
                .getBackground());
        Background selected = meetings.getBackground();
        robot.type(javafx.scene.input.KeyCode.TAB);
        assertThat(meetings.isFocused()).isTrue();
        assertThat(meetings.getBackground()).as("keyboard focus shows as a ring").isNotEqualTo(selected);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.CONTROL);
        assertThat(robot.lookup("#areaName").queryAs(Label.class).getText())
                .isEqualTo("Digitale Infrastruktur und Wirtschaft");
    }

    @Test
    void englishRendersToo(FxRobot robot) {
        Stage[] english = new Stage[1];
        robot.interact(() -> {
            english[0] = new Stage();
            build(english[0], Messages.of(Locale.ENGLISH));
            english[0].show();
        });
        try {
            Node root = english[0].getScene().getRoot();
            assertThat(english[0].getTitle()).isEqualTo("Digitaldialog Desk");
            assertThat(((Label) root.lookup(".page-title")).getText()).isEqualTo("Overview");
            assertThat(((Label) root.lookup("#tile-KI .tile-name")).getText())
                    .isEqualTo("Artificial Intelligence and Supercomputing");
            assertThat(root.lookupAll(".status-item")).extracting(node -> ((Label) node).getText())
                    .contains("Signed in: Anna Schmidt (StMD)");
        } finally {
            robot.interact(english[0]::close);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
