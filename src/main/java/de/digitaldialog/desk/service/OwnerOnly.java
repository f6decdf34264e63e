package de.digitaldialog.desk.service;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders the Desk writes are readable by their owner only (rw------- / rwx------);
 * where the file system has no POSIX permissions, nothing is set.
 */
final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** The attributes that create a file readable by its owner only. */
    static FileAttribute<?>[] file() {
        return attributes("rw-------");
    }

    /** The attributes that create a folder usable by its owner only. */
    static FileAttribute<?>[] folder() {
        return attributes("rwx------");
    }

    /** Makes an existing file (one another writer created, such as H2) readable by its owner only. */
    static void restrict(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
