package de.digitaldialog.desk.ui.actionitem.form;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Deletion;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.FollowUpFilter;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.testsupport.ActionItemExamples;
import de.digitaldialog.desk.testsupport.Screenshots;
import de.digitaldialog.desk.testsupport.TestWindows;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
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
 * "Löschen …" in an action item's form, with the window's real dialogs: the question names the
 * item, "Löschen" deletes it, the form closes and the Beschlusskontrolle no longer lists it.
 */
@ExtendWith(ApplicationExtension.class)
class ActionItemDeleteViewTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private ActionItemExamples examples;
    private Stage stage;

    @BeforeEach
    void open(FxRobot robot) {
        workspace = Workspace.open(folder, ActionItemExamples.CLOCK);
        workspace.settings().saveUserProfile(new UserProfile("Anna Schmidt", "StMD", null));
        examples = new ActionItemExamples(workspace);
        robot.interact(() -> stage = TestWindows.show(workspace, Locale.GERMAN));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        workspace.close();
    }

    @Test
    void theFormDeletesItsItemAfterTheQuestionAndCloses(FxRobot robot) {
        robot.clickOn("#navActionItems");
        TableView<?> table = robot.lookup("#actionItemsTable").queryAs(TableView.class);
        robot.clickOn(robot.from(table).lookup(examples.overdue.description()).queryAs(Node.class))
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#actionEditDelete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) robot.lookup("#deleteDialog").queryAs(DialogPane.class).getContent()).getText())
                .isEqualTo("Auftrag „" + examples.overdue.description() + "“ löschen?");
        Screenshots.save(robot, robot.lookup("#deleteDialog").query(), "delete-question-de");
        robot.clickOn("#deleteDialogConfirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#actionEditConfirm").tryQuery()).as("the form has closed").isEmpty();
        assertThat(table.getItems()).extracting(row -> ((FollowUp) row).item().id())
                .doesNotContain(examples.overdue.id());
        assertThat(workspace.actionItems().list(FollowUpFilter.ALL)).extracting(row -> row.item().id())
                .doesNotContain(examples.overdue.id());
        assertThat(workspace.trash().list()).singleElement().extracting(Deletion::what)
                .satisfies(what -> assertThat(what.kind()).isEqualTo(DeletionKind.ACTION_ITEM));
    }
}
