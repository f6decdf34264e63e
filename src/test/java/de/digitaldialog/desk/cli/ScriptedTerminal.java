package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command line run in-process with an environment and a console of the test's own: the console
 * answers its prompts from a script and remembers which prompts it was asked.
 */
final class ScriptedTerminal {

    /** One run's exit code and output. */
    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private final Map<String, String> environment = new HashMap<>();
    private final Deque<String> answers = new ArrayDeque<>();
    private final List<String> prompts = new ArrayList<>();
    private boolean console = true;

    /** What a script run has: no passphrase variable and no console. */
    static PassphraseInput script() {
        return new PassphraseInput(variable -> null, Optional.empty());
    }

    /** Sets an environment variable for the following runs. */
    ScriptedTerminal with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    ScriptedTerminal without(String variable) {
        environment.remove(variable);
        return this;
    }

    /** Runs as a script does: no console. */
    ScriptedTerminal noConsole() {
        console = false;
        return this;
    }

    /** What the console answers to its next prompts, in order. */
    ScriptedTerminal typing(String... typed) {
        answers.addAll(List.of(typed));
        return this;
    }

    /** The prompts the console was asked, in order, since the last call. */
    List<String> prompts() {
        List<String> asked = List.copyOf(prompts);
        prompts.clear();
        return asked;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PassphraseInput.Prompt prompt = text -> {
            prompts.add(text);
            if (answers.isEmpty()) {
                throw new AssertionError("nothing scripted to type at " + text);
            }
            return answers.removeFirst().toCharArray();
        };
        int code = Cli.run(args, Messages.of(Locale.GERMAN), folder -> {
            throw new AssertionError("no command may open the window");
        }, new PrintWriter(out, true), new PrintWriter(err, true),
                new PassphraseInput(environment::get, console ? Optional.of(prompt) : Optional.empty()));
        return new Run(code, out.toString(), err.toString());
    }

    /** Writes {@code passphrase} and a line break into {@code file} with the mode {@code permissions}. */
    static Path passphraseFile(Path file, String passphrase, String permissions) {
        try {
            Files.writeString(file, passphrase + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
