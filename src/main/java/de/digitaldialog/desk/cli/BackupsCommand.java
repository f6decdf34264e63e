package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.workspace.Workspace;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code desk backups}: one line per backup, newest first: local time, a tab, bytes, a tab, file name. */
@Command(name = "backups", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "de.digitaldialog.desk.i18n.messages")
final class BackupsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.openWorkspace()) {
            PrintWriter out = spec.commandLine().getOut();
            workspace.backups().list().forEach(backup -> out.println(
                    TIME.format(backup.time().atZone(ZoneId.systemDefault())) + "\t" + backup.size() + "\t"
                            + backup.file().getFileName()));
            out.flush();
        }
        return Cli.OK;
    }
}
