package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.service.RestoreService.Restored;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.StatisticsRepository.WorkCounts;
import de.digitaldialog.desk.store.StorageProblem;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the open database, written by H2 ({@code BACKUP TO}) so they are consistent, into the
 * data folder's {@code backups/} or a file the user names; readable by their owner only. A backup
 * never overwrites a file. Those in the backup folder carry what they hold in a sidecar file
 * ({@link BackupSidecar}) and are rotated ({@link BackupRotation}) after each one written there.
 * One instance per workspace: backups and a restore in place never run at the same time.
 */
public final class BackupService {

    /**
     * One backup file: when it was written, how large it is in bytes, why it was written, what it
     * holds (unknown for a zip without its sidecar) and whether its database is encrypted (false for
     * a backup from before issue 12, which holds no side file).
     */
    public record Backup(Path file, Instant time, long size, BackupReason reason, Optional<Contents> contents,
                         boolean encrypted) {
    }

    /** The counts of initiatives and meetings a backup holds, and its schema version. */
    public record Contents(long initiatives, long meetings, String schemaVersion) {
    }

    private static final String PREFIX = "desk-";
    private static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Database database;
    private final Clock clock;
    private final Runnable afterRestore;

    /** {@code afterRestore} runs once a restored database is open again, e.g. to reread cached rows. */
    public BackupService(Database database, Clock clock, Runnable afterRestore) {
        this.database = database;
        this.clock = clock;
        this.afterRestore = afterRestore;
    }

    /** The folder the backups go to: the one named in the data folder's preferences, or its {@code backups/}. */
    public Path folder() {
        return Preferences.load(database.folder()).backupFolder();
    }

    /** A backup the user asked for, into {@link #folder()}. */
    public Path backUp() {
        return backUp(BackupReason.MANUAL);
    }

    /**
     * Writes a backup into {@link #folder()}, named {@code desk-YYYYMMDD-HHMMSS.zip} after the
     * local time, with {@code -2}, {@code -3} … added when that name is taken, its sidecar beside it;
     * then rotates the folder's backups.
     *
     * @return the absolute file written
     */
    public synchronized Path backUp(BackupReason reason) {
        Path folder = folder();
        try {
            Files.createDirectories(folder, OwnerOnly.folder());
        } catch (IOException e) {
            throw new DeskException(e, "error.backup.write", folder, StorageProblem.of(e));
        }
        String stamp = PREFIX + LocalDateTime.now(clock).format(STAMP);
        for (int n = 1; ; n++) {
            Path file = folder.resolve(stamp + (n == 1 ? "" : "-" + n) + SUFFIX);
            try {
                claim(file);
            } catch (FileAlreadyExistsException taken) {
                LOG.debug("Backup name {} is taken, trying the next", file);
                continue;
            }
            write(file, (contents, encrypted) -> BackupSidecar.write(file, reason, contents, encrypted));
            rotate(folder);
            return file;
        }
    }

    /**
     * Writes a backup into {@code target}, which may not exist yet.
     *
     * @return the absolute file written
     * @throws DeskException {@code error.backup.exists} when the file exists, {@code error.backup.write}
     *                       when it cannot be written
     */
    public synchronized Path backUpTo(Path target) {
        Path file = target.toAbsolutePath().normalize();
        try {
            return write(claim(file), (contents, encrypted) -> { });
        } catch (FileAlreadyExistsException e) {
            throw new DeskException(e, "error.backup.exists", file);
        }
    }

    /**
     * Deletes the backups in the backup folder that were made before the database was encrypted
     * (they hold its data in clear); the newest encrypted backup is never touched.
     *
     * @return how many were deleted
     */
    public synchronized int deleteUnencrypted() {
        if (!EncryptionService.encrypted(database.folder())) {
            return 0;
        }
        int deleted = 0;
        for (Backup backup : list()) {
            if (!backup.encrypted()) {
                try {
                    Files.deleteIfExists(backup.file());
                    BackupSidecar.delete(backup.file());
                    deleted++;
                } catch (IOException e) {
                    throw new DeskException(e, "error.backup.delete", backup.file());
                }
            }
        }
        LOG.info("Deleted {} unencrypted backups", deleted);
        return deleted;
    }

