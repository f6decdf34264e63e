package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            Preferences.moveAtomically(temporary, file);
            moved = true;
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
}
