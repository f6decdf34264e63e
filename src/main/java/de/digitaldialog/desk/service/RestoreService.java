package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Credentials;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.FileEncryption;
import de.digitaldialog.desk.store.OpenOptions;
import de.digitaldialog.desk.store.StorageProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restoring a backup in two steps: {@link #check} unpacks and opens a copy in a temporary folder
 * inside the data folder and changes nothing else; {@link Checked#install} then replaces the data
 * folder's database file by that copy and its side file by the backup's, once the caller has
 * closed the database.
 */
public final class RestoreService {

    /** What a restore brought back, and where the state before it was saved. */
    public record Restored(Path file, long initiatives, long meetings, Path previous) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    private RestoreService() {
    }

    /** A backup unpacked, opened (so migrated to the current schema), counted and closed again. */
    public static final class Checked implements AutoCloseable {
        private final Path file;
        private final Path temp;
        private final long initiatives;
        private final long meetings;
        /** The side file that opens the copy; null: the folder keeps its own (an old migration backup put back). */
        private final FolderKey key;
        private final Credentials credentials;

        private Checked(Path file, Path temp, long initiatives, long meetings, FolderKey key,
                        Credentials credentials) {
            this.file = file;
            this.temp = temp;
            this.initiatives = initiatives;
            this.meetings = meetings;
            this.key = key;
            this.credentials = credentials;
        }

        /** What opens the checked copy. */
        Credentials credentials() {
            return credentials;
        }

        /**
         * Moves the checked copy over the database file of {@code folder}, whose database must be
         * closed, and puts the backup's side file in place with it.
         */
        public Restored install(Path folder, Path previous) {
            Path target = folder.resolve(Database.DATABASE_FILE);
            FolderKey.FileMove move = () -> Files.move(temp.resolve(Database.DATABASE_FILE), target,
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try {
                if (key == null) {
                    move.run();
                } else {
                    key.replace(folder, move);
                }
                OwnerOnly.restrict(target);
            } catch (IOException e) {
                throw new DeskException(e, "error.restore.write", file, StorageProblem.of(e));
            }
            LOG.info("Restored {} into {}", file, folder);
            return new Restored(file, initiatives, meetings, previous);
        }

        /** Removes the temporary folder. */
        @Override
        public void close() {
            deleteTree(temp);
        }
    }

    /**
     * Checks {@code backup} without changing anything but a temporary folder in {@code dataFolder},
     * which is gone again when the check fails.
     *
     * @throws DeskException {@code error.restore.missing}, {@code error.restore.notBackup},
     *                       {@code error.restore.damaged} or {@code error.restore.newer}
     */
    public static Checked check(Path backup, Path dataFolder) {
        return check(backup, dataFolder, Passphrase.NONE);
    }

    /**
     * As {@link #check(Path, Path)} for an encrypted backup, opened with {@code passphrase} and the
     * backup's own side file. A backup from before issue 12 (no side file, the empty password) gets
     * the password of the folder's side file, or a new one.
     *
     * @throws DeskException also {@code error.passphrase.missing}, {@code error.passphrase.wrong} when
     *                       the passphrase does not fit the backup (one from before a change), and
     *                       {@code error.restore.unencrypted} for an unencrypted backup into an encrypted folder
     */
    public static Checked check(Path backup, Path dataFolder, Passphrase passphrase) {
        Path file = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new DeskException("error.restore.missing", file);
        }
        Path temp;
        try {
            OwnerOnly.createFolder(dataFolder);
            temp = Files.createTempDirectory(dataFolder, "restore-", OwnerOnly.folder());
        } catch (IOException e) {
            throw new DeskException(e, "error.restore.write", file, StorageProblem.of(e));
        }
        boolean checked = false;
        try {
            Optional<FolderKey> backupKey = unpack(file, temp);
            boolean encrypted = backupKey.map(FolderKey::encrypted).orElse(false);
            if (!encrypted && EncryptionService.encrypted(dataFolder)) {
                throw new DeskException("error.restore.unencrypted", file);
            }
            FolderKey key = backupKey.orElseGet(() -> FolderKey.read(dataFolder).orElseGet(FolderKey::unencrypted));
            Credentials credentials = key.unlock(passphrase);
            Database copy;
            try {
                copy = Database.open(temp, OpenOptions.STANDARD,
                        backupKey.isPresent() ? credentials : Credentials.LEGACY);
            } catch (DeskException e) {
                throw new DeskException(e, "error.restore.damaged", file);
            }
            Checked result;
            try (copy) {
                if (backupKey.isEmpty()) {
                    FileEncryption.setUserPassword(copy, credentials.userPassword());
                }
                if (copy.schemaNewerThanShipped()) {
                    throw new DeskException("error.restore.newer", file, copy.schemaVersion());
                }
                Map<String, Long> counts = new InfoService(copy).rowCounts();
                result = new Checked(file, temp, counts.getOrDefault("initiative", 0L),
                        counts.getOrDefault("meeting", 0L), key, credentials);
            }
            checked = true;
            return result;
        } finally {
            if (!checked) {
                deleteTree(temp);
            }
        }
    }

    /**
     * Puts a backup taken just before a migration back over the database file of {@code folder},
     * whose database must be closed: unpacked as it is, not opened (opening would migrate it again).
     */
    public static void putBack(Path backup, Path folder) {
        Path temp;
        try {
            temp = Files.createTempDirectory(folder, "restore-", OwnerOnly.folder());
        } catch (IOException e) {
            throw new DeskException(e, "error.restore.write", backup, StorageProblem.of(e));
        }
        try {
            Optional<FolderKey> key = unpack(backup, temp);
            new Checked(backup, temp, 0, 0, key.orElse(null), null).install(folder, backup);
        } finally {
            deleteTree(temp);
        }
    }

    /**
     * Unpacks the database a backup holds and reads its side file (none in a backup from before
     * issue 12); any other entry means it is not a backup of this program.
     */
    private static Optional<FolderKey> unpack(Path file, Path temp) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(Database.DATABASE_FILE);
            boolean foreign = zip.stream().map(ZipEntry::getName)
                    .anyMatch(name -> !name.equals(Database.DATABASE_FILE) && !name.equals(FolderKey.FILE_NAME));
            if (entry == null || foreign) {
                throw new DeskException("error.restore.notBackup", file, Database.DATABASE_FILE);
            }
            // created owner-only: Files.copy would create it with the system's default rights
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(
                    Files.createFile(temp.resolve(Database.DATABASE_FILE), OwnerOnly.file()))) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new DeskException(e, "error.restore.damaged", file);
            }
            return BackupKey.read(zip);
        } catch (IOException | IllegalArgumentException e) {
            throw new DeskException(e, "error.restore.notBackup", file, Database.DATABASE_FILE);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary folder {}", folder, e);
        }
    }
}
