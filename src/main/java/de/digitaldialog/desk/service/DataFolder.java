package de.digitaldialog.desk.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database, logs and preferences live when {@code --data-dir} is not given: the
 * user's local (never the roaming, network-synced) application-data folder of each platform.
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

    public static Path defaultFolder() {
        return defaultFor(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
