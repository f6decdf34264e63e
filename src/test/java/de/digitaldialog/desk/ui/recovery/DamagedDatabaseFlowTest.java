package de.digitaldialog.desk.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.BackupReason;
import de.digitaldialog.desk.service.BackupService.Backup;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The offer a damaged database gets in the window: a backup, never an empty Desk. */
class DamagedDatabaseFlowTest {

    private static final Path FOLDER = Path.of("/data/desk");
    private static final Backup NEWEST = new Backup(Path.of("/data/desk/backups/desk-20261203-0900.zip"),
            Instant.parse("2026-12-03T08:00:00Z"), 2048, BackupReason.START, Optional.empty(), false);
    private static final Backup OLDER = new Backup(Path.of("/data/desk/backups/desk-20261202-0900.zip"),
            Instant.parse("2026-12-02T08:00:00Z"), 2048, BackupReason.START, Optional.empty(), false);
    private static final DatabaseDamagedException PROBLEM =
            new DatabaseDamagedException(null, FOLDER, "error.database.damaged", FOLDER);

    private final Messages messages = Messages.of(Messages.GERMAN);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DamagedDatabaseFlow flow =
            new DamagedDatabaseFlow(messages, new DirectTaskExecutor(), dialogs);
    private final List<Path> restoredFrom = new ArrayList<>();
    private final List<String> results = new ArrayList<>();
    private int quits;

    private void offer(List<Backup> backups) {
        flow.offer(null, PROBLEM, () -> backups, backup -> {
            restoredFrom.add(backup);
            return "opened on " + backup.getFileName();
        }, results::add, () -> quits++);
    }

    @Test
    void confirmingRestoresTheNewestBackupAndOpensOnIt() {
        dialogs.answer(true);

        offer(List.of(NEWEST, OLDER));

        assertThat(restoredFrom).containsExactly(NEWEST.file());
        assertThat(results).containsExactly("opened on desk-20261203-0900.zip");
        assertThat(quits).isZero();
        assertThat(dialogs.asked().get(0)).contains("keine leere Datenbank", NEWEST.file().toString());
    }

    @Test
    void decliningQuitsWithoutTouchingAnything() {
        dialogs.answer(false);

        offer(List.of(NEWEST));

        assertThat(restoredFrom).isEmpty();
        assertThat(results).isEmpty();
        assertThat(quits).isEqualTo(1);
    }

    @Test
    void withoutBackupsTheUserPicksOne() {
        Path picked = Path.of("/mnt/share/desk-20261201-0900.zip");
        dialogs.answer(true).answer(picked);

        offer(List.of());

        assertThat(dialogs.asked().get(0)).contains("keine Sicherung");
        assertThat(restoredFrom).containsExactly(picked);
    }

    @Test
    void anUnreadableBackupFolderLetsTheUserPickABackup() {
        Path picked = Path.of("/mnt/share/desk-20261201-0900.zip");
        dialogs.answer(true).answer(picked);

        flow.<String>offer(null, PROBLEM, () -> {
            throw new DeskException("error.backup.list", FOLDER, "Permission denied");
        }, backup -> {
            restoredFrom.add(backup);
            return "opened";
        }, results::add, () -> quits++);

        assertThat(dialogs.asked().get(0)).contains("keine Sicherung");
        assertThat(restoredFrom).containsExactly(picked);
    }

    @Test
    void aFailedRestoreSaysWhyAndAsksAgain() {
        dialogs.answer(true).expectError().answer(false);

        flow.<String>offer(null, PROBLEM, () -> List.of(NEWEST), backup -> {
            throw new DeskException("error.restore.damaged", backup);
        }, results::add, () -> quits++);

        assertThat(dialogs.asked()).hasSize(3);
        assertThat(dialogs.asked().get(1)).isEqualTo(messages.get("damaged.restoreFailed"));
        assertThat(results).isEmpty();
        assertThat(quits).isEqualTo(1);
    }
}
