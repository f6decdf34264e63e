package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.service.DataFolder;
import java.nio.file.Path;

/**
 * The data folder named on the command line, or the default. Read before picocli parses and
 * before anything logs, because the log folder and the message language depend on it; so this
 * class must not touch a logger.
 */
public final class DataFolderArgument {

    private static final String DATA_DIR = "--data-dir";

    private DataFolderArgument() {
    }

    public static Path of(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(DATA_DIR) && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith(DATA_DIR + "=")) {
                return Path.of(args[i].substring(DATA_DIR.length() + 1));
            }
        }
        return DataFolder.defaultFolder();
    }
}
