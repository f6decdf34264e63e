package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the command line: exit code 0 on success, 1 when a command could not be carried out,
 * 2 on wrong usage. Every error is one line on stderr in the UI language; traces go to the log.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Runs with the process's environment and console for passphrases. */
    public static int run(String[] args, Messages messages, Consumer<Path> windowOpener,
                          PrintWriter out, PrintWriter err) {
        return run(args, messages, windowOpener, out, err, PassphraseInput.system());
    }

    /** Runs with passphrases from {@code passphrases} (tests hand in an environment and a console of their own). */
    public static int run(String[] args, Messages messages, Consumer<Path> windowOpener,
                          PrintWriter out, PrintWriter err, PassphraseInput passphrases) {
        return commandLine(messages, windowOpener, out, err, passphrases).execute(args);
    }

    /** The whole command line with its sub-commands, texts in the UI language, not yet run. */
    static CommandLine commandLine(Messages messages, Consumer<Path> windowOpener, PrintWriter out,
                                   PrintWriter err, PassphraseInput passphrases) {
        return new CommandLine(new DeskCommand(messages, windowOpener, passphrases))
                .setOut(out)
                .setErr(err)
                .setResourceBundle(messages.bundle())
                .setParameterExceptionHandler((e, arguments) -> {
                    err.println(messages.get("cli.usageError", describe(e, messages)));
                    err.flush();
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, line, parseResult) -> {
                    if (e instanceof DeskException problem) {
                        LOG.warn("Command failed: {}", problem.key(), problem);
                        err.println(messages.of(problem));
                    } else {
                        LOG.error("Command failed unexpectedly", e);
                        err.println(messages.failure(e));
                    }
                    err.flush();
                    return FAILED;
                });
    }

    private static String describe(ParameterException e, Messages messages) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return messages.get("cli.unknownArgument", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof MissingParameterException missing) {
            List<String> names = missing.getMissing().stream()
                    .map(arg -> arg.paramLabel()).toList();
            return messages.get("cli.missingArgument", String.join(", ", names));
        }
        return e.getMessage();
    }
}
