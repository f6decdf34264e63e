package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Credentials;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Database.Guard;
import de.digitaldialog.desk.store.DatabaseFileCheck;
import de.digitaldialog.desk.store.DatabaseProbe;
import de.digitaldialog.desk.store.FileEncryption;
import de.digitaldialog.desk.store.OpenOptions;
import de.digitaldialog.desk.store.StorageProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data folder's database from the safe open to the clean close, under the folder's lock.
 * Opening: lock; put back the backup of an interrupted migration; first start, or a look at the
 * file (present, not shrunk, header readable) and a read-only look inside it (schema not newer,
 * core-table counts as at the last clean close, or after a crash a full read) before anything is
 * written; a migration only after a backup. Closing: compacted when the file has grown well beyond
 * its compacted size, then the marker records the clean close.
 */
public final class FolderSession implements AutoCloseable {

    /** Whether the session may write: commands that only read (info, list) never change the file. */
    public enum Access { WRITE, READ_ONLY }

    /** Compaction is not worth it below this size. */
    static final long COMPACT_FLOOR = 4L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(FolderSession.class);

    private final Path folder;
    private final FolderLock lock;
    private final Access access;
    private final List<OpeningNotice> notices;
    private FolderState state;
    private Database database;
    /** What the database opens with; {@link Credentials#LEGACY} until a folder from before issue 12 has a password. */
    private Credentials credentials;

    private FolderSession(Path folder, FolderLock lock, Access access, List<OpeningNotice> notices) {
        this.folder = folder;
        this.lock = lock;
        this.access = access;
        this.notices = notices;
    }

    /**
     * Opens the database of {@code folder} safely.
     *
     * @param options {@link OpenOptions#STANDARD}, or with a test location of extra migrations
     * @throws DatabaseDamagedException when the file is damaged; it is then not written to
     * @throws DeskException            {@code error.database.inUse}, {@code error.database.newer},
     *                                  {@code error.database.migrationUndone}, {@code error.database.needsMigration} …
     */
    public static FolderSession open(Path folder, OpenOptions options, Access access, Clock clock) {
        return open(folder, options, access, clock, Passphrase.NONE);
    }

    /**
     * As {@link #open(Path, OpenOptions, Access, Clock)}, for an encrypted folder with its passphrase.
     *
     * @throws DeskException also {@code error.passphrase.missing} and {@code error.passphrase.wrong}
     */
    public static FolderSession open(Path folder, OpenOptions options, Access access, Clock clock,
                                     Passphrase passphrase) {
        FolderLock lock = FolderLock.take(folder);
        FolderSession session = new FolderSession(folder, lock, access, new ArrayList<>());
        try {
            session.start(options, clock, passphrase);
            return session;
        } catch (RuntimeException e) {
            if (session.database != null) {
                session.database.close();
            }
            lock.close();
            throw e;
        }
    }

    private void start(OpenOptions options, Clock clock, Passphrase passphrase) {
        FirstStart.removeLeftover(folder);
        EncryptionService.removeLeftover(folder);
        removeStaleH2Lock();
        narrowRights();
        credentials = FolderCredentials.of(folder, passphrase);
        Optional<FolderState> marker = FolderState.read(folder);
        if (marker.isPresent() && marker.get().migrating()) {
            putBackInterruptedMigration(marker.get());
            marker = FolderState.read(folder);
        }
        Path file = folder.resolve(Database.DATABASE_FILE);
        if (marker.isEmpty() && (!Files.exists(file) || halfBuilt())) {
            deleteIfExists(file);
            if (credentials == Credentials.LEGACY) {
                // the side file before the database: stopped in between, the next start creates it with these
                credentials = newSideFile().unlock(Passphrase.NONE);
            }
            marker = Optional.of(FirstStart.run(folder, options, credentials));
        } else if (marker.isPresent()) {
            FolderState known = marker.get();
            // an encrypted file's header is encrypted too: only its size can be looked at
            int headers = credentials.encrypted() ? 0 : known.clean() ? 2 : 1;
            DatabaseFileCheck.check(file, known.clean() ? known.size() : 0, headers)
                    .ifPresent(damage -> {
                        throw DamagedDatabase.of(damage, folder);
                    });
        }
        StartCheck.Result checked = StartCheck.run(folder, marker, options, this::openReadOnly);
        state = marker.orElseGet(() -> FolderState.fresh(checked.version(), size()));
        if (access == Access.READ_ONLY) {
            if (checked.needsMigration()) {
                throw new DeskException("error.database.needsMigration", folder, checked.version(),
                        DatabaseProbe.shippedVersion());
            }
            database = openReadOnly();
            return;
        }
        if (credentials == Credentials.LEGACY) {
            givePassword();
        }
        database = openForWriting(marker.isPresent());
        if (checked.needsMigration()) {
            migrate(checked.version(), options, clock);
        }
        state.opened().write(folder);
    }

    /** A folder from before issue 12, or widened by hand: group and others lose their rights to it. */
    private void narrowRights() {
        int narrowed;
        try {
            narrowed = OwnerOnly.narrow(folder);
        } catch (IOException e) {
            LOG.warn("Cannot narrow the rights in {}", folder, e);
            return;
        }
        if (narrowed > 0) {
            LOG.info("Narrowed the rights of {} files and folders in {} to their owner", narrowed, folder);
            notices.add(new OpeningNotice("notice.narrowed", List.of(narrowed, folder)));
        }
    }

