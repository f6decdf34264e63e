package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code desk setup --land BY|NW --code CODE --name NAME [--ministry ABBREVIATION] [--email ADDRESS] [--encrypt]}:
 * sets the installation up for scripted roll-out, as the first-start dialog does; with {@code --encrypt}
 * the database is then encrypted with a new passphrase (see {@link PassphraseCommand}). Refused (exit 1)
 * once the installation has issued a number, or on a value the domain refuses.
 */
@Command(name = "setup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE)
final class SetupCommand implements Callable<Integer> {

    /** The option that carried the value a validation error names. */
    private static final Map<String, String> OPTIONS = Map.of("installationCode", "--code", "name", "--name",
            "ministry", "--ministry", "email", "--email");

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--land", required = true, paramLabel = "BY|NW", descriptionKey = "cli.setup.land")
    private PartnerLand land;

    @Option(names = "--code", required = true, paramLabel = "CODE", descriptionKey = "cli.setup.code")
    private String code;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.setup.name")
    private String name;

    @Option(names = "--ministry", paramLabel = "ABBREVIATION", descriptionKey = "cli.setup.ministry")
    private String ministry;

    @Option(names = "--email", paramLabel = "ADDRESS", descriptionKey = "cli.setup.email")
    private String email;

    @Option(names = "--encrypt", descriptionKey = "cli.setup.encrypt")
    private boolean encrypt;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        if (encrypt) {
            PassphraseCommand.refuseEncrypted(parent);
        }
        // the new passphrase is asked before anything is written: a mistyped repetition leaves the folder as it was
        try (Passphrase next = encrypt ? parent.passphrases().next(messages, PassphraseInput.FILE_VARIABLE)
                : Passphrase.NONE;
             Workspace workspace = parent.openWorkspace()) {
            try {
                workspace.settings().setUp(land, code, name, ministry, email);
            } catch (ValidationException e) {
                PrintWriter err = spec.commandLine().getErr();
                String option = OPTIONS.getOrDefault(e.field(), e.field());
                Object given = spec.findOption(option) == null ? "" : spec.findOption(option).getValue();
                err.println(messages.get("cli.setup.invalid", option, given, messages.of(e)));
                err.flush();
                return Cli.FAILED;
            }
            PrintWriter out = spec.commandLine().getOut();
            var office = workspace.settings().office().orElseThrow();
            String abbreviation = workspace.referenceData().ministries().stream()
                    .filter(m -> m.id().equals(office.ministryId())).findFirst().orElseThrow().abbreviation();
            out.println(messages.get("cli.setup.done", workspace.settings().localInstallation().code(),
                    messages.label(office.land()), abbreviation));
            if (encrypt) {
                // set-up is refused once a number is issued: the backups from before hold only what was just typed
                PassphraseCommand.encrypt(workspace, next, true, messages, out);
            }
            out.flush();
        }
        return Cli.OK;
    }
}
