package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.service.BackupService.Backup;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups written by H2 from the open database: they open again, owner-only, never overwritten. */
class BackupServiceTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-12T11:00:05Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path folder;

    @TempDir
    Path elsewhere;

    private Workspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private BackupService backups() {
        if (workspace == null) {
            workspace = Workspace.open(folder, NOON);
        }
        return workspace.backups();
    }

    @Test
    void aBackupOfTheExampleDataOpensWithTheSameInitiativesAndMeetings() throws IOException {
        workspace = Workspace.open(folder, NOON);
        workspace.demoData().load(false);
        Map<String, Long> before = workspace.info().rowCounts();

        Path file = backups().backUp();

        assertThat(file.getParent()).isEqualTo(folder.resolve("backups").toAbsolutePath().normalize());
        assertThat(file.getFileName()).hasToString("desk-20260312-120005.zip");
        Path restored = elsewhere.resolve("restored");
        unzip(file, restored);
        try (Workspace copy = Workspace.open(restored)) {
            Map<String, Long> after = copy.info().rowCounts();
            assertThat(after.get("initiative")).isPositive().isEqualTo(before.get("initiative"));
            assertThat(after.get("meeting")).isPositive().isEqualTo(before.get("meeting"));
        }
    }

    @Test
    void theBackupIsReadableByItsOwnerOnly() throws IOException {
        Path file = backups().backUp();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        Path named = backups().backUpTo(elsewhere.resolve("mine.zip"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(named))).isEqualTo("rw-------");
    }

    @Test
    void twoBackupsInTheSameSecondGetDistinctNamesAndAreListedNewestFirst() throws IOException {
        Path first = backups().backUp();
        Path second = backups().backUp();
        Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2026-03-12T10:00:00Z")));

        assertThat(first.getFileName()).hasToString("desk-20260312-120005.zip");
        assertThat(second.getFileName()).hasToString("desk-20260312-120005-2.zip");
        assertThat(backups().list()).extracting(Backup::file).containsExactly(second, first);
        assertThat(backups().list()).allSatisfy(backup -> assertThat(backup.size()).isEqualTo(Files.size(backup.file())));
        assertThat(backups().list().get(1).time()).isEqualTo(Instant.parse("2026-03-12T10:00:00Z"));
    }

    @Test
    void noBackupsFolderListsNothing() {
        assertThat(backups().list()).isEmpty();
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path existing = Files.writeString(elsewhere.resolve("taken.zip"), "keep me");

        assertThatThrownBy(() -> backups().backUpTo(existing))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("error.backup.exists"));
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedAndLeavesNothingBehind() {
        Path target = elsewhere.resolve("missing").resolve("backup.zip");

        assertThatThrownBy(() -> backups().backUpTo(target))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("error.backup.write"));
        assertThat(target).doesNotExist();
    }

    @Test
    void aBackupInTheFolderKnowsItsReasonCountsAndSchemaOwnerOnly() throws IOException {
        workspace = Workspace.open(folder, NOON);
        workspace.demoData().load(false);
        Map<String, Long> counts = workspace.info().rowCounts();

        Path file = backups().backUp(BackupReason.START);

        Path sidecar = file.resolveSibling(file.getFileName() + ".properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sidecar))).isEqualTo("rw-------");
        Backup listed = backups().list().get(0);
        assertThat(listed.file()).isEqualTo(file);
        assertThat(listed.reason()).isEqualTo(BackupReason.START);
        assertThat(listed.contents()).contains(new BackupService.Contents(counts.get("initiative"),
                counts.get("meeting"), workspace.info().schemaVersion()));
        assertThat(listed.contents().get().initiatives()).isPositive();
    }

    @Test
    void aZipWithoutItsSidecarIsListedAsUnknown() throws IOException {
        Path file = backups().backUp();
        Files.delete(file.resolveSibling(file.getFileName() + ".properties"));
        Path other = backups().backUp();
        Files.writeString(other.resolveSibling(other.getFileName() + ".properties"), "reason=start\nmeetings=x\n");

        assertThat(backups().list()).allSatisfy(backup -> {
            assertThat(backup.reason()).isEqualTo(BackupReason.UNKNOWN);
            assertThat(backup.contents()).isEmpty();
        });
    }

    @Test
    void aFileTheUserNamedGetsNoSidecar() {
        Path named = backups().backUpTo(elsewhere.resolve("mine.zip"));

        assertThat(named.resolveSibling("mine.zip.properties")).doesNotExist();
    }

    @Test
    void afterABackupTheFolderIsRotatedTouchingOnlyItsOwnBackups() throws IOException {
        Path backupFolder = Files.createDirectories(folder.resolve("backups"));
        List<Path> old = new ArrayList<>();
        for (int hour = 0; hour < 11; hour++) {
            Path file = Files.writeString(backupFolder.resolve("desk-20260301-%02d0000.zip".formatted(hour)), "old");
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(hour * 3600L)));
            Files.writeString(file.resolveSibling(file.getFileName() + ".properties"), "reason=interval");
            old.add(file);
        }
        Path mine = Files.writeString(backupFolder.resolve("mine.zip"), "the user's");
        Path notes = Files.writeString(backupFolder.resolve("desk-notes.txt"), "the user's");

        Path written = backups().backUp();

        // kept: the new one and the nine newest old ones (the last ten; the newest of March 1 is among them)
        assertThat(backups().list()).extracting(Backup::file).hasSize(10).contains(written)
                .doesNotContain(old.get(0), old.get(1));
        assertThat(old.get(0).resolveSibling(old.get(0).getFileName() + ".properties")).doesNotExist();
        assertThat(old.get(2).resolveSibling(old.get(2).getFileName() + ".properties")).exists();
        assertThat(mine).exists();
        assertThat(notes).exists();
    }

    @Test
    void theSizeCapOfThePreferencesDropsTheOldestButNeverTheNewest() throws IOException {
        Path first = backups().backUp();
        Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2026-03-12T10:00:00Z")));
        Preferences.load(folder).setBackupLimits(30, 1);

        Path second = backups().backUp();

        assertThat(backups().list()).extracting(Backup::file).containsExactly(second);
        assertThat(first).doesNotExist();
    }

    @Test
    void aRestoreInPlaceBringsTheBackupBackAndTheServicesKeepWorking() {
        workspace = Workspace.open(folder, NOON);
        Path empty = backups().backUp();
        workspace.demoData().load(false);
        long initiatives = workspace.info().rowCounts().get("initiative");

        RestoreService.Restored restored = backups().restore(empty);

        assertThat(restored.initiatives()).isZero();
        assertThat(workspace.info().rowCounts().get("initiative")).isZero();
        assertThat(workspace.settings().localInstallation()).isNotNull();
        Backup previous = backups().list().stream().filter(backup -> backup.file().equals(restored.previous()))
                .findFirst().orElseThrow();
        assertThat(previous.reason()).isEqualTo(BackupReason.RESTORE);
        assertThat(previous.contents().orElseThrow().initiatives()).isEqualTo(initiatives);
        workspace.demoData().load(false);
        assertThat(workspace.info().rowCounts().get("initiative")).isEqualTo(initiatives);
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target).startsWithRaw(into);
                Files.createDirectories(target.getParent());
                Files.copy(entries, target);
            }
        }
    }
}
