package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code desk passphrase set|change}: encrypts the database with a passphrase, or changes it. The
 * new one is asked twice on the console, or read from the file {@code DESK_PASSPHRASE_FILE} (set) or
 * {@code DESK_NEW_PASSPHRASE_FILE} (change) names.
 */
@Command(name = "passphrase", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE,
        subcommands = {PassphraseCommand.SetPassphrase.class, PassphraseCommand.ChangePassphrase.class})
final class PassphraseCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    /** Without set or change there is nothing to do: wrong usage. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), parent.messages().get("cli.missingArgument", "set | change"));
    }

    /**
     * Encrypts {@code workspace} with {@code next}, then says so and how many backups still hold the data
     * in clear. Shared with {@code desk setup --encrypt}.
     */
    static void encrypt(Workspace workspace, Passphrase next, boolean dropUnencrypted, Messages messages,
                        PrintWriter out) {
        workspace.encryption().set(next);
        if (dropUnencrypted) {
            workspace.backups().deleteUnencrypted();
        }
        out.println(messages.get("cli.passphrase.setDone"));
        long unencrypted = workspace.backups().list().stream().filter(backup -> !backup.encrypted()).count();
        if (unencrypted > 0) {
            out.println(messages.get("cli.passphrase.unencryptedBackups", unencrypted,
                    workspace.backups().folder()));
        }
    }

    /** Refuses {@code desk passphrase set} or {@code setup --encrypt} on a folder that is already encrypted. */
    static void refuseEncrypted(DeskCommand desk) {
        if (Workspace.encrypted(desk.dataFolder())) {
            throw new DeskException("cli.passphrase.alreadySet");
        }
    }

    /** Refuses what needs an encrypted folder on one that is not. */
    static void refuseUnencrypted(DeskCommand desk) {
        if (!Workspace.encrypted(desk.dataFolder())) {
            throw new DeskException("cli.passphrase.notSet");
        }
    }

    /** One of set and change: given the top-level command and where its result goes. */
    private abstract static class Subcommand implements Callable<Integer> {

        @ParentCommand
        private PassphraseCommand passphrase;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            run(passphrase.parent, out);
            out.flush();
            return Cli.OK;
        }

        abstract void run(DeskCommand desk, PrintWriter out);
    }

    /** {@code desk passphrase set}: encrypts the unencrypted database. */
    @Command(name = "set", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            resourceBundle = Messages.BUNDLE)
    static final class SetPassphrase extends Subcommand {

        @Override
        void run(DeskCommand desk, PrintWriter out) {
            refuseEncrypted(desk);
            // asked before the folder is opened: a mistyped repetition leaves everything as it was
            try (Passphrase next = desk.passphrases().next(desk.messages(), PassphraseInput.FILE_VARIABLE);
                 Workspace workspace = desk.openWorkspace(Passphrase.NONE)) {
                encrypt(workspace, next, false, desk.messages(), out);
            }
        }
    }

    /** {@code desk passphrase change}: the current passphrase opens the folder, then the new one is asked. */
    @Command(name = "change", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            resourceBundle = Messages.BUNDLE)
    static final class ChangePassphrase extends Subcommand {

        @Override
        void run(DeskCommand desk, PrintWriter out) {
            refuseUnencrypted(desk);
            Messages messages = desk.messages();
            // the current one is tried first: a wrong one is refused before the new one is asked
            try (Passphrase current = desk.passphrases().current(messages, "cli.passphrase.promptCurrent");
                 Workspace workspace = desk.openWorkspace(current);
                 Passphrase next = desk.passphrases().next(messages, PassphraseInput.NEW_FILE_VARIABLE)) {
                workspace.encryption().change(current, next);
            }
            out.println(messages.get("cli.passphrase.changed"));
        }
    }
}
