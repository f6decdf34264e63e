package de.digitaldialog.desk.cli;

import static de.digitaldialog.desk.cli.ScriptedTerminal.passphraseFile;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.cli.ScriptedTerminal.Run;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passphrase round trip on the command line with real encryption: set up encrypted, opened
 * from the file or the console, set on a folder with data, changed, the old one refused, the
 * backups from before deleted. Each key derivation takes most of a second: few runs, each needed.
 */
@Disabled("needs core: EncryptionService.set/change, BackupService.deleteUnencrypted and the unlocking FolderSession")
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
    void setUpEncryptedFromTheFileThenOpenedOnTheConsoleWhereAWrongOneIsOneLine() {
        terminal.with(PassphraseInput.FILE_VARIABLE, passphraseFile(secrets.resolve("p"), PASSPHRASE, "rw-------")
                .toString());

        Run setup = terminal.run(in("setup", "--land", "BY", "--code", "BY1", "--name", "Anna Berger", "--encrypt"));

        assertDone(setup);
        assertThat(setup.lines()).contains("Die Datenbank ist jetzt verschlüsselt.");
        assertThat(setup.lines().get(0)).startsWith("Eingerichtet: Kürzel BY1");
        assertThat(Workspace.encrypted(folder)).isTrue();

        terminal.without(PassphraseInput.FILE_VARIABLE).typing(PASSPHRASE);
        Run themes = terminal.run(in("list", "themes"));
        assertDone(themes);
        assertThat(themes.lines()).hasSize(8);
        assertThat(terminal.prompts()).containsExactly("Passphrase: ");

        terminal.typing("Kabinett tagt in Duesseldorf");
        assertWrongPassphrase(terminal.run(in("info")));
    }

    @Test
    void setOnAFolderWithDataThenChangedTheOldOneRefusedAndTheBackupsFromBeforeDeleted() throws IOException {
        assertDone(terminal.run(in("demo")));
        assertDone(terminal.run(in("backup")));
        terminal.typing(PASSPHRASE, PASSPHRASE);

        Run set = terminal.run(in("passphrase", "set"));

        assertDone(set);
        assertThat(terminal.prompts()).containsExactly("Neue Passphrase: ", "Neue Passphrase wiederholen: ");
        assertThat(set.lines()).hasSize(2).first().isEqualTo("Die Datenbank ist jetzt verschlüsselt.");
        assertThat(set.lines().get(1)).contains("noch unverschlüsselt", "desk backups --delete-unencrypted");
        assertThat(new String(Files.readAllBytes(folder.resolve("desk.mv.db")), StandardCharsets.ISO_8859_1))
                .doesNotContain("Cyberabwehr", "Kabinettssitzung");

        terminal.typing("nicht die richtige");
        assertWrongPassphrase(terminal.run(in("passphrase", "change")));
        assertThat(terminal.prompts()).containsExactly("Bisherige Passphrase: ");

        Path current = passphraseFile(secrets.resolve("current"), PASSPHRASE, "rw-------");
        Path next = passphraseFile(secrets.resolve("next"), NEXT, "rw-------");
        terminal.with(PassphraseInput.FILE_VARIABLE, current.toString())
                .with(PassphraseInput.NEW_FILE_VARIABLE, next.toString());
        Run change = terminal.run(in("passphrase", "change"));
        assertDone(change);
        assertThat(change.lines()).singleElement().asString().startsWith("Die Passphrase ist geändert.");
        assertWrongPassphrase(terminal.run(in("info")));

        terminal.with(PassphraseInput.FILE_VARIABLE, next.toString());
        Run deleted = terminal.run(in("backups", "--delete-unencrypted"));
        assertDone(deleted);
        assertThat(deleted.lines()).singleElement().asString().matches("\\d+ unverschlüsselte Sicherungen? gelöscht\\.");
        assertThat(terminal.prompts()).isEmpty();
    }
}
