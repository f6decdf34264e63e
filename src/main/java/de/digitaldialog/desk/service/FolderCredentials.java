package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Credentials;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Database.Guard;
import de.digitaldialog.desk.store.FileEncryption;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The credentials a data folder's database opens with, from its side file ({@link FolderKey}); the
 * caller holds the folder's lock. A folder from before issue 12 has no side file: its user has the
 * empty password ({@link Credentials#LEGACY}) until a session opened for writing gives it one.
 */
final class FolderCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(FolderCredentials.class);

    private FolderCredentials() {
    }

    /**
     * The side file's credentials, unlocked with {@code passphrase}, once an interrupted replacement
     * is settled; {@link Credentials#LEGACY} when there is no side file.
     *
     * @throws DeskException {@code error.passphrase.missing} or {@code error.passphrase.wrong}, before H2 is touched
     */
    static Credentials of(Path folder, Passphrase passphrase) {
        settle(folder, passphrase);
        return FolderKey.read(folder).map(key -> key.unlock(passphrase)).orElse(Credentials.LEGACY);
    }

    /**
     * After an interrupted {@link FolderKey#replace}: the pending side file replaces the old one when
     * it opens the file, is dropped when the old one does; when {@code passphrase} opens neither,
     * both stay and it is refused as wrong. An encrypted pending side file needs the passphrase.
     */
    static void settle(Path folder, Passphrase passphrase) {
        Optional<FolderKey> pending = FolderKey.readPending(folder);
        if (pending.isEmpty()) {
            return;
        }
        if (pending.get().encrypted() && passphrase.isEmpty()) {
            // the file may be encrypted already: opened without CIPHER it would look damaged
            throw new DeskException("error.passphrase.missing");
        }
        try {
            if (opens(folder, pending.get(), passphrase)) {
                LOG.warn("Completing an interrupted change of the database file in {}", folder);
                FolderKey.promotePending(folder);
            } else if (opens(folder, FolderKey.read(folder).orElse(null), passphrase)) {
                LOG.warn("Dropping the settings of an interrupted change of the database file in {}", folder);
                FolderKey.deletePending(folder);
            } else if (pending.get().encrypted()) {
                // e.g. the passphrase of before a change: asked again, not taken for damage
                throw new DeskException("error.passphrase.wrong");
            }
        } catch (IOException e) {
            throw new DeskException(e, "error.passphrase.keyWrite", folder.resolve(FolderKey.FILE_NAME));
        }
    }

    private static boolean opens(Path folder, FolderKey key, Passphrase passphrase) {
        try (Database database = Database.openReadOnly(folder, Guard.FOLDER_LOCK,
                key == null ? Credentials.LEGACY : key.unlock(passphrase))) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Opens with {@code credentials}; when the side file's password is refused by an unencrypted file
     * (the Desk was stopped after writing the side file and before giving the user that password),
     * with the empty one, and says so through {@code onLegacy}.
     */
    static <T> T open(Credentials credentials, Function<Credentials, T> opener, Runnable onLegacy) {
        try {
            return opener.apply(credentials);
        } catch (DeskException e) {
            boolean fallBack = !credentials.encrypted() && credentials != Credentials.LEGACY
                    && FileEncryption.userPasswordRefused(e);
            if (!fallBack) {
                throw e;
            }
            T opened = opener.apply(Credentials.LEGACY);
            onLegacy.run();
            return opened;
        }
    }
}
