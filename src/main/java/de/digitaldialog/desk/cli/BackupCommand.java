package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code desk backup [--out FILE]}: writes a backup of the database and prints the file's path. */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "de.digitaldialog.desk.i18n.messages")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.zip", descriptionKey = "cli.backup.out")
    private Path out;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.openWorkspace()) {
            Path written = out == null ? workspace.backups().backUp() : workspace.backups().backUpTo(out);
            spec.commandLine().getOut().println(written);
            spec.commandLine().getOut().flush();
        }
        return Cli.OK;
    }
}
