package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.service.PassphraseFile;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the command line gets a passphrase: from the file an environment variable names (for
 * scripts), else asked on the console without echo. Tests hand in an environment and a prompt of
 * their own, so the commands run in-process.
 */
public final class PassphraseInput {

    /** Names the file with the passphrase that opens the folder (or, for {@code passphrase set}, the new one). */
    public static final String FILE_VARIABLE = "DESK_PASSPHRASE_FILE";
    /** Names the file with the new passphrase for {@code passphrase change}. */
    public static final String NEW_FILE_VARIABLE = "DESK_NEW_PASSPHRASE_FILE";
    /** The fewest characters a new passphrase has, as in the window. */

    /** A console's password prompt: what was typed, not echoed; null at the end of the input. */
    @FunctionalInterface
    public interface Prompt {
        char[] readPassword(String prompt);
    }

    private final UnaryOperator<String> environment;
    private final Optional<Prompt> console;

    /**
     * @param environment the value of an environment variable, null when it is not set
     * @param console     the console's prompt; empty when there is no console (a pipe, a service)
     */
    public PassphraseInput(UnaryOperator<String> environment, Optional<Prompt> console) {
        this.environment = environment;
        this.console = console;
    }

    /** The process's environment and console. */
    public static PassphraseInput system() {
        Console console = System.console();
        return new PassphraseInput(System::getenv,
                Optional.ofNullable(console).map(present -> prompt -> present.readPassword("%s", prompt)));
    }

    /** The passphrase that opens the folder: from {@value #FILE_VARIABLE}, else asked once. */
    Passphrase current(Messages messages, String promptKey) {
        Optional<Path> file = file(FILE_VARIABLE);
        if (file.isPresent()) {
            return PassphraseFile.read(file.get());
        }
        char[] typed = ask(messages.get(promptKey), FILE_VARIABLE);
        try {
            return Passphrase.of(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /**
     * A new passphrase: from the file {@code variable} names, else asked twice.
     *
     * @throws DeskException {@code cli.passphrase.mismatch} when the two differ,
     *                       {@code cli.passphrase.tooShort} when it has fewer than {@value Passphrase#MIN_LENGTH} characters
     */
    Passphrase next(Messages messages, String variable) {
        Optional<Path> file = file(variable);
        if (file.isPresent()) {
            return checkedLength(PassphraseFile.read(file.get()));
        }
        char[] first = ask(messages.get("cli.passphrase.promptNew"), variable);
        char[] repeated = ask(messages.get("cli.passphrase.promptRepeat"), variable);
        try {
            if (!Arrays.equals(first, repeated)) {
                throw new DeskException("cli.passphrase.mismatch");
            }
            return checkedLength(Passphrase.of(first));
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    private Optional<Path> file(String variable) {
        return Optional.ofNullable(environment.apply(variable)).filter(name -> !name.isBlank()).map(Path::of);
    }

    /**
     * What was typed at {@code prompt}; the caller clears it. Nothing typed (end of input) is empty.
     * Without a console, the message names {@code variable}, the way a script hands the passphrase over.
     */
    private char[] ask(String prompt, String variable) {
        Prompt prompting = console.orElseThrow(() -> new DeskException("error.passphrase.noConsole", variable));
        char[] typed = prompting.readPassword(prompt);
        return typed == null ? new char[0] : typed;
    }

    private static Passphrase checkedLength(Passphrase passphrase) {
        if (passphrase.length() < Passphrase.MIN_LENGTH) {
            passphrase.close();
            throw new DeskException("cli.passphrase.tooShort", Passphrase.MIN_LENGTH);
        }
        return passphrase;
    }
}
