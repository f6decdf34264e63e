package de.digitaldialog.desk.ui.firststart;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.BackupService;
import de.digitaldialog.desk.service.Preferences.Theme;
import de.digitaldialog.desk.testsupport.Screenshots;
import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The first-start dialog offers to encrypt the new database ("empfohlen"): the passphrase needs
 * at least 10 characters and the same repetition, each said under its field; nothing is set up
 * until both are right. Leaves screenshots of the dialog (German and English).
 */
@ExtendWith(ApplicationExtension.class)
class FirstStartEncryptionTest {

    private static final String PASSPHRASE = "Laptop im Zug 2026";

    @TempDir
    Path folder;
    private Workspace workspace;
    private Stage stage;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        workspace.close();
    }

    private void show(FxRobot robot, Locale language) {
        if (stage != null) {
            robot.interact(stage::close);
        }
        // shown before the workspace is ready, as the application does: the dialog then has its owner
        robot.interact(() -> {
            stage = new Stage();
            Messages messages = Messages.of(language);
            ErrorReporter errors = new ErrorReporter(new ErrorDialog(messages), () -> stage);
            Appearance appearance = new Appearance();
            appearance.apply(Theme.LIGHT);
            DeskWindow window = DeskWindow.create(stage, messages, new DirectTaskExecutor(), folder, appearance, errors);
            stage.show();
            window.ready(workspace, DeskWindow.snapshot(workspace), true);
        });
    }

    private static String error(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    @Test
    void encryptionIsOfferedAndEachProblemOfThePassphraseIsSaidAtItsField(FxRobot robot) {
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            show(robot, language);
            CheckBox encrypt = robot.lookup("#firstStartEncrypt").queryAs(CheckBox.class);
            assertThat(encrypt.isVisible()).isTrue();
            assertThat(encrypt.isSelected()).isFalse();
            assertThat(robot.lookup("#firstStartPassphrase").query().getParent().isVisible()).as("asked once chosen").isFalse();

            robot.clickOn("#firstStartEncrypt");
            robot.clickOn("#firstStartPassphrase").write("zu kurz");
            robot.clickOn("#firstStartRepetition").write("anders");
            robot.clickOn("#firstStartName").write("Jan Müller");
            robot.clickOn("#firstStartLandNW");
            robot.clickOn("#firstStartDialogConfirm");

            assertThat(robot.lookup("#firstStartDialog").tryQuery()).as("still open").isPresent();
            if (language == Locale.GERMAN) {
                assertThat(error(robot, "#firstStartPassphraseError")).isEqualTo("Mindestens 10 Zeichen.");
                assertThat(error(robot, "#firstStartRepetitionError"))
                        .isEqualTo("Stimmt nicht mit der Passphrase überein.");
            } else {
                assertThat(error(robot, "#firstStartPassphraseError")).isEqualTo("At least 10 characters.");
            }
            assertThat(workspace.settings().userProfile()).as("nothing set up yet").isEmpty();
            Screenshots.save(robot, robot.lookup("#firstStartDialog").queryAs(DialogPane.class),
                    "first-start-encrypt-" + language.getLanguage());

            robot.clickOn("#firstStartEncrypt");
            assertThat(error(robot, "#firstStartPassphraseError")).as("not chosen: no problem left").isEmpty();
            assertThat(robot.lookup("#firstStartPassphrase").queryAs(PasswordField.class).getText()).isEmpty();
        }
    }

    @Test
    void theDatabaseIsEncryptedRightAfterTheSetUp(FxRobot robot) {
        show(robot, Locale.GERMAN);
        robot.clickOn("#firstStartEncrypt");
        robot.clickOn("#firstStartPassphrase").write(PASSPHRASE);
        robot.clickOn("#firstStartRepetition").write(PASSPHRASE);
        robot.clickOn("#firstStartName").write("Jan Müller");
        robot.clickOn("#firstStartLandNW");
        robot.clickOn("#firstStartDialogConfirm");

        assertThat(robot.lookup("#firstStartDialog").tryQuery()).isEmpty();
        assertThat(workspace.settings().userProfile()).isPresent();
        assertThat(workspace.encryption().encrypted()).isTrue();
        assertThat(workspace.backups().list()).as("no copy of the set-up left in clear")
                .isNotEmpty().allMatch(BackupService.Backup::encrypted);
    }
}
