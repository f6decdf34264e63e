package de.digitaldialog.desk.ui.actionitem.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.FollowUpFilter;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.testsupport.ActionItemExamples;
import de.digitaldialog.desk.testsupport.TestWindows;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Beschlusskontrolle in the real window, on {@link ActionItemExamples}: a facet narrows the
 * list and the count follows; an overdue item is not saved without a reason for the delay, and
 * the message shows under the reason field; with a reason it is saved.
 */
@ExtendWith(ApplicationExtension.class)
class ActionItemsViewTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static ActionItemExamples examples;

    private Stage stage;

    @BeforeAll
    static void openWorkspace() {
        workspace = Workspace.open(folder, ActionItemExamples.CLOCK);
        workspace.settings().saveUserProfile(new UserProfile("Anna Schmidt", "StMD", "anna.schmidt@example.de"));
        examples = new ActionItemExamples(workspace);
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

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aFacetNarrowsTheListAndTheCountFollows(FxRobot robot) {
        robot.clickOn("#navActionItems");
        TableView<?> table = robot.lookup("#actionItemsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(text(robot, "#actionFilterCount")).isEqualTo("3 von 4");

        robot.clickOn("#actionFilterMinistry").clickOn("StMD – Bayern");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        assertThat(text(robot, "#actionFilterCount")).isEqualTo("1 von 4");

        robot.clickOn("#actionFilterReset");
        robot.clickOn("#actionFilterText").write("Bund");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void anOverdueItemIsSavedOnlyWithAReasonForTheDelay(FxRobot robot) {
        robot.clickOn("#navActionItems");
        // the deadlines tab lists the same item: look in the list's table; Enter opens it (a
        // double-click depends on the pace of the machine)
        robot.clickOn(robot.from(robot.lookup("#actionItemsTable").queryAs(TableView.class))
                .lookup("Ansprechpartner benennen").queryAs(Node.class)).type(KeyCode.ENTER);
        assertThat(robot.lookup("#actionEditOverdue").queryAs(Label.class).isVisible()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Node status = robot.lookup("#actionEditStatus").query();
        assertThat(status.getScene().getFocusOwner()).as("a stored item's form starts on its first field")
                .isSameAs(status);
        // "In Arbeit" is also a status in the table: pick it in the drop-down's list
        robot.clickOn("#actionEditStatus")
                .clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("In Arbeit")).queryAs(Node.class));
        robot.clickOn("#actionEditConfirm");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#actionEditDelayReasonError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Der Auftrag war am 30.04.2019 fällig. Bitte begründen Sie die Verzögerung.");
        assertThat(stored(examples.overdue.id()).item()).isEqualTo(examples.overdue);

        robot.clickOn("#actionEditDelayReason").write("Abstimmung mit NRW dauert an");
        robot.clickOn("#actionEditConfirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#actionEditConfirm").tryQuery()).as("the dialog has closed").isEmpty();
        FollowUp saved = stored(examples.overdue.id());
        assertThat(saved.item().status()).isEqualTo(ActionItemStatus.IN_ARBEIT);
        assertThat(saved.item().delayReason()).isEqualTo("Abstimmung mit NRW dauert an");
        TableView<?> table = robot.lookup("#actionItemsTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(row -> ((FollowUp) row).item().status())
                .contains(ActionItemStatus.IN_ARBEIT);
    }

    private static FollowUp stored(UUID id) {
        return workspace.actionItems().list(FollowUpFilter.ALL).stream()
                .filter(row -> row.item().id().equals(id)).findFirst().orElseThrow();
    }
}