    /**
     * H2's lock file, left behind by a Desk that was killed (or by an older Desk): this process
     * holds the folder's lock, so no other Desk is using the database.
     */
    private void removeStaleH2Lock() {
        deleteIfExists(folder.resolve(Database.H2_LOCK_FILE));
    }

    /** A file that read-only looked sound but fails to open for writing is damaged too. */
    private Database openForWriting(boolean opensBefore) {
        try {
            return Database.openUnmigrated(folder, Guard.FOLDER_LOCK, credentials);
        } catch (DeskException e) {
            if (opensBefore && !"error.database.inUse".equals(e.key())) {
                throw DamagedDatabase.error(e, folder, "error.database.damaged.unreadable");
            }
            throw e;
        }
    }

    private boolean halfBuilt() {
        try (Database probe = openReadOnly()) {
            return DatabaseProbe.halfBuilt(probe);
        }
    }

    private Database openReadOnly() {
        return FolderCredentials.open(credentials, given -> Database.openReadOnly(folder, Guard.FOLDER_LOCK, given),
                () -> credentials = Credentials.LEGACY);
    }

    /**
     * A folder from before issue 12 (or one whose password was not set yet): its database user gets
     * the side file's random password instead of the empty one. The side file is written first, so
     * the Desk stopped in between finds it and the empty password, which it then falls back to.
     */
    private void givePassword() {
        Credentials given = FolderKey.read(folder).orElseGet(this::newSideFile).unlock(Passphrase.NONE);
        try (Database legacy = Database.openUnmigrated(folder, Guard.FOLDER_LOCK, Credentials.LEGACY)) {
            FileEncryption.setUserPassword(legacy, given.userPassword());
        }
        credentials = given;
        LOG.info("The database user in {} has a password now", folder);
    }

    private FolderKey newSideFile() {
        FolderKey fresh = FolderKey.unencrypted();
        fresh.write(folder);
        return fresh;
    }

    /** Backs up, marks the migration as running, migrates; a failed migration is undone at once. */
    private void migrate(String from, OpenOptions options, Clock clock) {
        // this instance never restores in place, so nothing to do after a restore
        Path backup = new BackupService(database, clock, () -> { }).backUp(BackupReason.MIGRATION);
        state.migrating(from, backup).write(folder);
        try {
            database.migrate(options);
        } catch (RuntimeException e) {
            database.close();
            database = null;
            RestoreService.putBack(backup, folder);
            FolderState.fresh(from, size()).write(folder);
            LOG.error("Migration of {} from schema {} failed; backup {} put back", folder, from, backup, e);
            Object reason = e instanceof DeskException problem && problem.args().length > 1
                    ? problem.args()[1] : StorageProblem.of(e);
            throw new DeskException(e, "error.database.migrationUndone", folder, reason, backup);
        }
    }

    private void putBackInterruptedMigration(FolderState interrupted) {
        Path backup = interrupted.migrationBackup();
        LOG.warn("A migration of {} from schema {} was interrupted; putting back {}", folder,
                interrupted.migratingFrom(), backup);
        RestoreService.putBack(backup, folder);
        FolderState.fresh(interrupted.migratingFrom(), size()).write(folder);
        notices.add(new OpeningNotice("notice.migrationUndone", List.of(backup)));
    }

    /** The open database. */
    public Database database() {
        return database;
    }

    public Path folder() {
        return folder;
    }

    /** What the user should be told now that the folder is open (e.g. a backup put back). */
    public List<OpeningNotice> notices() {
        return List.copyOf(notices);
    }

    /**
     * Closes the database but keeps the folder locked, so its file can be replaced (a restore):
     * compacted when it has grown beyond twice its last compacted size, then the clean close recorded.
     */
    public void closeDatabase() {
        if (database == null) {
            return;
        }
        Database closing = database;
        database = null;
        if (access == Access.READ_ONLY) {
            closing.close();
            return;
        }
        String version;
        Map<String, Long> counts;
        try {
            version = closing.schemaVersion();
            counts = new InfoService(closing).rowCounts();
        } catch (RuntimeException e) {
            closing.close();
            throw e;
        }
        boolean compact = size() > Math.max(COMPACT_FLOOR, 2 * state.compactedSize());
        if (compact) {
            closing.closeCompacted();
        } else {
            closing.close();
        }
        restrictRewritten();
        state = state.closed(version, counts, size(), compact);
        state.write(folder);
        if (compact) {
            LOG.info("Database in {} compacted at close to {} bytes", folder, state.size());
        }
    }

    /**
     * H2 may write the file anew when it closes (it does when compacting), created with the system's
     * default rights; the next start would narrow it with a notice otherwise.
     */
    private void restrictRewritten() {
        try {
            OwnerOnly.restrict(folder.resolve(Database.DATABASE_FILE));
        } catch (IOException e) {
            LOG.warn("Cannot narrow the rights of the database file in {}", folder, e);
        }
    }

    /** After the database file was replaced by a checked backup: the marker for the new file. */
    public void replaced() {
        writeFreshState(folder);
        state = FolderState.read(folder).orElseThrow();
    }

    static void writeFreshState(Path folder) {
        try {
            FolderState.fresh(DatabaseProbe.shippedVersion(), Files.size(folder.resolve(Database.DATABASE_FILE)))
                    .write(folder);
        } catch (IOException e) {
            throw new DeskException(e, "error.database.stateWrite", folder);
        }
    }

    @Override
    public void close() {
        try {
            closeDatabase();
        } finally {
            lock.close();
        }
    }

    private long size() {
        try {
            return Files.size(folder.resolve(Database.DATABASE_FILE));
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new DeskException(e, "error.database.folder", file.getParent());
        }
    }
}