    /** The backups in {@link #folder()}, newest first; none when the folder does not exist. */
    public List<Backup> list() {
        return list(folder());
    }

    /**
     * The backups in {@code folder}, newest first; none when it does not exist. Needs no open
     * database, so a damaged one can be offered its newest backup.
     */
    public static List<Backup> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file)) {
                    BackupSidecar.Facts facts = BackupSidecar.read(file);
                    backups.add(new Backup(file, Files.getLastModifiedTime(file).toInstant(), Files.size(file),
                            facts.reason(), facts.contents(),
                            facts.encrypted().orElseGet(() -> BackupKey.encrypted(file))));
                }
            }
        } catch (IOException e) {
            throw new DeskException(e, "error.backup.list", folder, StorageProblem.of(e));
        }
        backups.sort(Comparator.comparing(Backup::time).thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return List.copyOf(backups);
    }

    /**
     * Deletes what {@link BackupRotation} drops among this program's {@code desk-*.zip} in the
     * folder, each with its sidecar; a file that cannot be deleted is logged and left.
     */
    private void rotate(Path folder) {
        Preferences preferences = Preferences.load(database.folder());
        for (Backup dropped : BackupRotation.toDrop(list(folder), clock.getZone(), preferences.backupCapBytes())) {
            try {
                Files.deleteIfExists(dropped.file());
                BackupSidecar.delete(dropped.file());
                LOG.info("Rotated out the backup {}", dropped.file());
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}", dropped.file(), e);
            }
        }
    }

    /**
     * Restores {@code backup} in the open database: checks it on a copy, backs up the current state,
     * closes the database, puts the copy in place and opens it again, so the services keep working.
     */
    public Restored restore(Path backup) {
        return restore(backup, Passphrase.NONE);
    }

    /** As {@link #restore(Path)} for an encrypted backup, opened with {@code passphrase}. */
    public Restored restore(Path backup, Passphrase passphrase) {
        try (RestoreService.Checked checked = RestoreService.check(backup, database.folder(), passphrase)) {
            return restore(checked);
        }
    }

    /** As {@link #restore(Path)}, for a backup already checked (before this database was opened). */
    public synchronized Restored restore(RestoreService.Checked checked) {
        Path previous = backUp(BackupReason.RESTORE);
        AtomicReference<Restored> restored = new AtomicReference<>();
        // reopened with the backup's credentials once it is in place
        database.reopenAfter(() -> restored.set(checked.install(database.folder(), previous)),
                current -> restored.get() == null ? current : checked.credentials());
        afterRestore.run();
        return restored.get();
    }

    /** Creates the empty file, owner-only, so no other backup and no other file can take its name. */
    private static Path claim(Path file) throws FileAlreadyExistsException {
        try {
            return Files.createFile(file, OwnerOnly.file());
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            throw new DeskException(e, "error.backup.write", file, StorageProblem.of(e));
        }
    }

    /** What is written beside a backup once the zip is complete. */
    @FunctionalInterface
    private interface Beside {
        void write(Contents contents, boolean encrypted) throws IOException;
    }

    private Path write(Path file, Beside beside) {
        boolean written = false;
        try {
            // counted first: a change committed during the backup is then in the zip, not missing from it
            WorkCounts counts = database.read(store -> store.statistics().workCounts());
            Contents contents = new Contents(counts.initiatives(), counts.meetings(), database.schemaVersion());
            database.backupTo(file);
            Optional<FolderKey> key = FolderKey.read(database.folder());
            if (key.isPresent()) {
                BackupKey.add(file, key.get());
            }
            OwnerOnly.restrict(file);
            beside.write(contents, key.isPresent() && key.get().encrypted());
            written = true;
            LOG.info("Backup written to {}", file);
            return file;
        } catch (IOException e) {
            throw new DeskException(e, "error.backup.write", file, StorageProblem.of(e));
        } finally {
            if (!written) {
                try {
                    Files.deleteIfExists(file);
                    BackupSidecar.delete(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete the unfinished backup {}", file, e);
                }
            }
        }
    }
}
