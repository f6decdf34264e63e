package de.digitaldialog.desk.ui.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.service.BackupService.Backup;
import de.digitaldialog.desk.service.FolderKey;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.testsupport.Screenshots;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.testsupport.TestWindows;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Einstellungen → Verschlüsselung, and the unencrypted backups under Sicherungen: an unencrypted
 * database offers "Passphrase festlegen …" (each problem of the new passphrase said at its
 * field), an encrypted one "Passphrase ändern …" and marks the backups from before with an offer
 * to delete them. Leaves screenshots (German and English) in target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptionViewTest {

    private static final String PASSPHRASE = "Laptop im Zug 2026";

    @TempDir
    Path folder;
    private Workspace workspace;
    private Stage stage;
    private final AtomicReference<Node> shown = new AtomicReference<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Jan Müller", "MWIDE", null));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        workspace.close();
    }

    /** The settings page scrolled down to the section; the real dialogs when {@code dialogs} is null. */
    private void showSettings(FxRobot robot, Locale language, ScriptedDialogs dialogs) {
        if (stage != null) {
            robot.interact(stage::close);
        }
        robot.interact(() -> stage = TestWindows.show(workspace, language, dialogs));
        robot.clickOn("#navSettings");
        scrollToSection(robot);
    }

    /** The section in view again, e.g. after the backups list above it grew or shrank. */
    private static void scrollToSection(FxRobot robot) {
        Node section = robot.lookup("#encryptionStatus").query();
        ScrollPane page = robot.lookup(".page-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = page.getContent();
            double top = content.sceneToLocal(section.localToScene(0, 0)).getY();
            double scrollable = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(scrollable <= 0 ? 0 : Math.min(1, top / scrollable));
        });
    }

    private static String text(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    /** Types into a field of a dialog answered by {@link ScriptedDialogs}, and keeps its content to look at. */
    private void set(Node content, String id, String text) {
        ((PasswordField) content.lookup(id)).setText(text);
        shown.set(content);
    }

    private static String error(AtomicReference<Node> content, String id) {
        return ((Label) content.get().lookup(id)).getText();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(PasswordField.class).setText(text));
    }

    @Test
    void anUnencryptedDatabaseOffersToSetAPassphraseAndSaysEachProblemAtItsField(FxRobot robot) {
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            showSettings(robot, language, null);
            boolean german = language == Locale.GERMAN;
            assertThat(text(robot, "#encryptionStatus")).startsWith(german
                    ? "Die Datenbank ist nicht verschlüsselt." : "The database is not encrypted.");
            Button action = robot.lookup("#encryptionAction").queryButton();
            assertThat(action.getText()).isEqualTo(german ? "Passphrase festlegen …" : "Set passphrase …");
            Screenshots.save(robot, stage.getScene().getRoot(), "encryption-off-" + language.getLanguage());

            robot.clickOn(action);
            assertThat(robot.lookup("#currentPassphrase").query().isVisible()).as("none to confirm yet").isFalse();
            type(robot, "#newPassphrase", "zu kurz");
            type(robot, "#repeatedPassphrase", "anders");
            robot.clickOn("#passphraseChangeDialogConfirm");

            DialogPane dialog = robot.lookup("#passphraseChangeDialog").queryAs(DialogPane.class);
            assertThat(text(robot, "#newPassphraseError")).isEqualTo(german ? "Mindestens 10 Zeichen." : "At least 10 characters.");
            assertThat(text(robot, "#repeatedPassphraseError"))
                    .isEqualTo(german ? "Stimmt nicht mit der Passphrase überein." : "Does not match the passphrase.");
            Screenshots.save(robot, dialog, "encryption-set-dialog-" + language.getLanguage());
            robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
            assertThat(workspace.encryption().encrypted()).isFalse();
        }
    }

    @Test
    void anEncryptedFolderOffersToChangeAndMarksItsBackupsFromBeforeWithAnOfferToDeleteThem(FxRobot robot) {
        workspace.backups().backUp();
        // the folder's side file says "encrypted", as after EncryptionService.set: enough for the window
        try (Passphrase passphrase = Passphrase.of(PASSPHRASE.toCharArray())) {
            FolderKey.unencrypted().encryptedWith(passphrase).write(folder);
        }
        ScriptedDialogs dialogs = new ScriptedDialogs();
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            showSettings(robot, language, dialogs);
            boolean german = language == Locale.GERMAN;
            assertThat(text(robot, "#encryptionStatus"))
                    .startsWith(german ? "Die Datenbank ist verschlüsselt" : "The database is encrypted");
            assertThat(robot.lookup("#encryptionAction").queryButton().getText())
                    .isEqualTo(german ? "Passphrase ändern …" : "Change passphrase …");
            @SuppressWarnings("unchecked")
            TableView<Backup> table = robot.lookup("#backupTable").queryAs(TableView.class);
            assertThat(table.getItems()).hasSize(1);
            assertThat(robot.lookup(german ? "von Hand · unverschlüsselt" : "by hand · unencrypted").tryQuery())
                    .isPresent();
            Button delete = robot.lookup("#deleteUnencrypted").queryButton();
            assertThat(delete.isVisible()).isTrue();
            Screenshots.save(robot, stage.getScene().getRoot(), "encryption-on-" + language.getLanguage());

            dialogs.answer(false);
            robot.clickOn(delete);
            assertThat(dialogs.asked()).last().isEqualTo(german
                    ? "Die Sicherung von vor der Verschlüsselung enthält die Daten lesbar. Endgültig löschen?"
                    : "The backup from before the encryption holds the data in readable form. Delete it for good?");
            assertThat(workspace.backups().list()).hasSize(1);
        }

        dialogs.fill(content -> {
            set(content, "#newPassphrase", "Neue Passphrase 2027");
            set(content, "#repeatedPassphrase", "Neue Passphrase 2027");
        });
        robot.clickOn("#encryptionAction");
        assertThat(dialogs.asked()).last().isEqualTo("Change passphrase");
        assertThat(error(shown, "#currentPassphraseError")).isEqualTo("Please enter the current passphrase.");
    }

    @Test
    void aPassphraseSetHereEncryptsTheOldBackupsCanBeDeletedAndAWrongCurrentOneIsSaidAtItsField(FxRobot robot) {
        workspace.backups().backUp();
        ScriptedDialogs dialogs = new ScriptedDialogs().fill(content -> {
            set(content, "#newPassphrase", PASSPHRASE);
            set(content, "#repeatedPassphrase", PASSPHRASE);
        });
        showSettings(robot, Locale.GERMAN, dialogs);
        robot.clickOn("#encryptionAction");

        assertThat(workspace.encryption().encrypted()).isTrue();
        assertThat(text(robot, "#encryptionNotice")).startsWith("Die Datenbank ist jetzt verschlüsselt.");
        assertThat(robot.lookup("#deleteUnencrypted").queryButton().isVisible()).isTrue();
        dialogs.answer(true);
        robot.clickOn("#deleteUnencrypted");
        assertThat(workspace.backups().list()).isNotEmpty().allMatch(Backup::encrypted);
        // the one made above and the one setting the passphrase made first
        assertThat(text(robot, "#backupNotice")).isEqualTo("2 unverschlüsselte Sicherungen gelöscht.");

        dialogs.fill(content -> {
            set(content, "#currentPassphrase", "nicht die Passphrase");
            set(content, "#newPassphrase", "Neue Passphrase 2027");
            set(content, "#repeatedPassphrase", "Neue Passphrase 2027");
        });
        scrollToSection(robot);
        robot.clickOn("#encryptionAction");
        assertThat(error(shown, "#currentPassphraseError")).isEqualTo("Die Passphrase ist falsch.");
        dialogs.fill(content -> {
            set(content, "#currentPassphrase", PASSPHRASE);
            set(content, "#newPassphrase", "Neue Passphrase 2027");
            set(content, "#repeatedPassphrase", "Neue Passphrase 2027");
        });
        robot.clickOn("#encryptionAction");
        assertThat(text(robot, "#encryptionNotice")).isEqualTo("Die Passphrase ist geändert.");

        // the newest backup was made under the new passphrase: restored from the list with it
        TableView<?> table = robot.lookup("#backupTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        dialogs.answer(true).answer("Neue Passphrase 2027");
        robot.interact(() -> robot.lookup("#restoreBackup").queryButton().fire());
        assertThat(text(robot, "#backupNotice")).startsWith("Wiederhergestellt: Stand vom");
    }
}
