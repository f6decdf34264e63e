package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Desk's own lock on a data folder ({@code desk.lock}), taken before any of its files is looked
 * at and held until the workspace is closed. Unlike H2's lock on the database file it also covers
 * the moments the database is closed while its file is replaced (first start, a failed migration
 * put back, a restore). The operating system releases it when the process dies, so a killed Desk
 * leaves no stale lock; the file itself stays.
 */
public final class FolderLock implements AutoCloseable {

    static final String FILE_NAME = "desk.lock";
    private static final Logger LOG = LoggerFactory.getLogger(FolderLock.class);

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the folder (for its owner only) if needed and locks it.
     *
     * @throws DeskException {@code error.database.inUse} when another Desk holds it,
     *                       {@code error.database.folder} when it cannot be created
     */
    public static FolderLock take(Path folder) {
        FileChannel channel;
        try {
            OwnerOnly.createFolder(folder);
            channel = FileChannel.open(folder.resolve(FILE_NAME),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), OwnerOnly.file());
        } catch (IOException | UnsupportedOperationException e) {
            throw new DeskException(e, "error.database.folder", folder);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            LOG.debug("Folder {} is locked", folder, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DeskException("error.database.inUse", folder);
        }
        return new FolderLock(folder, channel, lock);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Releasing the lock of {} failed", folder, e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Closing a lock file failed", e);
        }
    }
}
