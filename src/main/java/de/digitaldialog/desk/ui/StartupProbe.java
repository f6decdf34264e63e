package de.digitaldialog.desk.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.LoggerFactory;

/**
 * For the start-up benchmark: when the system property {@code desk.startup.marker} names a file,
 * the window writes it (the epoch milliseconds) in the pulse that first lays out the Übersicht
 * with its counts, and then exits.
 */
public final class StartupProbe {

    public static final String PROPERTY = "desk.startup.marker";

    private StartupProbe() {
    }

    public static Optional<Path> marker() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    public static boolean active() {
        return marker().isPresent();
    }

    /** Writes the marker after the next layout pulse of the scene, then ends the application. */
    public static void markAndExit(Scene scene) {
        Path file = marker().orElse(null);
        if (file == null) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            write(file, System.currentTimeMillis());
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Written whole or not at all (a reader polling for the file never sees half of it). */
    static void write(Path file, long epochMillis) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, epochMillis + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LoggerFactory.getLogger(StartupProbe.class).error("Cannot write the start-up marker {}", file, e);
        }
    }
}
