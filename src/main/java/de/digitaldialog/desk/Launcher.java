package de.digitaldialog.desk;

import de.digitaldialog.desk.cli.Cli;
import de.digitaldialog.desk.cli.DataFolderArgument;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.DataFolder;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.ui.DeskApplication;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The program's entry point: runs a command, or opens the window when none is given. A class of
 * its own because an {@code Application} subclass cannot be the main class on the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        System.exit(run(args, DeskApplication::show, out, err));
    }

    /**
     * Checks the data folder, points the log there and runs the command line. A folder the Desk
     * cannot use (an empty name, a file, read-only) is refused with one line and exit code 1,
     * before anything is created or logged and before the window shows.
     */
    static int run(String[] args, Consumer<Path> windowOpener, PrintWriter out, PrintWriter err) {
        Path dataFolder;
        try {
            dataFolder = DataFolder.usable(DataFolderArgument.of(args));
        } catch (DeskException refused) {
            // no preferences to read the language from: the default one
            err.println(Messages.of(Preferences.DEFAULT_LANGUAGE).of(refused));
            err.flush();
            return Cli.FAILED;
        }
        // before the first logger is created, so logs land in this data folder
        System.setProperty(LogConfiguration.LOG_DIR_PROPERTY, dataFolder.resolve("logs").toString());
        Messages messages = Messages.of(Preferences.load(dataFolder).language());
        return Cli.run(args, messages, windowOpener, out, err);
    }
}
