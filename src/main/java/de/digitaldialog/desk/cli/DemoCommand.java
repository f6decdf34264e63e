package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.service.DemoDataGenerator;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code desk demo}: loads the example data of the 2019 joint cabinet session;
 * {@code desk demo --initiatives N} instead generates N made-up initiatives (same seed, same data).
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "de.digitaldialog.desk.i18n.messages")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--force", descriptionKey = "cli.demo.force")
    private boolean force;

    @Option(names = "--initiatives", paramLabel = "N", descriptionKey = "cli.demo.initiatives")
    private Integer initiatives;

    @Override
    public Integer call() {
        if (initiatives != null && initiatives < 1) {
            throw new ParameterException(spec.commandLine(), "--initiatives: " + initiatives);
        }
        try (Workspace workspace = parent.openWorkspace()) {
            PrintWriter out = spec.commandLine().getOut();
            if (initiatives != null) {
                var result = workspace.demoData().generate(initiatives, DemoDataGenerator.DEFAULT_SEED);
                out.println(parent.messages().get("cli.demo.generated", result.initiatives(), result.millis() / 1000.0));
            } else {
                var result = workspace.demoData().load(force);
                out.println(parent.messages().get("cli.demo.loaded", result.initiatives(), result.meetings()));
            }
            out.flush();
        }
        return 0;
    }
}
