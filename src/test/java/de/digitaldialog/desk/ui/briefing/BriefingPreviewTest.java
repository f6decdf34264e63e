package de.digitaldialog.desk.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The preview window on the example data: pages drawn, options regenerate, zoom, no printer, save. */
@ExtendWith(ApplicationExtension.class)
class BriefingPreviewTest {

    @TempDir
    static Path folder;
    @TempDir
    Path out;
    private static Workspace workspace;
    private DeskWindow window;
    private Stage preview;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

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
    void start(Stage stage) {
        Messages messages = Messages.of(Locale.GERMAN);
        ErrorReporter errors = new ErrorReporter(new ErrorDialog(messages), () -> stage);
        Appearance appearance = new Appearance();
        appearance.apply(Preferences.Theme.LIGHT);
        window = DeskWindow.create(stage, messages, new DirectTaskExecutor(), folder, appearance, errors);
        window.factory().register(DialogService.class, dialogs);
        stage.show();
        window.ready(workspace, DeskWindow.snapshot(workspace), false);
    }

    @AfterEach
    void closePreview(FxRobot robot) {
        if (preview != null) {
            robot.interact(preview::close);
        }
    }

    private BriefingPreviewViewModel open(FxRobot robot, BriefingRequest request) {
        return controller(robot, request).viewModel();
    }

    private BriefingPreviewController controller(FxRobot robot, BriefingRequest request) {
        robot.interact(() -> preview = window.factory().get(BriefingPreviewWindow.class).open(window.stage(), request));
        return (BriefingPreviewController) robot.lookup("#briefingPreview").query().getProperties()
                .get(BriefingPreviewController.class);
    }

    private static VBox pages(FxRobot robot) {
        return robot.lookup("#pages").queryAs(VBox.class);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#previewStatus").queryAs(Label.class).getText();
    }

    @Test
    void showsThePagesAndRegeneratesWhenAnOptionChanges(FxRobot robot) throws Exception {
        BriefingPreviewViewModel viewModel = open(robot, BriefingRequest.meeting("SIT-BY1-0001", Locale.GERMAN));

        int allSections = pages(robot).getChildren().size();
        assertThat(allSections).isGreaterThan(3);
        assertThat(status(robot)).isEqualTo(allSections + " Seiten");
        StackPane first = (StackPane) pages(robot).getChildren().get(0);
        assertThat(((ImageView) first.getChildren().get(0)).getImage()).isNotNull();
        assertThat(preview.getTitle()).isEqualTo("Sitzungsmappe SIT-BY1-0001 – Vorschau");

        robot.clickOn("#section-tops");
        assertThat(pages(robot).getChildren()).hasSizeLessThan(allSections);
        assertThat(text(viewModel)).doesNotContain("Beschlussvorschlag");

        robot.clickOn("#english");
        assertThat(text(viewModel)).contains("Meeting briefing", "Page 1 of");

        robot.clickOn("#footer").write("Entwurf – Stand Kabinett").type(KeyCode.ENTER);
        assertThat(text(viewModel)).contains("Entwurf – Stand Kabinett");
    }

    @Test
    void zoomsWithTheButtonsAndTheKeyboard(FxRobot robot) {
        BriefingPreviewViewModel viewModel = open(robot, BriefingRequest.initiative("INI-BY1-0001", Locale.GERMAN));
        StackPane first = (StackPane) pages(robot).getChildren().get(0);
        double width = first.getMinWidth();

        robot.clickOn("#zoomIn");
        assertThat(viewModel.zoomProperty().get()).isGreaterThan(1.0);
        assertThat(first.getMinWidth()).isGreaterThan(width);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(viewModel.zoomProperty().get()).isEqualTo(1.0);
        assertThat(robot.lookup("#zoomLabel").queryAs(Label.class).getText()).isEqualTo("100 %");
    }

    @Test
    void withoutAPrinterTheWindowSaysSoAndOffersThePdf(FxRobot robot) throws Exception {
        BriefingPreviewController controller = controller(robot, BriefingRequest.themeArea("EGOV", Locale.GERMAN));
        BriefingPreviewViewModel viewModel = controller.viewModel();
        // as on a machine without printers, where JavaFX hands out no print job
        controller.printerJobs(() -> null);

        robot.clickOn("#print");

        assertThat(status(robot)).startsWith("Kein Drucker verfügbar");
        assertThat(robot.lookup("#noPrinterSave").queryAs(Hyperlink.class).isVisible()).isTrue();

        // the file chooser is the dialog service's, answered here without a window
        Path file = out.resolve("bericht.pdf");
        dialogs.answer(file);
        robot.clickOn("#noPrinterSave");
        assertThat(dialogs.asked()).containsExactly("Als PDF speichern");
        assertThat(status(robot)).isEqualTo("Gespeichert: " + file);
        assertThat(robot.lookup("#noPrinterSave").queryAs(Hyperlink.class).isVisible()).isFalse();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Statusbericht Themenfeld");
        }
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static String text(BriefingPreviewViewModel viewModel) throws Exception {
        try (PDDocument document = Loader.loadPDF(viewModel.pagesProperty().get().pdf())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
