package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.service.Preferences;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file atomically: into a temporary file in the target's folder, then moved over the
 * target. On failure or cancellation nothing is left behind and an existing target stays as it was.
 */
final class AtomicFile {

    /** Writes the content; may throw a {@link DeskException} (e.g. cancelled) or fail with I/O. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);

    private AtomicFile() {
    }

    /** @throws DeskException {@code error.briefing.write} when the file cannot be written */
    static Path write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file) || file.getParent() == null) {
            throw new DeskException("error.briefing.write", file);
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
        } catch (IOException | UnsupportedOperationException e) {
            throw new DeskException(e, "error.briefing.write", file);
        }
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            Preferences.moveAtomically(temporary, file);
            done = true;
            return file;
        } catch (IOException | UncheckedIOException e) {
            throw new DeskException(e, "error.briefing.write", file);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.warn("Could not delete the temporary file {}", temporary, e);
                }
            }
        }
    }
}
