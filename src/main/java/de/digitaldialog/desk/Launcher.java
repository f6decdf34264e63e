package de.digitaldialog.desk;

import de.digitaldialog.desk.cli.Cli;
import de.digitaldialog.desk.cli.DataFolderArgument;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.ui.DeskApplication;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * The program's entry point: runs a command, or opens the window when none is given. A class of
 * its own because an {@code Application} subclass cannot be the main class on the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Path dataFolder = DataFolderArgument.of(args);
        // before the first logger is created, so logs land in this data folder
        System.setProperty(LogConfiguration.LOG_DIR_PROPERTY, dataFolder.resolve("logs").toString());
        Messages messages = Messages.of(Preferences.load(dataFolder).language());
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        int exitCode = Cli.run(args, messages, DeskApplication::show, out, err);
        System.exit(exitCode);
    }
}
