package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an export file all at once or not at all: into a temporary file beside the target,
 * then moved over it. On failure nothing is left behind and an existing target stays as it was.
 */
public final class AtomicFile {

    /** Writes the content; may throw any exception, which leaves the target untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);

    private AtomicFile() {
    }

    /**
     * @return the absolute target written
     * @throws DeskException {@code error.export.write} when the file cannot be written
     */
    static Path write(Path target, Content content) {
        return write(target, "error.export.write", content);
    }

    /**
     * @param errorKey the message (with the file as its argument) when the file cannot be written
     * @return the absolute target written
     */
    public static Path write(Path target, String errorKey, Content content) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file) || file.getParent() == null) {
            throw new DeskException(errorKey, file);
        }
        Path temporary;
        try {
            // owner-only from the start; the move keeps that for the target
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp", OwnerOnly.file());
        } catch (IOException | UnsupportedOperationException e) {
            throw new DeskException(e, errorKey, file);
        }
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            // on the disk before the move (the content may have closed the stream itself): after a
            // power loss the target is the old one or the whole new one, never an empty file
            try (FileChannel written = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Preferences.moveAtomically(temporary, file);
            moved = true;
            syncFolder(file.getParent());
            return file;
        } catch (IOException | UncheckedIOException e) {
            throw new DeskException(e, errorKey, file);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.warn("Could not delete the temporary export file {}", temporary, e);
                }
            }
        }
    }

    /** Makes the move itself durable; where a folder cannot be synced (Windows) the move stands as it is. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot sync the folder {}", folder, e);
        }
    }
}
