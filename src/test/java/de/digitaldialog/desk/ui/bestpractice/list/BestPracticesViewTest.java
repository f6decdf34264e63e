package de.digitaldialog.desk.ui.bestpractice.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.testsupport.TestWindows;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;

/** The register in the real window on the example data: the text filter and count, Ctrl+E, delete. */
@ExtendWith(ApplicationExtension.class)
class BestPracticesViewTest {

    @TempDir
    static Path folder;
    @TempDir
    Path out;
    private static Workspace workspace;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;

    @BeforeAll
    static void openWorkspace() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Jan Müller", "MWIDE", null));
        workspace.demoData().load(false);
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Start
    void start(Stage primary) {
        stage = TestWindows.show(workspace, Locale.GERMAN, dialogs);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void filtersExportsWithCtrlEAndDeletesAfterTheConfirmation(FxRobot robot) throws Exception {
        robot.clickOn("#navBestPractices");
        TableView<?> table = robot.lookup("#bestPracticesTable").queryAs(TableView.class);
        int total = workspace.bestPractices().list().size();
        assertThat(total).isGreaterThan(1);
        assertThat(table.getItems()).hasSize(total);
        BestPracticeSummary first = (BestPracticeSummary) table.getItems().get(0);

        robot.clickOn("#bestPracticesFilterText").write(first.number());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).singleElement().isEqualTo(first);
        assertThat(robot.lookup("#bestPracticesCount").queryAs(Label.class).getText()).isEqualTo("1 von " + total);

        Path file = out.resolve("bp.csv");
        dialogs.answer(true).answer(file);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(file)).contains(first.number(), first.title());

        robot.clickOn(robot.from(table).lookup(first.title()).queryAs(Node.class));
        dialogs.answer(true);
        robot.clickOn("#bestPracticesDelete");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).isEmpty();
        assertThat(workspace.bestPractices().list()).hasSize(total - 1);
        robot.clickOn("#bestPracticesFilterReset");
        assertThat(table.getItems()).hasSize(total - 1);
    }
}
