package de.digitaldialog.desk.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.service.BackupReason;
import de.digitaldialog.desk.service.BackupService.Backup;
import de.digitaldialog.desk.testsupport.Screenshots;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.testsupport.TestWindows;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
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
 * Einstellungen → Sicherungen in the window: a backup made there shows in the list and, restored
 * after the confirmation, brings its state back into every page. Leaves screenshots of the
 * section (German and English, empty and with 15 backups) in target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsViewTest {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'desk-'yyyyMMdd-HHmmss'.zip'")
            .withZone(ZoneId.of("Europe/Berlin"));

    @TempDir
    Path folder;
    private Workspace workspace;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Jan Müller", "MWIDE", null));
    }

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
        workspace.close();
    }

    private void showSettings(FxRobot robot, Locale language) {
        if (stage != null) {
            robot.interact(stage::close);
        }
        robot.interact(() -> stage = TestWindows.show(workspace, language, dialogs));
        robot.clickOn("#navSettings");
        // the section is the page's last: scrolled into view, as the user would
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(ScrollPane.class).setVvalue(1));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Backup> table(FxRobot robot) {
        return robot.lookup("#backupTable").queryAs(TableView.class);
    }

    @Test
    void aBackupMadeHereIsRestoredAfterTheConfirmationAndThePagesShowItsState(FxRobot robot) {
        showSettings(robot, Locale.GERMAN);
        assertThat(table(robot).getItems()).isEmpty();

        robot.clickOn("#backUpNow");

        assertThat(table(robot).getItems()).singleElement().satisfies(backup -> {
            assertThat(backup.reason()).isEqualTo(BackupReason.MANUAL);
            assertThat(backup.contents().orElseThrow().initiatives()).isZero();
        });
        assertThat(robot.lookup("#backupNotice").queryAs(Label.class).getText()).startsWith("Gesichert in desk-");

        workspace.demoData().load(false);
        long initiatives = workspace.info().rowCounts().get("initiative");
        robot.clickOn("#navInitiatives");
        assertThat(robot.lookup("#initiativesTable").queryAs(TableView.class).getItems()).hasSize((int) initiatives);

        showSettings(robot, Locale.GERMAN);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        dialogs.answer(true);
        robot.clickOn("#restoreBackup");

        assertThat(dialogs.asked()).last().asString().startsWith("Den Stand vom ")
                .contains("(0 Initiativen, 0 Sitzungen)", "Der jetzige Stand wird vorher gesichert");
        assertThat(workspace.info().rowCounts().get("initiative")).isZero();
        List<Backup> listed = table(robot).getItems();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).reason()).isEqualTo(BackupReason.RESTORE);
        assertThat(listed.get(0).contents().orElseThrow().initiatives()).isEqualTo(initiatives);
        assertThat(robot.lookup("#backupNotice").queryAs(Label.class).getText())
                .startsWith("Wiederhergestellt: Stand vom ").contains("(0 Initiativen, 0 Sitzungen)",
                        listed.get(0).file().toString());
        Screenshots.save(robot, stage.getScene().getRoot(), "backups-restored-de");

        robot.clickOn("#navInitiatives");
        assertThat(robot.lookup("#initiativesTable").queryAs(TableView.class).getItems()).isEmpty();
    }

    @Test
    void screenshotsEmptyAndWithFifteenBackupsInBothLanguages(FxRobot robot) throws IOException {
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            showSettings(robot, language);
            shoot(robot, "backups-empty-" + language.getLanguage());
        }
        fifteenBackups();
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            showSettings(robot, language);
            assertThat(table(robot).getItems()).hasSize(15);
            robot.interact(() -> table(robot).getSelectionModel().select(3));
            shoot(robot, "backups-15-" + language.getLanguage());
        }
    }

    /** The section scrolled into view, in the window of 1280×800. */
    private void shoot(FxRobot robot, String name) {
        Screenshots.save(robot, stage.getScene().getRoot(), name);
    }

    /** Fifteen backups over two months, as the rotation leaves them, with sidecars (one without). */
    private void fifteenBackups() throws IOException {
        Path backups = Files.createDirectories(workspace.backups().folder());
        Instant newest = Instant.parse("2026-03-12T13:30:00Z");
        String[] reasons = {"interval", "manual", "interval", "start", "restore", "interval", "start", "interval",
                "migration", "start", "interval", "start", "interval", "start", "start"};
        for (int i = 0; i < 15; i++) {
            Instant time = newest.minus(Duration.ofHours(i < 8 ? 3L * i : 30L * i));
            Path file = backups.resolve(NAME.format(time));
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength((12L + i) << 20);
            }
            Files.setLastModifiedTime(file, FileTime.from(time));
            if (i != 14) {
                Files.writeString(file.resolveSibling(file.getFileName() + ".properties"), "reason=" + reasons[i]
                        + "\ninitiatives=" + (48 - i) + "\nmeetings=" + (21 - i / 2) + "\nschema=6\n");
            }
        }
    }
}
