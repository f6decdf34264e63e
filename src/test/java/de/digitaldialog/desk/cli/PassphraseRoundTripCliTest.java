package de.digitaldialog.desk.cli;

import static de.digitaldialog.desk.cli.ScriptedTerminal.passphraseFile;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.cli.ScriptedTerminal.Run;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passphrase round trip on the command line with real encryption: set up encrypted, opened
 * on the console, changed with passphrase files, opened with the new one to delete the backups from before.
 * Each key derivation takes most of a second: one folder, few runs, each needed.
 */
class PassphraseRoundTripCliTest {

    private static final String PASSPHRASE = "Kabinett tagt in Düsseldorf";
    private static final String NEXT = "Gemeinsame Sitzung in München";

    @TempDir
    Path folder;

    @TempDir
    Path secrets;

    private final ScriptedTerminal terminal = new ScriptedTerminal();

    private String[] in(String... args) {
        return Stream.concat(Stream.of("--data-dir", folder.toString()), Stream.of(args)).toArray(String[]::new);
    }

    private static void assertDone(Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    private static void assertWrongPassphrase(Run run) {
        assertThat(run.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(run.err().lines()).singleElement().isEqualTo("Die Passphrase ist falsch.");
    }

    @Test
    void setUpEncryptedOpenedOnTheConsoleAWrongOneRefusedChangedFromFilesAndTheBackupsFromBeforeDeleted() {
        terminal.typing(PASSPHRASE, PASSPHRASE);

        Run setup = terminal.run(in("setup", "--land", "BY", "--code", "BY1", "--name", "Anna Berger", "--encrypt"));

        assertDone(setup);
        assertThat(terminal.prompts()).containsExactly("Neue Passphrase: ", "Neue Passphrase wiederholen: ");
        // the backups made before hold only what was just typed: deleted, so nothing is left to mention
        assertThat(setup.lines()).hasSize(2);
        assertThat(setup.lines().get(0)).startsWith("Eingerichtet: Kürzel BY1");
        assertThat(setup.lines().get(1)).isEqualTo("Die Datenbank ist jetzt verschlüsselt.");
        assertThat(Workspace.encrypted(folder)).isTrue();

        terminal.typing(PASSPHRASE);
        Run info = terminal.run(in("info"));
        assertDone(info);
        assertThat(info.lines()).contains("initiative\t0");
        assertThat(terminal.prompts()).containsExactly("Passphrase: ");

        terminal.typing("Kabinett tagt in Duesseldorf");
        assertWrongPassphrase(terminal.run(in("passphrase", "change")));
        assertThat(terminal.prompts()).containsExactly("Bisherige Passphrase: ");

        Path current = passphraseFile(secrets.resolve("current"), PASSPHRASE, "rw-------");
        Path next = passphraseFile(secrets.resolve("next"), NEXT, "rw-------");
        terminal.with(PassphraseInput.FILE_VARIABLE, current.toString())
                .with(PassphraseInput.NEW_FILE_VARIABLE, next.toString());
        Run change = terminal.run(in("passphrase", "change"));
        assertDone(change);
        assertThat(change.lines()).singleElement().asString().startsWith("Die Passphrase ist geändert.");

        // only the new one opens now (the old one refused is the core's round trip)
        terminal.with(PassphraseInput.FILE_VARIABLE, next.toString());
        Run deleted = terminal.run(in("backups", "--delete-unencrypted"));
        assertDone(deleted);
        assertThat(deleted.lines()).as("setting up deleted them already")
                .containsExactly("Keine unverschlüsselte Sicherung gefunden.");
        assertThat(terminal.prompts()).isEmpty();
        assertThat(terminal.run(in("backups")).lines()).isNotEmpty().allMatch(line -> line.endsWith("\tencrypted"));
    }
}
