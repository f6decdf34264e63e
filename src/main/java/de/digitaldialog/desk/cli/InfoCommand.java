package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code desk info}: one line per table with its row count, then the schema version. */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "de.digitaldialog.desk.i18n.messages")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.openReadOnly()) {
            PrintWriter out = spec.commandLine().getOut();
            workspace.info().rowCounts().forEach((table, count) -> out.println(table + "\t" + count));
            out.println(parent.messages().get("cli.info.schemaVersion") + "\t" + workspace.info().schemaVersion());
            out.flush();
        }
        return 0;
    }
}
