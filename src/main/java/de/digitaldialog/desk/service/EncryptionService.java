package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Credentials;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Database.Guard;
import de.digitaldialog.desk.store.FileEncryption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts an open data folder's database with a passphrase, or re-encrypts it with a new one:
 * a backup first, then through a consistent copy that is checked before it replaces the file, and
 * a backup after, under the new key.
 */
public final class EncryptionService {

    /** Where the copy is re-encrypted; what an interrupted run leaves is removed at the next start. */
    static final String TEMP_FOLDER = "encryption.tmp";
    private static final Logger LOG = LoggerFactory.getLogger(EncryptionService.class);

    private final Database database;
    private final BackupService backups;
    private final Runnable afterReplace;

    /** {@code afterReplace} runs once the re-encrypted file is open, e.g. to write the folder's marker for it. */
    public EncryptionService(Database database, BackupService backups, Runnable afterReplace) {
        this.database = database;
        this.backups = backups;
        this.afterReplace = afterReplace;
    }

    /** True when the folder's database is encrypted (its side file says so). */
    public boolean encrypted() {
        return encrypted(database.folder());
    }

    /**
     * True when the database of {@code folder} is encrypted; read before opening, to ask for the
     * passphrase. Also when an interrupted encryption left its new side file, which may be the one
     * that opens the file.
     */
    public static boolean encrypted(Path folder) {
        return FolderKey.read(folder).map(FolderKey::encrypted).orElse(false)
                || FolderKey.readPending(folder).map(FolderKey::encrypted).orElse(false);
    }

    /**
     * Encrypts the unencrypted database with {@code passphrase} (refused with
     * {@code error.passphrase.alreadySet} when it is encrypted). Takes seconds: not on the FX thread.
     */
    public void set(Passphrase passphrase) {
        FolderKey key = currentKey();
        if (key.encrypted()) {
            throw new DeskException("error.passphrase.alreadySet");
        }
        replaceKey(key.unlock(Passphrase.NONE), key.encrypt(passphrase));
    }

    /**
     * Re-encrypts the encrypted database with {@code next}, once {@code current} is confirmed (refused
     * with {@code error.passphrase.wrong}, or {@code error.passphrase.notSet} when it is not
     * encrypted). Takes seconds: not on the FX thread.
     */
    public void change(Passphrase current, Passphrase next) {
        FolderKey key = currentKey();
        if (!key.encrypted()) {
            throw new DeskException("error.passphrase.notSet");
        }
        if (next.isEmpty()) {
            throw new DeskException("error.passphrase.empty");
        }
        replaceKey(key.unlock(current), key.encrypt(next));
    }

    private FolderKey currentKey() {
        Path folder = database.folder();
        return FolderKey.read(folder).orElseThrow(() -> new DeskException("error.passphrase.keyFile",
                folder.resolve(FolderKey.FILE_NAME)));
    }

    /** Under the backups' lock: no backup and no restore runs while the file is replaced. */
    private void replaceKey(Credentials from, FolderKey.Encrypted to) {
        synchronized (backups) {
            backups.backUp(BackupReason.ENCRYPTION);
            AtomicBoolean replaced = new AtomicBoolean();
            database.reopenAfter(() -> reencrypt(from, to, replaced),
                    current -> replaced.get() ? to.credentials() : current);
            afterReplace.run();
            LOG.info("Database in {} encrypted with a new key", database.folder());
            backups.backUp(BackupReason.ENCRYPTION);
        }
    }

    /**
     * While the database is closed: a copy in an owner-only temporary folder, re-encrypted there,
     * opened with the new key and counted, then moved over the file together with the new side file
     * ({@link FolderKey#replace}, which says what a stop in between leaves).
     */
    private void reencrypt(Credentials from, FolderKey.Encrypted to, AtomicBoolean replaced) {
        Path folder = database.folder();
        Path temp = folder.resolve(TEMP_FOLDER);
        Path copy = temp.resolve(Database.DATABASE_FILE);
        try {
            RestoreService.deleteTree(temp);
            Files.createDirectory(temp, OwnerOnly.folder());
            Files.copy(folder.resolve(Database.DATABASE_FILE), copy);
            OwnerOnly.restrict(copy);
            // counted on the closed copy, so no write in between can make the comparison fail
            Map<String, Long> counts;
            try (Database before = Database.openReadOnly(temp, Guard.FOLDER_LOCK, from)) {
                counts = new InfoService(before).rowCounts();
            }
            FileEncryption.change(temp, from, to.credentials());
            // H2 writes the re-encrypted file anew
            OwnerOnly.restrict(copy);
            try (Database check = Database.openReadOnly(temp, Guard.FOLDER_LOCK, to.credentials())) {
                if (!new InfoService(check).rowCounts().equals(counts)) {
                    throw new DeskException("error.passphrase.keyWrite", copy);
                }
            }
            to.key().replace(folder, () -> {
                Files.move(copy, folder.resolve(Database.DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                replaced.set(true);
            });
        } catch (IOException e) {
            throw new DeskException(e, "error.passphrase.keyWrite", folder.resolve(FolderKey.FILE_NAME));
        } finally {
            RestoreService.deleteTree(temp);
        }
    }

    /** Removes what an interrupted encryption left: a copy of the database, perhaps still unencrypted. */
    static void removeLeftover(Path folder) {
        Path temp = folder.resolve(TEMP_FOLDER);
        if (Files.exists(temp)) {
            LOG.warn("Removing {} left by an interrupted encryption", temp);
            RestoreService.deleteTree(temp);
        }
    }
}
