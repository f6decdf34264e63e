package de.digitaldialog.desk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.FolderState;
import de.digitaldialog.desk.service.Listing;
import de.digitaldialog.desk.service.RestoreService;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.OpenOptions;
import de.digitaldialog.desk.testsupport.TestCredentials;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file is caught before it is opened and never written to; a newer schema is refused; info and list only read. */
class DamagedFolderTest {

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void aFolderWithData() {
        file = folder.resolve(Database.DATABASE_FILE);
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
        }
    }

    /** Bytes and modification time: what must stay as it was. */
    private String fingerprint() throws Exception {
        if (!Files.exists(file)) {
            return "missing";
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
                + "@" + Files.getLastModifiedTime(file).toMillis();
    }

    private DatabaseDamagedException refused(String kind) throws Exception {
        String before = fingerprint();
        DatabaseDamagedException[] caught = new DatabaseDamagedException[1];
        assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOfSatisfying(DatabaseDamagedException.class, e -> {
            assertThat(e.key()).isEqualTo("error.database.damaged." + kind);
            assertThat(e.folder()).isEqualTo(folder);
            caught[0] = e;
        });
        assertThatThrownBy(() -> Workspace.openReadOnly(folder)).isInstanceOf(DatabaseDamagedException.class);
        assertThat(fingerprint()).isEqualTo(before);
        return caught[0];
    }

    private void overwrite(long at, byte[] bytes) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.seek(at);
            out.write(bytes);
        }
    }

    @Test
    void aMissingFileIsNotReplacedByANewEmptyDatabase() throws Exception {
        Files.delete(file);
        DatabaseDamagedException e = refused("missing");
        assertThat(file).doesNotExist();
        assertThat(Messages.of(Locale.GERMAN).of(e)).contains("fehlt", "Es gibt keine Sicherung.");
    }

    @Test
    void aZeroByteFileIsRefused() throws Exception {
        Files.write(file, new byte[0]);
        refused("empty");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aTruncatedFileIsRefusedAndTheMessageNamesTheNewestBackup() throws Exception {
        Path backup;
        try (Workspace workspace = Workspace.open(folder)) {
            backup = workspace.backups().backUp();
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        DatabaseDamagedException e = refused("truncated");

        assertThat(e.args()).containsExactly(folder, backup.toString(), 1);
        assertThat(Messages.of(Locale.ENGLISH).of(e)).contains("desk restore \"" + backup + "\"");
    }

    @Test
    void anOverwrittenHeaderIsRefused() throws Exception {
        overwrite(0, "garbage".repeat(20).getBytes());
        refused("header");
        overwrite(4096, "garbage".repeat(20).getBytes());
        refused("header");
    }

    @Test
    void zeroedPagesBehindASoundHeaderAreCaughtAndLeftAsTheyWere() throws Exception {
        overwrite(8192, new byte[(int) Files.size(file) - 8192]);
        String before = fingerprint();

        assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOf(DatabaseDamagedException.class);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void fewerRowsThanAtTheLastCleanCloseAreDamage() throws Exception {
        FolderState state = FolderState.read(folder).orElseThrow();
        var counts = new HashMap<>(state.counts());
        counts.put("initiative", 17L);
        new FolderState(state.schemaVersion(), true, counts, state.size(), state.compactedSize(), null, null)
                .write(folder);
        refused("counts");
    }

    @Test
    void afterAnUncleanCloseASoundFileIsReadInFullAndOpens() {
        FolderState.read(folder).orElseThrow().opened().write(folder);
        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(WorkspaceOpeningTest.initiatives(workspace)).isEqualTo(16);
        }
    }

    @Test
    void afterAnUncleanCloseTheFullCheckCatchesARowWhoseParentIsGone() throws Exception {
        WorkspaceOpeningTest.sql(folder, "SET REFERENTIAL_INTEGRITY FALSE",
                "DELETE FROM meeting WHERE id = (SELECT MIN(meeting_id) FROM agenda_item)");
        FolderState.read(folder).orElseThrow().opened().write(folder);
        refused("check");
    }

    @Test
    void aSchemaFromANewerDeskIsRefusedBeforeAnythingIsWritten() throws Exception {
        WorkspaceOpeningTest.sql(folder, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                + " SELECT MAX(\"installed_rank\") + 1, '9', 'from a newer Desk', 'SQL', 'V9__newer.sql',"
                + " 'desk', 0, TRUE FROM \"flyway_schema_history\"");
        Files.delete(folder.resolve("desk.state"));

        refusedUnchanged(() -> Workspace.open(folder), "error.database.newer", folder, "9", "6");
    }

    private void refusedUnchanged(ThrowingCallable open, String key, Object... args) throws Exception {
        String before = fingerprint();
        assertThatThrownBy(open).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.args()).containsExactly(args);
        });
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void infoAndListOnlyRead() throws Exception {
        String before = fingerprint();
        Thread.sleep(20);
        try (Workspace workspace = Workspace.openReadOnly(folder)) {
            assertThat(WorkspaceOpeningTest.initiatives(workspace)).isEqualTo(16);
            assertThat(workspace.listing().lines(Listing.Kind.MEETINGS, Locale.GERMAN, true)).hasSize(3);
        }
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(FolderState.read(folder).orElseThrow().clean()).isTrue();
    }

    @Test
    void infoOnADatabaseThatNeedsAMigrationSaysSoAndChangesNothing(@TempDir Path old) throws Exception {
        Flyway.configure().dataSource("jdbc:h2:file:" + old.resolve("desk"), "desk", "")
                .locations("classpath:db/migration").target("5").load().migrate();
        file = old.resolve(Database.DATABASE_FILE);

        refusedUnchanged(() -> Workspace.openReadOnly(old), "error.database.needsMigration", old, "5", "6");
    }

    @Test
    void aDamagedFolderIsRestoredFromABackupAndTheDamagedFileIsKeptAside() throws Exception {
        Path backup;
        try (Workspace workspace = Workspace.open(folder)) {
            backup = workspace.backups().backUp();
        }
        Files.write(file, new byte[0]);
        refused("empty");

        try (RestoreService.Checked checked = RestoreService.check(backup, folder)) {
            RestoreService.Restored restored = Workspace.restoreOverDamaged(folder, checked);
            assertThat(restored.initiatives()).isEqualTo(16);
            assertThat(restored.previous().getParent()).isEqualTo(folder.resolve("damaged"));
            assertThat(Files.size(restored.previous())).isZero();
        }
        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(WorkspaceOpeningTest.initiatives(workspace)).isEqualTo(16);
        }
        try (var files = Files.list(folder.resolve("damaged"))) {
            assertThat(files.toList()).hasSize(1);
        }
    }

    @Test
    void aFileThatGrewMuchIsCompactedAtClose() throws Exception {
        long grown;
        try (Workspace workspace = Workspace.open(folder)) {
            String url = "jdbc:h2:file:" + folder.resolve("desk").toAbsolutePath()
                    + ";FILE_LOCK=FILE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
            try (Connection connection = DriverManager.getConnection(url, "desk", TestCredentials.userPassword(folder));
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE test_filler (id INT PRIMARY KEY, pad VARCHAR(2000))");
                for (int round = 0; round < 3; round++) {
                    statement.execute("INSERT INTO test_filler SELECT X, REPEAT('x', 1000) FROM SYSTEM_RANGE(1, 5000)");
                    statement.execute("DELETE FROM test_filler");
                }
                statement.execute("DROP TABLE test_filler");
            }
            grown = Files.size(file);
            assertThat(WorkspaceOpeningTest.initiatives(workspace)).isEqualTo(16);
        }
        long compacted = Files.size(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("H2 compacts into a new file; it is made its owner's only").isEqualTo("rw-------");
        FolderState state = FolderState.read(folder).orElseThrow();
        assertThat(grown).isGreaterThan(4L * 1024 * 1024);
        assertThat(state.compactedSize()).isEqualTo(compacted);
        assertThat(state.size()).isEqualTo(compacted);

        Database again = Database.open(folder, OpenOptions.STANDARD, TestCredentials.of(folder));
        again.closeCompacted();
        assertThat(compacted).isLessThanOrEqualTo(2 * Files.size(file)).isLessThan(grown / 2);
        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(WorkspaceOpeningTest.initiatives(workspace)).isEqualTo(16);
        }
        assertThat(List.of(FolderState.read(folder).orElseThrow().compactedSize())).containsExactly(compacted);
    }
}
