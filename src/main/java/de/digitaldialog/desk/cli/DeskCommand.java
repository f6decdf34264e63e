package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.OpeningNotice;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.service.DataFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The program's top-level command: with no sub-command it opens the window. */
@Command(name = "desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE,
        subcommands = {InfoCommand.class, DemoCommand.class, ListCommand.class, BriefingCommand.class,
                SetupCommand.class, BackupCommand.class, BackupsCommand.class,
                RestoreCommand.class, CheckCommand.class, PassphraseCommand.class})
public final class DeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    private Path dataDir;

    @Spec
    private CommandSpec spec;

    private final Consumer<Path> windowOpener;
    private final Messages messages;
    private final PassphraseInput passphrases;

    public DeskCommand(Messages messages, Consumer<Path> windowOpener, PassphraseInput passphrases) {
        this.messages = messages;
        this.windowOpener = windowOpener;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() {
        windowOpener.accept(dataFolder());
        return 0;
    }

    Path dataFolder() {
        return dataDir != null ? dataDir : DataFolder.defaultFolder();
    }

    Messages messages() {
        return messages;
    }

    PassphraseInput passphrases() {
        return passphrases;
    }

    /**
     * The passphrase that opens the data folder, asked only when it is encrypted; {@link Passphrase#NONE}
     * otherwise. The caller closes it.
     */
    Passphrase passphraseToOpen() {
        return Workspace.encrypted(dataFolder()) ? passphrases.current(messages, "cli.passphrase.prompt")
                : Passphrase.NONE;
    }

    /** Opens the data folder for a command that writes; what the user should know goes to stderr. */
    Workspace openWorkspace() {
        try (Passphrase passphrase = passphraseToOpen()) {
            return openWorkspace(passphrase);
        }
    }

    /** As {@link #openWorkspace()}, with a passphrase the command has asked itself. */
    Workspace openWorkspace(Passphrase passphrase) {
        return tellNotices(Workspace.open(dataFolder(), passphrase));
    }

    /**
     * Opens the data folder for a command that only reads: the database file is not written
     * (the folder's rights may be narrowed, which is told).
     */
    Workspace openReadOnly() {
        try (Passphrase passphrase = passphraseToOpen()) {
            return tellNotices(Workspace.openReadOnly(dataFolder(), passphrase));
        }
    }

    private Workspace tellNotices(Workspace workspace) {
        PrintWriter err = spec.commandLine().getErr();
        for (OpeningNotice notice : workspace.openingNotices()) {
            err.println(messages.get(notice.key(), notice.arguments()));
        }
        err.flush();
        return workspace;
    }
}
