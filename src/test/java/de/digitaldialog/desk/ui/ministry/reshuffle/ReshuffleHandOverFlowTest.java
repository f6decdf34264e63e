package de.digitaldialog.desk.ui.ministry.reshuffle;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.testsupport.TestWindows;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
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
 * Done-when step "replaces a ministry by a successor and hands its initiatives over", in the real
 * window on the example data: Ressorts, Kabinettsumbildung with a new successor, Übergeben; then
 * the initiative StMD led has the successor as its lead and its history records the hand-over.
 */
@ExtendWith(ApplicationExtension.class)
class ReshuffleHandOverFlowTest {

    private static final String OZG = "OZG-Umsetzung: gegenseitige Nachnutzung von Onlinediensten";

    @TempDir
    static Path folder;
    private static Workspace workspace;

    private Stage stage;

    @BeforeAll
    static void openWorkspaceWithExamples() {
        workspace = Workspace.open(folder);
        workspace.demoData().load(false);
        workspace.settings().saveUserProfile(new UserProfile("Jana Richter", "StK", null));
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
    void replacesAMinistryByASuccessorAndHandsItsInitiativesOver(FxRobot robot) {
        Initiative ozg = initiative();
        UUID bavaria = workspace.referenceData().lands().stream().filter(land -> Land.BAVARIA.equals(land.code()))
                .findFirst().orElseThrow().id();
        Ministry stmd = longNamed(workspace.ministries().load(ozg.leadMinistryByLand().get(bavaria)));
        assertThat(stmd.abbreviation()).isEqualTo("StMD");

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        TableView<Ministry> table = robot.lookup("#ministriesTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(ministry -> ministry.id().equals(stmd.id())).findFirst().orElseThrow()));
        robot.clickOn("#ministryReshuffle");
        assertShownWhole(robot, "#reshuffleConfirm");

        robot.clickOn("#reshuffleAbbreviation").write("StMDW");
        robot.clickOn("#reshuffleNameDe").write("Bayerisches Staatsministerium für Digitales und Wirtschaft");
        robot.clickOn("#reshuffleNameEn").write("Bavarian State Ministry for Digital Affairs and Economy");
        robot.clickOn("#reshuffleAdd");
        assertThat(robot.lookup("#reshuffleNewList").queryListView().getItems()).hasSize(1);
        robot.clickOn("#reshuffleConfirm");
        WaitForAsyncUtils.waitForFxEvents();

        Ministry ended = workspace.ministries().load(stmd.id());
        assertThat(ended.validTo()).isNotNull();
        Ministry successor = workspace.ministries().load(ended.successorIds().iterator().next());
        assertThat(successor.abbreviation()).isEqualTo("StMDW");
        assertThat(successor.validFrom()).isEqualTo(ended.validTo().plusDays(1));

        robot.clickOn("#reshuffleHandOverConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#handOverSuccessor").queryComboBox().getValue()).isEqualTo(successor);
        assertShownWhole(robot, "#handOverConfirm");
        assertThat(robot.lookup("#handOverPreview").queryAs(Label.class).getText()).startsWith("Offen: ");
        robot.clickOn("#handOverReason").write("Kabinettsumbildung");
        robot.clickOn("#handOverConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, "#handOverCheck")).anyMatch(text -> text.startsWith("Von StMD an StMDW übergeben: "));
        robot.clickOn("#handOverCheckConfirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(robot, "#informDialog")).anyMatch(text -> text.endsWith("sind an StMDW übergeben."));
        robot.clickOn(robot.lookup("#informDialog .button").queryButton());

        Initiative after = initiative();
        assertThat(after.leadMinistryByLand()).containsEntry(bavaria, successor.id());
        assertThat(workspace.initiatives().history(after.id())).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(StatusChange.Kind.HANDOVER);
            assertThat(entry.toValue()).isEqualTo(successor.id().toString());
            assertThat(entry.reason()).isEqualTo("Kabinettsumbildung");
        });

        // its form's history names the successor in full, however narrow the "Nach" column is
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        TableView<InitiativeSummary> initiatives = robot.lookup("#initiativesTable").queryTableView();
        robot.interact(() -> {
            initiatives.requestFocus();
            initiatives.getSelectionModel().select(initiatives.getItems().stream()
                    .filter(row -> row.id().equals(after.id())).findFirst().orElseThrow());
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<StatusChange> history = robot.lookup("#formHistory").queryTableView();
        robot.interact(() -> history.scrollTo(history.getItems().size() - 1));
        assertThat(robot.from(history).lookup((Node node) -> node instanceof Text).queryAllAs(Text.class))
                .extracting(Text::getText).contains("Übergeben an StMDW");
    }

    /** A name long enough to wrap the dialogs' headings onto three lines. */
    private static Ministry longNamed(Ministry ministry) {
        String name = "Bayerisches Staatsministerium für Digitales, Wirtschaft, Landesentwicklung, Energie und Heimat";
        return workspace.ministries().save(new Ministry(ministry.id(), ministry.landId(), ministry.abbreviation(),
                new LocalizedText(name, name), ministry.kind(), ministry.validFrom(), ministry.validTo(),
                ministry.successorIds(), ministry.audit()));
    }

    /**
     * The dialog sizes to its content: the height its window takes (the preferred height without a
     * width) holds the wrapped heading at the dialog's width, so the buttons are not cut off.
     */
    private static void assertShownWhole(FxRobot robot, String button) {
        Region root = (Region) robot.lookup(button).query().getScene().getRoot();
        assertThat(root.prefHeight(-1)).isGreaterThanOrEqualTo(root.prefHeight(root.getWidth()));
    }

    private static List<String> texts(FxRobot robot, String dialog) {
        return robot.lookup(dialog + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static Initiative initiative() {
        return workspace.initiatives().list().stream().filter(summary -> summary.title().equals(OZG))
                .map(summary -> workspace.initiatives().load(summary.id())).findFirst().orElseThrow();
    }
}
