package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.service.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code desk demo}: loads the example data of the 2019 joint cabinet session. */
@Command(name = "demo", resourceBundle = "de.digitaldialog.desk.i18n.messages")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--force", descriptionKey = "cli.demo.force")
    private boolean force;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.openWorkspace()) {
            var result = workspace.demoData().load(force);
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.messages().get("cli.demo.loaded", result.initiatives(), result.meetings()));
            out.flush();
        }
        return 0;
    }
}
