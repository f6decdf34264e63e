package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.service.Listing;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code desk list KIND}: one line per object, its number or code, a tab, its title. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "de.digitaldialog.desk.i18n.messages")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "cli.list.kind",
            converter = ListingKindConverter.class, completionCandidates = ListingKindConverter.class)
    private Listing.Kind kind;

    @Option(names = "--include-classified", descriptionKey = "cli.list.includeClassified")
    private boolean includeClassified;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.openReadOnly()) {
            PrintWriter out = spec.commandLine().getOut();
            var lines = workspace.listing().lines(kind, parent.messages().locale(), includeClassified);
            if (includeClassified) {
                out.println(Classification.MARKING);
            }
            lines.forEach(line -> out.println(line.key() + "\t" + line.title()));
            out.flush();
        }
        return 0;
    }
}
