package de.digitaldialog.desk.ui.initiative.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.InitiativeColumns;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * The initiative list in the real window, on the example data plus generated initiatives: typing
 * in the filter shrinks the rows and the count says how many of all are shown; "mine" and the
 * theme-area page filter the same way; hidden columns are remembered; a bulk status change
 * moves the rows that may take the step and names the others.
 */
@ExtendWith(ApplicationExtension.class)
class InitiativesViewTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static int total;

    private Stage stage;

    @BeforeAll
    static void openWorkspace() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Anna Schmidt", "StMD", "anna.schmidt@example.de"));
        workspace.demoData().load(false);
        workspace.demoData().generate(300, 3L);
        total = workspace.initiatives().list().size();
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Start
    void start(Stage primary) {
        stage = new Stage();
        Messages messages = Messages.of(Locale.GERMAN);
        Appearance appearance = new Appearance();
        appearance.apply(workspace.preferences().theme());
        ErrorReporter errors = new ErrorReporter(new ErrorDialog(messages), () -> stage);
        DeskWindow window = DeskWindow.create(stage, messages, new DirectTaskExecutor(), folder, appearance, errors);
        window.ready(workspace, DeskWindow.snapshot(workspace), true);
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#initiativeFilterCount").queryAs(Label.class).getText();
    }

    @Test
    void typingInTheFilterShrinksTheRowsAndTheCountFollows(FxRobot robot) {
        robot.clickOn("#navInitiatives");
        TableView<?> table = robot.lookup("#initiativesTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(total);
        assertThat(count(robot)).isEqualTo(total + " Initiativen");

        robot.clickOn("#initiativeFilterText").write("INI-BY1-001");
        WaitForAsyncUtils.waitForFxEvents();
        // INI-BY1-0010 … 0019 among the generated ones
        assertThat(table.getItems()).hasSize(10);
        assertThat(count(robot)).isEqualTo("10 von " + total);

        robot.interact(() -> robot.lookup("#initiativeFilterText").queryAs(TextField.class).setText(""));
        robot.clickOn("#initiativeFilterMine");
        WaitForAsyncUtils.waitForFxEvents();
        int mine = table.getItems().size();
        assertThat(mine).isPositive().isLessThan(total);
        assertThat(robot.lookup("#initiativeFilterMine").queryAs(CheckBox.class).isSelected()).isTrue();

        robot.clickOn("#initiativeFilterReset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(total);
    }

    @Test
    void aThemeAreaPageShowsTheSameListFilteredToItsArea(FxRobot robot) {
        robot.clickOn("#nav-EGOV");
        TableView<?> table = robot.lookup("#areaInitiatives").queryAs(TableView.class);
        int inArea = table.getItems().size();
        assertThat(inArea).isPositive().isLessThan(total);
        assertThat(robot.lookup("#initiativeFilterArea").tryQuery()).as("the area is fixed").isEmpty();
        robot.clickOn("#initiativeFilterText").write("zzz-nirgends");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        assertThat(count(robot)).isEqualTo("0 von " + inArea);
    }

    @Test
    void hiddenColumnsAreRemembered(FxRobot robot) {
        robot.clickOn("#navInitiatives");
        TableView<?> table = robot.lookup("#initiativesTable").queryAs(TableView.class);
        assertThat(table.isTableMenuButtonVisible()).isTrue();
        TableColumn<?, ?> arena = table.getColumns().stream()
                .filter(column -> column.getText().equals("Arena")).findFirst().orElseThrow();
        robot.interact(() -> arena.setVisible(false));
        assertThat(InitiativeColumns.hidden(workspace.preferences(), InitiativesController.HIDDEN_COLUMNS))
                .containsExactly("arena");
        robot.interact(() -> arena.setVisible(true));
        assertThat(InitiativeColumns.hidden(workspace.preferences(), InitiativesController.HIDDEN_COLUMNS)).isEmpty();
    }

    @Test
    void aBulkStatusChangeMovesTheAllowedRowsAndNamesTheOthers(FxRobot robot) {
        InitiativeSummary idea = withStatus(InitiativeStatus.IDEE);
        InitiativeSummary closed = withStatus(InitiativeStatus.ABGESCHLOSSEN);
        robot.clickOn("#navInitiatives");
        @SuppressWarnings("unchecked")
        TableView<InitiativeSummary> table = robot.lookup("#initiativesTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(idea);
            table.getSelectionModel().select(closed);
            table.scrollTo(idea);
        });
        // Monocle shows no context menu on a click: fire its item as the menu would
        MenuItem change = table.getContextMenu().getItems().stream()
                .filter(item -> "Status ändern …".equals(item.getText())).findFirst().orElseThrow();
        assertThat(change.isDisable()).isFalse();
        Platform.runLater(change::fire);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<InitiativeStatus> target = robot.lookup(".dialog-pane .combo-box").queryAs(ComboBox.class);
        robot.interact(() -> target.setValue(InitiativeStatus.IN_ABSTIMMUNG));
        Button confirm = robot.lookup(".dialog-pane .button")
                .<Button>match(button -> "Status ändern".equals(button.getText())).query();
        assertThat(confirm.isDisabled()).as("no reason yet").isTrue();
        robot.clickOn(".dialog-pane .text-area").write("Kabinettsvorlage abgestimmt");
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();

        Label shown = robot.lookup("#informDialog .label")
                .<Label>match(label -> label.getText().contains("geändert")).query();
        String summary = shown.getText();
        assertThat(summary).contains("1 Initiativen geändert").contains(closed.number()).doesNotContain(idea.number());
        robot.clickOn("Schließen");
        assertThat(workspace.initiatives().load(idea.id()).status()).isEqualTo(InitiativeStatus.IN_ABSTIMMUNG);
        assertThat(workspace.initiatives().history(idea.id())).last()
                .extracting(StatusChange::reason).isEqualTo("Kabinettsvorlage abgestimmt");
        assertThat(workspace.initiatives().load(closed.id()).status()).isEqualTo(InitiativeStatus.ABGESCHLOSSEN);
    }

    private static InitiativeSummary withStatus(InitiativeStatus status) {
        return workspace.initiatives().list().stream()
                .filter(row -> row.status() == status && row.classification() == Classification.OFFEN)
                .findFirst().orElseThrow();
    }
}
