package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.StorageProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restoring a backup in two steps: {@link #check} unpacks and opens a copy in a temporary folder
 * inside the data folder and changes nothing else; {@link Checked#install} then replaces the data
 * folder's database file by that copy, once the caller has closed the database.
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

        private Checked(Path file, Path temp, long initiatives, long meetings) {
            this.file = file;
            this.temp = temp;
            this.initiatives = initiatives;
            this.meetings = meetings;
        }

        /** Moves the checked copy over the database file of {@code folder}, whose database must be closed. */
        public Restored install(Path folder, Path previous) {
            Path target = folder.resolve(Database.DATABASE_FILE);
            try {
                Files.move(temp.resolve(Database.DATABASE_FILE), target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
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
     * As {@link #check(Path, Path)} for an encrypted backup, opened with {@code passphrase}.
     *
     * @throws DeskException also {@code error.passphrase.wrong} when the passphrase does not fit the backup
     */
    public static Checked check(Path backup, Path dataFolder, Passphrase passphrase) {
        Path file = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new DeskException("error.restore.missing", file);
        }
        Path temp;
        try {
            Files.createDirectories(dataFolder);
            temp = Files.createTempDirectory(dataFolder, "restore-", OwnerOnly.folder());
        } catch (IOException e) {
            throw new DeskException(e, "error.restore.write", file, StorageProblem.of(e));
        }
        boolean checked = false;
        try {
            unpack(file, temp);
            Database copy;
            try {
                copy = Database.open(temp);
            } catch (DeskException e) {
                throw new DeskException(e, "error.restore.damaged", file);
            }
            Checked result;
            try (copy) {
                if (copy.schemaNewerThanShipped()) {
                    throw new DeskException("error.restore.newer", file, copy.schemaVersion());
                }
                Map<String, Long> counts = new InfoService(copy).rowCounts();
                result = new Checked(file, temp, counts.getOrDefault("initiative", 0L),
                        counts.getOrDefault("meeting", 0L));
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
            unpack(backup, temp);
            new Checked(backup, temp, 0, 0).install(folder, backup);
        } finally {
            deleteTree(temp);
        }
    }

    /** Unpacks the one entry a backup holds; anything else is not a backup of this program. */
    private static void unpack(Path file, Path temp) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            ZipEntry entry = entries.hasMoreElements() ? entries.nextElement() : null;
            if (entry == null || entries.hasMoreElements() || !Database.DATABASE_FILE.equals(entry.getName())) {
                throw new DeskException("error.restore.notBackup", file, Database.DATABASE_FILE);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, temp.resolve(Database.DATABASE_FILE));
            } catch (IOException e) {
                throw new DeskException(e, "error.restore.damaged", file);
            }
        } catch (IOException e) {
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
