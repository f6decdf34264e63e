package de.digitaldialog.desk.ui.ministry.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.testsupport.TestWindows;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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

/** The Ressorts page in the real window on the example data: reached by Ctrl+R, filtered by Land, ended ones on request. */
@ExtendWith(ApplicationExtension.class)
class MinistriesViewTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;

    private Stage stage;

    @BeforeAll
    static void openWorkspaceWithExamples() {
        workspace = Workspace.open(folder);
        workspace.demoData().load(false);
        Ministry stmd = workspace.ministries().list().stream()
                .filter(ministry -> "StMD".equals(ministry.abbreviation())).findFirst().orElseThrow();
        Ministry successor = new Ministry(UUID.randomUUID(), stmd.landId(), "StMDx", stmd.name(), stmd.kind(),
                LocalDate.of(2024, 1, 1), null, null, null);
        workspace.ministries().replace(stmd.id(), LocalDate.of(2023, 12, 31), List.of(successor));
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Start
    void start(Stage primary) {
        stage = TestWindows.show(workspace, Locale.GERMAN);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void ctrlROpensTheMinistriesWhichFilterByLandAndShowEndedOnesOnRequest(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("Ressorts");
        TableView<Ministry> table = robot.lookup("#ministriesTable").queryTableView();
        assertThat(table.getItems()).extracting(Ministry::abbreviation).contains("StMDx").doesNotContain("StMD");

        ComboBox<Land> land = robot.lookup("#ministriesLand").queryComboBox();
        Land bavaria = land.getItems().stream()
                .filter(item -> item != null && Land.BAVARIA.equals(item.code())).findFirst().orElseThrow();
        robot.interact(() -> land.setValue(bavaria));
        robot.clickOn("#ministriesWithEnded");

        assertThat(robot.lookup("#ministriesWithEnded").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(table.getItems()).isNotEmpty().allMatch(ministry -> ministry.landId().equals(bavaria.id()));
        assertThat(table.getItems()).extracting(Ministry::abbreviation).contains("StMD", "StMDx");
        assertThat(robot.lookup(".table-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText)
                .contains("StMDx", "31.12.2023", "Bayern");
    }

    @Test
    void ctrlNOpensANewMinistryWhoseTakenAbbreviationShowsAtTheFieldAndTheOtherMasterDataPagesHaveShortcuts(
            FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(robot.lookup("#formHeading").queryAs(Label.class).getText()).isEqualTo("Neues Ressort");

        robot.clickOn("#ministryAbbreviation").write("StMI");
        robot.clickOn("#ministryNameDe");

        assertThat(robot.lookup("#ministryAbbreviationError").queryAs(Label.class).getText())
                .startsWith("Die Abkürzung StMI hat im selben Zeitraum bereits");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.clickOn("#unsavedDiscard");
        assertThat(robot.lookup("#formHeading").tryQuery()).as("the form has closed").isEmpty();

        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("Formate");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("Themenfelder");
        assertThat(robot.lookup("#themeAreasMasterList").queryListView().getItems()).hasSize(8);
    }
}
