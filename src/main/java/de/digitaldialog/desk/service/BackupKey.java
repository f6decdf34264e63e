package de.digitaldialog.desk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The copy of the side file ({@value FolderKey#FILE_NAME}) in a backup zip beside the database, so a
 * backup opens on its own, also after the passphrase was changed. A backup from before issue 12 has
 * none: unencrypted, its user with the empty password.
 */
final class BackupKey {

    private BackupKey() {
    }

    /** Adds {@code key} to the zip H2 wrote. */
    static void add(Path zip, FolderKey key) throws IOException {
        try (FileSystem entries = FileSystems.newFileSystem(zip);
             OutputStream out = Files.newOutputStream(entries.getPath(FolderKey.FILE_NAME))) {
            key.store().store(out, null);
        }
    }

    /** The side file in {@code zip}; empty when it has none. */
    static Optional<FolderKey> read(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(FolderKey.FILE_NAME);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(FolderKey.parse(in));
        }
    }

    /** True when the backup {@code file} holds an encrypted database; false also when it cannot be read. */
    static boolean encrypted(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return read(zip).map(FolderKey::encrypted).orElse(false);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
