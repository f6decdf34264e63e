package de.digitaldialog.desk.service;

import java.nio.file.Path;

/**
 * Encrypts an open data folder's database with a passphrase, or re-encrypts it with a new one:
 * a backup first, then through a consistent copy that is checked before it replaces the file.
 */
public final class EncryptionService {

    private final Path folder;

    public EncryptionService(Path folder) {
        this.folder = folder;
    }

    /** True when the folder's database is encrypted (its side file says so). */
    public boolean encrypted() {
        return encrypted(folder);
    }

    /** True when the database of {@code folder} is encrypted; read before opening, to ask for the passphrase. */
    public static boolean encrypted(Path folder) {
        return FolderKey.read(folder).map(FolderKey::encrypted).orElse(false);
    }

    /**
     * Encrypts the unencrypted database with {@code passphrase} (refused with
     * {@code error.passphrase.alreadySet} when it is encrypted). Takes seconds: not on the FX thread.
     */
    public void set(Passphrase passphrase) {
        throw new UnsupportedOperationException("issue 12 core: set");
    }

    /**
     * Re-encrypts the encrypted database with {@code next}, once {@code current} is confirmed (refused
     * with {@code error.passphrase.wrong}, or {@code error.passphrase.notSet} when it is not
     * encrypted). Takes seconds: not on the FX thread.
     */
    public void change(Passphrase current, Passphrase next) {
        throw new UnsupportedOperationException("issue 12 core: change");
    }
}
