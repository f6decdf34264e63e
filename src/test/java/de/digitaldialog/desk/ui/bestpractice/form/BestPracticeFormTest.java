package de.digitaldialog.desk.ui.bestpractice.form;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.testsupport.TestWindows;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.controlsfx.control.CheckComboBox;
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
 * The done-when step "records a best practice adopted by Bavaria", in the real window of an NW
 * installation with the example data: Ctrl+N on the register, the form, Ctrl+S, the row in the
 * register with its number, the practice in the theme area's status report; Enter opens it again,
 * and Ctrl+N on the initiatives page still opens an initiative.
 */
@ExtendWith(ApplicationExtension.class)
class BestPracticeFormTest {

    private static final String TITLE = "Open.NRW Datenportal";

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private Stage stage;

    @BeforeAll
    static void openWorkspace() {
        workspace = Workspace.open(folder);
        workspace.settings().setUp(PartnerLand.NW, "NW1", "Jan Becker", "MWIDE", null);
        workspace.demoData().load(false);
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
    void closeWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String query, Predicate<T> which) {
        ComboBox<T> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static <T> void check(FxRobot robot, String query, Predicate<T> which) {
        CheckComboBox<T> box = robot.lookup(query).queryAs(CheckComboBox.class);
        robot.interact(() -> box.getCheckModel().check(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }

    private static List<String> visibleMessages(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).toList();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordsABestPracticeAdoptedByBavaria(FxRobot robot) throws IOException {
        // the initiatives page has its own Ctrl+N: each page's shortcut acts while it is shown
        press(robot, KeyCode.CONTROL, KeyCode.I);
        robot.clickOn("#navBestPractices");
        TableView<BestPracticeSummary> table = robot.lookup("#bestPracticesTable").queryAs(TableView.class);
        int before = table.getItems().size();
        press(robot, KeyCode.CONTROL, KeyCode.N);
        assertThat(robot.lookup("#formHeading").queryAs(Label.class).getText()).isEqualTo("Neue Best Practice");
        assertThat(robot.lookup("#formNumberBox").query().isVisible()).as("no number before the first save").isFalse();

        assertThat(robot.lookup("#formLand").queryAs(ComboBox.class).getValue()).as("the installation's Land")
                .extracting(land -> ((Land) land).code()).isEqualTo(Land.NORTH_RHINE_WESTPHALIA);
        press(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(visibleMessages(robot)).containsExactly("Pflichtfeld", "Pflichtfeld");
        assertThat(workspace.bestPractices().list()).hasSize(before);

        robot.clickOn("#formTitle").write(TITLE);
        assertThat(robot.lookup("#formAdoption").queryAs(ComboBox.class).getItems()).hasSize(4);
        choose(robot, "#formMinistry", (Ministry ministry) -> ministry.abbreviation().equals("MWIDE"));
        check(robot, "#formThemeAreas", (ThemeArea area) -> area.code().equals("EGOV"));
        check(robot, "#formThemeAreas", (ThemeArea area) -> area.code().equals("INFRA"));
        robot.clickOn("#formLink").write("https://www.open.nrw");
        choose(robot, "#formTransferability", (Transferability value) -> value == Transferability.HOCH);
        choose(robot, "#formAdoption", (Adoption value) -> value == Adoption.UEBERNOMMEN);
        assertThat(robot.lookup("#formAdoptionReason").queryAs(TextField.class).isDisabled()).isTrue();
        InitiativeSummary initiative = workspace.initiatives().list().get(0);
        check(robot, "#formInitiatives", (InitiativeSummary each) -> each.id().equals(initiative.id()));
        assertThat(robot.lookup("#formInitiativesChosen").queryAs(Label.class).getText())
                .isEqualTo(initiative.number() + " – " + initiative.title());
        press(robot, KeyCode.CONTROL, KeyCode.S);

        assertThat(visibleMessages(robot)).isEmpty();
        BestPracticeSummary row = table.getItems().stream().filter(p -> p.title().equals(TITLE)).findFirst()
                .orElseThrow();
        assertThat(row.number()).startsWith("BP-NW1-");
        assertThat(table.getItems()).hasSize(before + 1);
        BestPractice stored = workspace.bestPractices().load(row.id());
        assertThat(stored.adoption()).isEqualTo(Adoption.UEBERNOMMEN);
        assertThat(stored.transferability()).isEqualTo(Transferability.HOCH);
        assertThat(stored.themeAreaIds()).hasSize(2);
        assertThat(stored.initiativeIds()).containsExactly(initiative.id());
        assertThat(stored.link()).isEqualTo("https://www.open.nrw");
        assertThat(robot.lookup("#formHeading").queryAs(Label.class).getText()).isEqualTo(row.number() + " – " + TITLE);
        assertThat(robot.lookup("#formNumber").queryAs(TextField.class).getText()).isEqualTo(row.number());
        assertThat(themeAreaReport("EGOV")).contains(row.number() + " " + TITLE, "MWIDE", "gut übertragbar",
                "Übernommen");

        press(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#bestPracticeForm").tryQuery()).as("a saved form closes at once").isEmpty();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
        });
        press(robot, KeyCode.ENTER);
        assertThat(robot.lookup("#formNumber").queryAs(TextField.class).getText()).isEqualTo(row.number());
        assertThat(robot.lookup("#formTitle").queryAs(TextField.class).getText()).isEqualTo(TITLE);

        press(robot, KeyCode.ESCAPE);
        robot.interact(stage::requestFocus);
        press(robot, KeyCode.CONTROL, KeyCode.I);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        assertThat(robot.lookup("#formHeading").queryAs(Label.class).getText()).isEqualTo("Neue Initiative");
    }

    private static String themeAreaReport(String code) throws IOException {
        byte[] pdf = workspace.briefings().render(BriefingRequest.themeArea(code, Messages.GERMAN), null, null);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
