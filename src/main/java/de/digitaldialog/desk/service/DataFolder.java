package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database, logs and preferences live when {@code --data-dir} is not given: the
 * user's local (never the roaming, network-synced) application-data folder of each platform; and
 * whether a named folder can be used at all. No logger: this runs before logging is set up.
 */
public final class DataFolder {

    static final String APP_FOLDER = "digitaldialog-desk";
    static final String APP_NAME = "Digitaldialog Desk";

    private DataFolder() {
    }

    public static Path defaultFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve(APP_NAME);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(APP_FOLDER);
    }

    /**
     * The folder itself when the Desk can keep its data there; refused before anything is created
     * or logged. A folder that does not exist yet is judged by the nearest one above it that does.
     *
     * @throws DeskException {@code error.dataFolder.blank} for an empty name (it would mean the
     *                       current folder), {@code error.dataFolder.notFolder} for a file,
     *                       {@code error.dataFolder.readOnly} for a folder the user cannot write to
     */
    public static Path usable(Path folder) {
        if (folder.toString().isBlank()) {
            throw new DeskException("error.dataFolder.blank");
        }
        Path existing = folder.toAbsolutePath().normalize();
        while (!Files.exists(existing) && existing.getParent() != null) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            throw new DeskException("error.dataFolder.notFolder", existing);
        }
        if (!writable(existing)) {
            throw new DeskException("error.dataFolder.readOnly", existing);
        }
        return folder;
    }

    /** Tried rather than asked: rights alone do not tell (root ignores them, read-only mounts, access lists). */
    private static boolean writable(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, ".desk-write-check-", ".tmp"));
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    public static Path defaultFolder() {
        return defaultFor(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
