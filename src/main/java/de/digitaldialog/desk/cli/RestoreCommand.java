package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.service.RestoreService;
import de.digitaldialog.desk.service.RestoreService.Restored;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code desk restore FILE}: checks a backup, saves the current state, then puts the backup in its place. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "de.digitaldialog.desk.i18n.messages")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.zip", descriptionKey = "cli.restore.file")
    private Path file;

    @Override
    public Integer call() {
        Restored restored;
        String done = "cli.restore.done";
        // checked before the database is opened, which would already rewrite its file's header
        try (Passphrase passphrase = parent.passphraseToOpen();
             RestoreService.Checked checked = RestoreService.check(file, parent.dataFolder(), passphrase)) {
            try (Workspace workspace = parent.openWorkspace(passphrase)) {
                restored = workspace.restore(checked);
            } catch (DatabaseDamagedException damaged) {
                restored = Workspace.restoreOverDamaged(parent.dataFolder(), checked);
                done = "cli.restore.doneDamaged";
            }
        }
        spec.commandLine().getOut().println(parent.messages().get(done, restored.file(),
                restored.initiatives(), restored.meetings(), restored.previous()));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}
