package de.digitaldialog.desk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.service.FolderState;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.OpenOptions;
import de.digitaldialog.desk.testsupport.DatabaseHolder;
import de.digitaldialog.desk.testsupport.TestCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder lock, the marker, the first start and migrations guarded by a backup. */
class WorkspaceOpeningTest {

    static final OpenOptions FAILING = OpenOptions.STANDARD.withMigrations("classpath:db/testmigration-fail");
    static final OpenOptions SLOW = OpenOptions.STANDARD.withMigrations("classpath:db/testmigration-slow");

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve(Database.DATABASE_FILE);
    }

    private FolderState marker() {
        return FolderState.read(folder).orElseThrow();
    }

    /** Runs SQL on the closed database of {@code folder} behind the Desk's back, as a damage or an older Desk would. */
    static void sql(Path folder, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("desk") + ";TRACE_LEVEL_FILE=0", "desk",
                TestCredentials.userPassword(folder));
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static long initiatives(Workspace workspace) {
        return workspace.info().rowCounts().get("initiative");
    }

    @Test
    void aSecondDeskOnTheFolderIsRefusedAsInUseUntilTheFirstCloses() throws Exception {
        try (Workspace first = Workspace.open(folder)) {
            assertThatThrownBy(() -> Workspace.open(folder))
                    .isInstanceOfSatisfying(DeskException.class,
                            e -> assertThat(e.key()).isEqualTo("error.database.inUse"));
            assertThatThrownBy(() -> Workspace.openReadOnly(folder))
                    .isInstanceOfSatisfying(DeskException.class,
                            e -> assertThat(e.key()).isEqualTo("error.database.inUse"));
            assertThat(first.info().schemaVersion()).isEqualTo("6");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("desk.lock"))))
                .isEqualTo("rw-------");
        try (Workspace again = Workspace.open(folder)) {
            assertThat(again.info().schemaVersion()).isEqualTo("6");
        }
    }

    @Test
    void aFolderWhoseDeskWasKilledOpensAgainAlsoForReadingOnly() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
        }
        Process killed = DatabaseHolder.start(folder);
        killed.destroyForcibly().waitFor();
        assertThat(folder.resolve(Database.H2_LOCK_FILE)).as("H2's lock file left behind").exists();

        try (Workspace reading = Workspace.openReadOnly(folder)) {
            assertThat(reading.initiatives().list()).isNotEmpty();
        }
        try (Workspace writing = Workspace.open(folder)) {
            assertThat(writing.initiatives().list()).isNotEmpty();
        }
        assertThat(folder.resolve(Database.H2_LOCK_FILE)).doesNotExist();
    }

    @Test
    void theMarkerRecordsTheFirstStartAnUncleanOpenAndTheCleanCloseWithItsCounts() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(marker().clean()).isFalse();
            assertThat(marker().schemaVersion()).isEqualTo("6");
            workspace.demoData().load(false);
        }
        FolderState closed = marker();
        assertThat(closed.clean()).isTrue();
        assertThat(closed.migrating()).isFalse();
        assertThat(closed.size()).isEqualTo(Files.size(file()));
        assertThat(closed.counts()).containsEntry("initiative", 16L).containsEntry("meeting", 3L)
                .containsKeys(FolderState.CORE_TABLES.toArray(String[]::new));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("desk.state"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(folder.resolve("first-start.tmp")).doesNotExist();
    }

    @Test
    void aFirstStartKilledHalfWayLeavesOnlyItsTemporaryFolderAndTheNextStartBeginsAgain() throws Exception {
        Path leftover = Files.createDirectories(folder.resolve("first-start.tmp"));
        Files.write(leftover.resolve(Database.DATABASE_FILE), new byte[] {1, 2, 3});

        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(workspace.info().schemaVersion()).isEqualTo("6");
        }
        assertThat(leftover).doesNotExist();
        assertThat(marker().schemaVersion()).isEqualTo("6");
    }

    @Test
    void aFolderWithOnlyAFailedFirstMigrationOfAnOlderDeskStartsOverCleanly() throws Exception {
        sql(folder, "CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT PRIMARY KEY,"
                        + " \"version\" VARCHAR(50), \"success\" BOOLEAN NOT NULL)",
                "INSERT INTO \"flyway_schema_history\" VALUES (1, '1', FALSE)",
                "CREATE TABLE installation (id UUID)");

        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(workspace.info().schemaVersion()).isEqualTo("6");
            assertThat(workspace.info().rowCounts()).containsEntry("theme_area", 8L);
        }
    }

    @Test
    void aFolderFromBeforeTheMarkerOpensAsBeforeAndGetsItsMarker() {
        try (Database database = Database.open(folder)) {
            assertThat(database.schemaVersion()).isEqualTo("6");
        }
        assertThat(FolderState.read(folder)).isEmpty();

        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
        }
        assertThat(marker().counts()).containsEntry("initiative", 16L);
    }

    @Test
    void aFailingMigrationPutsTheBackupBackAtOnceAndSaysSo() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
        }

        assertThatThrownBy(() -> Workspace.open(folder, Clock.systemDefaultZone(), FAILING))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.database.migrationUndone");
                    assertThat(e.args()[2].toString()).contains(folder.resolve("backups").toString());
                });

        assertThat(FolderState.read(folder).orElseThrow().migrating()).isFalse();
        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(workspace.info().schemaVersion()).isEqualTo("6");
            assertThat(initiatives(workspace)).isEqualTo(16);
            assertThat(workspace.backups().list()).hasSize(1);
            assertThat(workspace.openingNotices()).isEmpty();
        }
    }

    @Test
    void aMigrationInterruptedByAKillIsUndoneAtTheNextStartWithANotice() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
        }
        Path backup;
        try (Workspace workspace = Workspace.open(folder)) {
            backup = workspace.backups().backUp();
        }
        // what a kill during a migration leaves: the marker saying so, and a half-changed database
        FolderState before = marker();
        sql(folder, "DELETE FROM agenda_item_initiative", "CREATE TABLE test_half_done (id INT)");
        before.migrating("6", backup).write(folder);

        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(workspace.openingNotices()).singleElement().satisfies(notice -> {
                assertThat(notice.key()).isEqualTo("notice.migrationUndone");
                assertThat(notice.args()).containsExactly(backup);
            });
            assertThat(workspace.info().rowCounts().get("agenda_item_initiative")).isPositive();
        }
        assertThat(marker().migrating()).isFalse();
    }

    @Test
    void aPendingMigrationRunsOnlyAfterABackup() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
        }
        try (Workspace workspace = Workspace.open(folder, Clock.systemDefaultZone(), SLOW)) {
            assertThat(workspace.info().schemaVersion()).isEqualTo("7");
            assertThat(workspace.backups().list()).singleElement()
                    .satisfies(backup -> assertThat(backup.size()).isPositive());
        }
        FolderState after = marker();
        assertThat(after.schemaVersion()).isEqualTo("7");
        assertThat(after.counts()).containsEntry("initiative", 16L);
    }

    @Test
    void theMarkerCanBeWrittenAndReadBack() {
        FolderState state = FolderState.fresh("6", 1234).closed("6", Map.of("initiative", 3L), 5678, false);
        state.write(folder);
        assertThat(marker()).isEqualTo(state);
        assertThat(marker().counts()).hasSize(FolderState.CORE_TABLES.size());
        FolderState migrating = state.migrating("6", folder.resolve("b.zip"));
        migrating.write(folder);
        assertThat(marker()).isEqualTo(migrating);
        assertThat(List.of(marker().compactedSize(), marker().size())).containsExactly(1234L, 5678L);
    }
}
