package de.digitaldialog.desk.cli;

import static de.digitaldialog.desk.cli.ScriptedTerminal.passphraseFile;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.cli.ScriptedTerminal.Run;
import de.digitaldialog.desk.service.FolderKey;
import de.digitaldialog.desk.service.Passphrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passphrase on the command line without a real encryption: where it is read from, what is
 * asked, and each refusal as one line with exit code 1 before anything is written.
 */
class PassphraseCommandTest {

    private static final String PASSPHRASE = "Kabinett tagt in Düsseldorf";
    /** A side file saying "encrypted", derived once for the whole class (the derivation takes a while). */
    private static FolderKey encrypted;

    @TempDir
    Path folder;

    @TempDir
    Path secrets;

    private final ScriptedTerminal terminal = new ScriptedTerminal();

    @BeforeAll
    static void deriveOnce() {
        try (Passphrase passphrase = Passphrase.of(PASSPHRASE.toCharArray())) {
            encrypted = FolderKey.unencrypted().encryptedWith(passphrase);
        }
    }

    private String[] in(String... args) {
        return Stream.concat(Stream.of("--data-dir", folder.toString()), Stream.of(args)).toArray(String[]::new);
    }

    private static void assertRefused(Run run, String... parts) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().contains(parts);
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void setAsksTheNewPassphraseTwiceAndRefusesTwoThatDifferBeforeAnythingIsWritten() throws IOException {
        terminal.typing(PASSPHRASE, PASSPHRASE + "!");

        assertRefused(terminal.run(in("passphrase", "set")), "stimmen nicht überein", "Nichts wurde geändert");

        assertThat(terminal.prompts()).containsExactly("Neue Passphrase: ", "Neue Passphrase wiederholen: ");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void aNewPassphraseHasAtLeastTenCharactersTypedOrFromTheFile() throws IOException {
        terminal.typing("kurz", "kurz");
        assertRefused(terminal.run(in("passphrase", "set")), "mindestens 10 Zeichen");

        Path file = passphraseFile(secrets.resolve("new"), "neun Zchn", "rw-------");
        terminal.with(PassphraseInput.FILE_VARIABLE, file.toString());
        assertRefused(terminal.run(in("setup", "--land", "BY", "--code", "BY1", "--name", "Anna Berger", "--encrypt")),
                "mindestens 10 Zeichen");

        assertThat(terminal.prompts()).hasSize(2);
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void withoutAConsoleOrAFileTheMessageNamesTheVariableThatHandsItOver() {
        terminal.noConsole();

        assertRefused(terminal.run(in("passphrase", "set")), "keine Konsole", "DESK_PASSPHRASE_FILE");
        assertRefused(terminal.run(in("setup", "--land", "NW", "--code", "NW1", "--name", "Jan Peters", "--encrypt")),
                "keine Konsole", "DESK_PASSPHRASE_FILE");
    }

    @Test
    void aPassphraseFileOthersMayReadIsRefusedNamingTheFileAndItsMode() {
        Path open = passphraseFile(secrets.resolve("open"), PASSPHRASE, "rw-r--r--");
        terminal.with(PassphraseInput.FILE_VARIABLE, open.toString());

        assertRefused(terminal.run(in("passphrase", "set")), open.toString(), "rw-r--r--", "chmod 600");

        terminal.with(PassphraseInput.FILE_VARIABLE, secrets.resolve("none").toString());
        assertRefused(terminal.run(in("passphrase", "set")), secrets.resolve("none").toString(), "gibt es nicht");
        assertThat(terminal.prompts()).isEmpty();
    }

    /** That an unencrypted folder opens without asking, every other command-line test shows (no console there). */
    @Test
    void anUnencryptedFolderHasNoPassphraseToChangeNorBackupsToDelete() {
        assertRefused(terminal.run(in("passphrase", "change")), "nicht verschlüsselt", "desk passphrase set");
        assertRefused(terminal.run(in("backups", "--delete-unencrypted")), "nicht verschlüsselt");
        assertThat(terminal.prompts()).isEmpty();
    }

    @Test
    void anEncryptedFolderAsksForItsPassphraseBeforeOpeningAndHasOneAlready() {
        encrypted.write(folder);

        assertRefused(terminal.noConsole().run(in("info")), "keine Konsole", "DESK_PASSPHRASE_FILE");
        assertRefused(terminal.run(in("list", "initiatives")), "keine Konsole");
        Path open = passphraseFile(secrets.resolve("open"), PASSPHRASE, "rw-rw----");
        terminal.with(PassphraseInput.FILE_VARIABLE, open.toString());
        assertRefused(terminal.run(in("backup")), "rw-rw----");

        assertRefused(terminal.run(in("passphrase", "set")), "bereits verschlüsselt", "desk passphrase change");
        assertRefused(terminal.run(in("setup", "--land", "BY", "--code", "BY1", "--name", "Anna Berger", "--encrypt")),
                "bereits verschlüsselt");
        assertThat(folder.resolve("desk.mv.db")).doesNotExist();
    }

    @Test
    void passphraseWithoutSetOrChangeIsWrongUsage() {
        Run run = terminal.run(in("passphrase"));

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err().lines()).singleElement().asString().contains("set | change");
    }
}
