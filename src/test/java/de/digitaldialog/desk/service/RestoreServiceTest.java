package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.service.RestoreService.Restored;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.OpenOptions;
import de.digitaldialog.desk.testsupport.TestCredentials;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring a backup: checked on a copy first, the state before it saved, the data back. */
class RestoreServiceTest {

    @TempDir
    Path folder;

    @TempDir
    Path elsewhere;

    @Test
    void aRestoredBackupBringsBackItsDataAndTheStateBeforeIsSaved() throws IOException {
        Path backup;
        Map<String, Long> before;
        InitiativeSummary deleted;
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
            before = workspace.info().rowCounts();
            backup = workspace.backups().backUpTo(elsewhere.resolve("before.zip"));
            deleted = workspace.initiatives().list().get(0);
            workspace.trash().delete(DeletionKind.INITIATIVE, deleted.id(), deleted.version());
            assertThat(workspace.initiatives().list()).extracting(InitiativeSummary::id).doesNotContain(deleted.id());
        }

        Restored restored;
        try (RestoreService.Checked checked = RestoreService.check(backup, folder);
             Workspace workspace = Workspace.open(folder)) {
            restored = workspace.restore(checked);
        }

        assertThat(restored.file()).isEqualTo(backup);
        assertThat(restored.initiatives()).isPositive().isEqualTo(before.get("initiative"));
        assertThat(restored.meetings()).isPositive().isEqualTo(before.get("meeting"));
        assertThat(restored.previous()).isRegularFile()
                .hasParent(folder.resolve("backups").toAbsolutePath().normalize());
        assertThat(leftovers()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("desk.mv.db"))))
                .isEqualTo("rw-------");
        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(workspace.initiatives().list()).extracting(InitiativeSummary::id).contains(deleted.id());
            assertThat(workspace.info().rowCounts()).isEqualTo(before);
        }
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndNothingChanges() throws IOException {
        Path good;
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
            good = workspace.backups().backUpTo(elsewhere.resolve("good.zip"));
        }
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(elsewhere.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.writeString(elsewhere.resolve("text.zip"), "no zip");
        Path other = zip(elsewhere.resolve("other.zip"), "other.txt");
        Path two = zip(elsewhere.resolve("two.zip"), "desk.mv.db", "desk.trace.db");
        Path junk = zip(elsewhere.resolve("junk.zip"), "desk.mv.db");
        Path missing = elsewhere.resolve("missing.zip");
        Path database = folder.resolve("desk.mv.db");
        byte[] before = Files.readAllBytes(database);
        FileTime modified = Files.getLastModifiedTime(database);

        for (Path file : List.of(truncated, text, other, two, junk, missing)) {
            assertThatThrownBy(() -> RestoreService.check(file, folder)).as(file.toString())
                    .isInstanceOfSatisfying(DeskException.class,
                            e -> assertThat(e.key()).startsWith("error.restore."));
            assertThat(leftovers()).as(file.toString()).isEmpty();
            assertThat(Files.readAllBytes(database)).as(file.toString()).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(database)).as(file.toString()).isEqualTo(modified);
        }
    }

    @Test
    void aBackupFromANewerSchemaIsRefused() throws Exception {
        Path newer = elsewhere.resolve("newer");
        try (Workspace workspace = Workspace.open(newer)) {
            workspace.backups();
        }
        String url = "jdbc:h2:file:" + newer.resolve("desk").toAbsolutePath();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "desk",
                TestCredentials.userPassword(newer));
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " SELECT MAX(\"installed_rank\") + 1, '9999', 'from a newer Desk', 'SQL', 'V9999__newer.sql',"
                    + " 'desk', 0, TRUE FROM \"flyway_schema_history\"");
        }
        Path backup;
        // a workspace refuses a newer schema before it writes anything, so the backup is made on the plain database
        try (Database database = Database.open(newer, OpenOptions.STANDARD, TestCredentials.of(newer))) {
            backup = new BackupService(database, Clock.systemDefaultZone(), () -> { }).backUpTo(elsewhere.resolve("newer.zip"));
        }

        assertThatThrownBy(() -> RestoreService.check(backup, folder))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("error.restore.newer"));
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("restore-")).toList();
        }
    }

    static Path zip(Path file, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("not a database".getBytes());
                zip.closeEntry();
            }
        }
        return file;
    }
}
