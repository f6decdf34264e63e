package de.digitaldialog.desk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.service.BackupService;
import de.digitaldialog.desk.service.BackupService.Backup;
import de.digitaldialog.desk.service.ConsistencyService;
import de.digitaldialog.desk.service.FolderKey;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.service.RestoreService;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.testsupport.TestCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passphrase round trip on the workspace: set, reopen, change, backups under each key, restore.
 * Each key derivation costs most of a second, so one test walks the whole trip.
 */
class EncryptionTest {

    /** A title from the example data: in clear in an unencrypted file, nowhere once encrypted. */
    private static final byte[] TITLE = "Gemeinsame Kabinettssitzung Bayern".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private static Passphrase passphrase(String text) {
        return Passphrase.of(text.toCharArray());
    }

    private Path file() {
        return folder.resolve(Database.DATABASE_FILE);
    }

    @Test
    void setReopenChangeAndRestoreUnderEachKey() throws Exception {
        Map<String, Long> counts;
        Path plainBackup;
        Path firstKeyBackup;
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
            counts = workspace.info().rowCounts();
            plainBackup = workspace.backups().backUp();
            assertThat(Files.readAllBytes(file())).as("unencrypted").satisfies(bytes -> assertThat(contains(bytes))
                    .isTrue());

            workspace.encryption().set(passphrase("erste Passphrase"));

            assertThat(workspace.encryption().encrypted()).isTrue();
            assertThat(workspace.info().rowCounts()).as("reopened under the new key").isEqualTo(counts);
            List<Backup> backups = workspace.backups().list();
            assertThat(backups).extracting(Backup::encrypted).containsExactly(true, false, false);
            firstKeyBackup = backups.get(0).file();
            assertThatThrownBy(() -> RestoreService.check(plainBackup, folder, passphrase("erste Passphrase")))
                    .isInstanceOfSatisfying(DeskException.class,
                            e -> assertThat(e.key()).isEqualTo("error.restore.unencrypted"));
            assertThat(workspace.backups().deleteUnencrypted()).isEqualTo(2);
            assertThat(workspace.backups().list()).extracting(Backup::file).containsExactly(firstKeyBackup);
        }
        assertThat(contains(Files.readAllBytes(file()))).as("title in the encrypted file").isFalse();
        for (Path written : List.of(file(), folder.resolve(FolderKey.FILE_NAME), firstKeyBackup)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).as(written.toString())
                    .isEqualTo("rw-------");
        }
        assertThat(contains(Files.readAllBytes(firstKeyBackup))).as("title in the zip").isFalse();
        assertThat(contains(entry(firstKeyBackup, Database.DATABASE_FILE))).as("title in the zip's file").isFalse();
        Properties side = new Properties();
        side.load(new ByteArrayInputStream(entry(firstKeyBackup, FolderKey.FILE_NAME)));
        assertThat(Integer.parseInt(side.getProperty("iterations"))).isGreaterThanOrEqualTo(600_000);
        assertThat(Workspace.encrypted(folder)).isTrue();

        refusedUnchanged(() -> Workspace.open(folder), "error.passphrase.missing");
        refusedUnchanged(() -> Workspace.open(folder, passphrase("falsche Passphrase")), "error.passphrase.wrong");

        try (Workspace workspace = Workspace.open(folder, passphrase("erste Passphrase"))) {
            assertThatThrownBy(() -> workspace.encryption().set(passphrase("noch eine")))
                    .isInstanceOfSatisfying(DeskException.class,
                            e -> assertThat(e.key()).isEqualTo("error.passphrase.alreadySet"));
            workspace.encryption().change(passphrase("erste Passphrase"), passphrase("zweite Passphrase"));
            assertThat(workspace.info().rowCounts()).isEqualTo(counts);
        }

        refusedUnchanged(() -> Workspace.openReadOnly(folder, passphrase("erste Passphrase")),
                "error.passphrase.wrong");
        assertThat(ConsistencyService.check(folder, passphrase("zweite Passphrase")).clean()).isTrue();
        try (Workspace workspace = Workspace.open(folder, passphrase("zweite Passphrase"))) {
            assertThat(workspace.backups().list()).hasSize(3).allMatch(Backup::encrypted);
            assertThatThrownBy(() -> workspace.backups().restore(firstKeyBackup, passphrase("zweite Passphrase")))
                    .as("a backup from before the change keeps its passphrase")
                    .isInstanceOfSatisfying(DeskException.class,
                            e -> assertThat(e.key()).isEqualTo("error.passphrase.wrong"));
            workspace.backups().restore(firstKeyBackup, passphrase("erste Passphrase"));
            assertThat(workspace.info().rowCounts()).isEqualTo(counts);
        }
        Properties restored = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(FolderKey.FILE_NAME))) {
            restored.load(in);
        }
        assertThat(restored.getProperty("salt")).as("the restored backup brought its key")
                .isEqualTo(side.getProperty("salt"));
    }

    @Test
    void aFolderFromBeforeIssue12GetsARandomPasswordAlsoWhenStoppedBeforeSettingIt() throws Exception {
        Path legacy = Files.createDirectory(folder.resolve("legacy"));
        Database.open(legacy).close();
        Files.copy(legacy.resolve(Database.DATABASE_FILE), file());
        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(workspace.encryption().encrypted()).isFalse();
        }
        String password = TestCredentials.userPassword(folder);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(emptyPasswordRefused(folder)).isTrue();

        // a backup from before issue 12 (no side file, the empty password) gets the folder's password
        Path oldBackup;
        try (Database database = Database.open(legacy)) {
            oldBackup = new BackupService(database, Clock.systemDefaultZone(), () -> { })
                    .backUpTo(legacy.resolve("old.zip"));
        }
        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(workspace.backups().restore(oldBackup).file()).isEqualTo(oldBackup);
            assertThat(workspace.info().rowCounts()).containsEntry("theme_area", 8L);
        }
        assertThat(TestCredentials.userPassword(folder)).isEqualTo(password);
        Workspace.openReadOnly(folder).close();

        // the side file written, the password not yet given: the empty one is taken once and replaced
        Path stopped = Files.createDirectory(folder.resolve("stopped"));
        Files.copy(legacy.resolve(Database.DATABASE_FILE), stopped.resolve(Database.DATABASE_FILE));
        FolderKey.unencrypted().write(stopped);
        try (Workspace workspace = Workspace.open(stopped)) {
            assertThat(workspace.info().rowCounts()).containsEntry("theme_area", 8L);
        }
        assertThat(emptyPasswordRefused(stopped)).isTrue();
    }

    /** Read-only: H2 opening a file for writing may shorten it at close, also when it refuses the password. */
    private static boolean emptyPasswordRefused(Path folder) {
        try {
            DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("desk") + ";ACCESS_MODE_DATA=r", "desk", "")
                    .close();
            return false;
        } catch (SQLException e) {
            return e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD;
        }
    }

    private void refusedUnchanged(ThrowingCallable open, String key) throws IOException {
        byte[] before = Files.readAllBytes(file());
        List<Path> files = files();
        assertThatThrownBy(open).isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo(key));
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(files()).isEqualTo(files);
    }

    private List<Path> files() throws IOException {
        try (var paths = Files.list(folder)) {
            return paths.sorted().toList();
        }
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " not in " + zip);
    }

    private static boolean contains(byte[] bytes) {
        for (int at = 0; at <= bytes.length - TITLE.length; at++) {
            if (Arrays.equals(bytes, at, at + TITLE.length, TITLE, 0, TITLE.length)) {
                return true;
            }
        }
        return false;
    }
}
