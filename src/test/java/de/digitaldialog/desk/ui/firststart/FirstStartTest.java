package de.digitaldialog.desk.ui.firststart;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import java.nio.file.Path;
import java.util.Locale;
import de.digitaldialog.desk.domain.Ministry;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At first start, on an empty database with no profile, the window asks who works here. */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;

    @BeforeAll
    static void openEmptyWorkspace() {
        workspace = Workspace.open(folder);
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
        appearance.apply(de.digitaldialog.desk.service.Preferences.Theme.LIGHT);
        DeskWindow window = DeskWindow.create(stage, messages, new DirectTaskExecutor(), folder, appearance, errors);
        stage.show();
        window.ready(workspace, DeskWindow.snapshot(workspace), true);
    }

    @Test
    void setsUpTheInstallationAndSavesTheProfileOnlyWithAName(FxRobot robot) {
        assertThat(workspace.settings().userProfile()).isEmpty();
        assertThat(robot.lookup("#firstStartDialog").tryQuery()).isPresent();
        // the empty database offers example data meanwhile
        assertThat(robot.lookup("#examplesOffer").query().isVisible()).isTrue();

        Button save = robot.lookup("#firstStartDialogConfirm").queryAs(Button.class);
        assertThat(save.getText()).isEqualTo("Einrichten");
        assertThat(save.isDisabled()).as("no name, no saving").isTrue();

        robot.clickOn("#firstStartLandNW");
        TextField code = robot.lookup("#firstStartCode").queryAs(TextField.class);
        assertThat(code.getText()).isEqualTo("NW1");
        Text fourCharacters = new Text("NW12");
        fourCharacters.setFont(code.getFont());
        assertThat(code.getWidth() - code.getInsets().getLeft() - code.getInsets().getRight())
                .as("wide enough for a code like NW12").isGreaterThan(fourCharacters.getLayoutBounds().getWidth());
        robot.clickOn("#firstStartOtherInstallation");
        assertThat(code.getText()).as("the next free number").isEqualTo("NW2");
        robot.clickOn("#firstStartOtherInstallation");
        assertThat(code.getText()).isEqualTo("NW1");
        assertThat(robot.lookup(".field-hint").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.contains("INI-NW1-0001"));
        @SuppressWarnings("unchecked")
        ComboBox<Ministry> office = robot.lookup("#firstStartOffice").queryAs(ComboBox.class);
        assertThat(office.getValue().abbreviation()).as("the Staatskanzlei first").isEqualTo("StK NRW");
        Ministry digital = office.getItems().stream().filter(m -> m.abbreviation().equals("MWIDE")).findFirst()
                .orElseThrow();
        robot.interact(() -> office.setValue(digital));

        robot.clickOn("#firstStartName").write("Jan Müller");
        robot.clickOn("#firstStartEmail").write("kein-mail");
        robot.clickOn("#firstStartDialogConfirm");
        assertThat(robot.lookup("#firstStartDialog").tryQuery()).as("still open: e-mail invalid").isPresent();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .filteredOn(Label::isVisible).extracting(Label::getText)
                .containsExactly("Keine gültige E-Mail-Adresse");

        robot.doubleClickOn("#firstStartEmail");
        robot.interact(() -> robot.lookup("#firstStartEmail").queryAs(TextField.class).setText("jan.mueller@mwide.nrw.de"));
        robot.clickOn("#firstStartDialogConfirm");

        assertThat(robot.lookup("#firstStartDialog").tryQuery()).isEmpty();
        var saved = workspace.settings().userProfile().orElseThrow();
        assertThat(saved.name()).isEqualTo("Jan Müller");
        assertThat(saved.email()).isEqualTo("jan.mueller@mwide.nrw.de");
        assertThat(saved.ministry()).isEqualTo("MWIDE");
        assertThat(workspace.settings().localInstallation().code()).isEqualTo("NW1");
        assertThat(workspace.settings().office()).isPresent();
        assertThat(robot.lookup(".status-item").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Angemeldet: Jan Müller (MWIDE)", "Installation NW1");
    }
}
