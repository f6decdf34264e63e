package de.digitaldialog.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk backup} and {@code desk backups} as scripts use them. */
class BackupCommandTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(all, Messages.of(Locale.GERMAN), dataFolder -> {
            throw new AssertionError("no command may open the window");
        }, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void backupPrintsTheFileItWroteAndBackupsListsIt() {
        assertThat(run("backups")).isEqualTo(new Run(0, "", ""));

        Run backup = run("backup");

        assertThat(backup.exitCode()).isZero();
        assertThat(backup.err()).isEmpty();
        Path file = Path.of(backup.lines().get(0));
        assertThat(backup.lines()).hasSize(1);
        assertThat(file).isRegularFile().hasParent(folder.resolve("backups").toAbsolutePath().normalize());
        assertThat(file.getFileName().toString()).matches("desk-\\d{8}-\\d{6}\\.zip");

        Run list = run("backups");
        assertThat(list.exitCode()).isZero();
        assertThat(list.lines()).singleElement().asString()
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\t\\d+\t" + file.getFileName().toString().replace(".", "\\."));
    }

    @Test
    void backupOntoAnExistingFileIsOneLineExitOneAndLeavesTheFileAsItWas() throws IOException {
        Path existing = Files.writeString(folder.resolve("taken.zip"), "keep me");

        Run backup = run("backup", "--out", existing.toString());

        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.out()).isEmpty();
        assertThat(backup.err().lines()).singleElement().asString().contains("taken.zip");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void backupOutWritesTheNamedFile() {
        Path target = folder.resolve("mine.zip");

        Run backup = run("backup", "--out", target.toString());

        assertThat(backup.exitCode()).isZero();
        assertThat(backup.lines()).containsExactly(target.toAbsolutePath().normalize().toString());
        assertThat(target).isRegularFile();
    }

    @Test
    void bothCommandsAnswerHelp() {
        for (String command : List.of("backup", "backups")) {
            Run help = run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.err()).as(command).isEmpty();
        }
        assertThat(run("backup", "--help").out()).contains("--out");
        assertThat(run("--help").out()).contains("backup", "backups");
    }
}
