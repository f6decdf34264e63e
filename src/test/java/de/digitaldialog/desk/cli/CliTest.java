package de.digitaldialog.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.FolderState;
import de.digitaldialog.desk.testsupport.DatabaseHolder;
import de.digitaldialog.desk.testsupport.TestCredentials;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as scripts use it: output, exit codes, one-line errors. */
class CliTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, Messages.of(locale), dataFolder -> {
            throw new AssertionError("no command may open the window");
        }, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(Locale.GERMAN, args);
    }

    private String[] in(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    @Test
    void infoListsEveryTableWithItsRowCountAndTheSchemaVersion() {
        Run info = run(in("info"));

        assertThat(info.exitCode()).isZero();
        assertThat(info.err()).isEmpty();
        assertThat(info.lines()).contains("land\t17", "theme_area\t8", "meeting_format\t5", "initiative\t0",
                "meeting\t0", "agenda_item\t0", "attachment\t0", "status_change\t0");
        assertThat(info.lines()).hasSize(32);
        assertThat(info.lines().get(31)).isEqualTo("Schemaversion\t6");
    }

    @Test
    void demoLoadsTheJointCabinetSessionOnce() {
        Run demo = run(in("demo"));
        assertThat(demo.exitCode()).isZero();
        assertThat(demo.out()).startsWith("Beispieldaten geladen: 16 Initiativen, 3 Sitzungen.");

        Run meetings = run(in("list", "meetings"));
        assertThat(meetings.exitCode()).isZero();
        assertThat(meetings.lines()).first()
                .isEqualTo("SIT-BY1-0001\tGemeinsame Kabinettssitzung Bayern – Nordrhein-Westfalen");
        assertThat(meetings.lines()).hasSize(3);

        Run again = run(in("demo"));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().lines()).singleElement().asString().contains("--force");
        assertThat(run(in("list", "meetings")).lines()).hasSize(3);

        assertThat(run(in("demo", "--force")).exitCode()).isZero();
        assertThat(run(in("list", "meetings")).lines()).hasSize(6);
    }

    @Test
    void listLeavesClassifiedInitiativesAndBestPracticesOutUnlessAskedAndThenMarksThem() {
        run(in("demo"));
        List<String> open = run(in("list", "initiatives")).lines();
        List<String> all = run(in("list", "initiatives", "--include-classified")).lines();

        assertThat(open).hasSize(15).noneMatch(line -> line.contains("Cyberabwehr"));
        assertThat(all.get(0)).isEqualTo("VS-NUR FÜR DEN DIENSTGEBRAUCH");
        assertThat(all).hasSize(17).anyMatch(line -> line.contains("Cyberabwehr"));
        assertThat(open).allMatch(line -> line.matches("INI-BY1-\\d{4}\t.+"));

        List<String> practices = run(in("list", "bestpractices")).lines();
        assertThat(practices).hasSize(3).allMatch(line -> line.matches("BP-BY1-\\d{4}\t.+"))
                .contains("BP-BY1-0002\tLOGINEO NRW").noneMatch(line -> line.contains("Cyberabwehr"));
        assertThat(run(in("list", "bestpractices", "--include-classified")).lines()).hasSize(5)
                .anyMatch(line -> line.contains("Cyberabwehr"));
    }

    @Test
    void themesAndMinistriesAreListedInTheUiLanguage() {
        assertThat(run(in("list", "themes")).lines()).hasSize(8)
                .first().isEqualTo("KI\tKünstliche Intelligenz und Supercomputing");
        assertThat(run(Locale.ENGLISH, in("list", "themes")).lines()).first().asString().startsWith("KI\tArtificial");
        assertThat(run(in("list", "ministries")).lines()).anyMatch(line -> line.startsWith("StMD\t"));
    }

    @Test
    void wrongUsageIsOneLineAndExitCodeTwo() {
        Run unknown = run("--no-such-option");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err().lines()).singleElement().asString()
                .contains("--no-such-option").doesNotContain("Exception");

        Run badKind = run(in("list", "nonsense"));
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err().lines()).hasSize(1);

        Run missing = run(Locale.ENGLISH, in("list"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("desk: missing: KIND");
    }

    @Test
    void aDatabaseHeldByAnotherInstanceIsOneLineAndExitCodeOne() throws Exception {
        Process holder = DatabaseHolder.start(folder);
        try {
            Run info = run(in("info"));
            assertThat(info.exitCode()).isEqualTo(1);
            assertThat(info.err().lines()).singleElement().asString()
                    .contains("bereits von einer anderen laufenden Instanz").doesNotContain("Exception");
        } finally {
            DatabaseHolder.stop(holder);
        }
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenDataFolder() {
        AtomicReference<Path> opened = new AtomicReference<>();
        int code = Cli.run(in(), Messages.of(Locale.GERMAN), opened::set,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(opened.get()).isEqualTo(folder);
    }

    @Test
    void helpAndVersionAnswerWithoutTouchingTheDatabase() {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("info", "demo", "list", "--data-dir");
        assertThat(run("--version").out()).startsWith("Digitaldialog Desk");
    }

    @Test
    void setupSetsTheInstallationUpAndIsRefusedOnceNumbersExist() {
        Run setup = run(in("setup", "--land", "NW", "--code", "nw1", "--name", "Jan Becker", "--ministry", "MWIDE",
                "--email", "jan.becker@mwide.nrw.example"));
        assertThat(setup.exitCode()).isZero();
        assertThat(setup.err()).isEmpty();
        assertThat(setup.out()).isEqualTo("Eingerichtet: Kürzel NW1, Nordrhein-Westfalen, MWIDE." + System.lineSeparator());

        assertThat(run(in("demo")).exitCode()).isZero();
        assertThat(run(in("list", "meetings")).lines()).first().asString().startsWith("SIT-NW1-0001\t");

        Run again = run(Locale.ENGLISH, in("setup", "--land", "BY", "--code", "BY1", "--name", "Katrin Huber"));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.err().lines()).singleElement().asString().contains("NW1").contains("numbers")
                .doesNotContain("Exception");
        assertThat(run(in("list", "initiatives")).lines()).allMatch(line -> line.startsWith("INI-NW1-"));
    }

    @Test
    void setupRefusesABadValueWithOneLineNamingItsOptionAndWrongUsageWithExitTwo() {
        Map<String, String> badValues = Map.of("--ministry", "StMD", "--email", "jan@", "--code", "N-1");
        badValues.forEach((option, value) -> {
            Map<String, String> options = new LinkedHashMap<>(Map.of("--land", "NW", "--code", "NW1", "--name", "Jan"));
            options.put(option, value);
            List<String> args = new ArrayList<>(List.of("setup"));
            options.forEach((name, given) -> args.addAll(List.of(name, given)));
            Run refused = run(in(args.toArray(String[]::new)));
            assertThat(refused.exitCode()).as(option).isEqualTo(1);
            assertThat(refused.err().lines()).as(option).singleElement().asString()
                    .startsWith(option + " " + value + ": ");
        });
        assertThat(run(in("setup", "--land", "NW", "--code", "NW1")).exitCode()).isEqualTo(2);
        assertThat(run(in("setup", "--land", "HE", "--code", "HE1", "--name", "Jan Becker")).exitCode()).isEqualTo(2);

        assertThat(run(in("demo")).exitCode()).isZero();
        assertThat(run(in("list", "meetings")).lines()).first().asString().startsWith("SIT-BY1-0001\t");
    }

    @Test
    void personsAndBestPracticesAreListedByNumber() {
        run(in("demo"));

        List<String> persons = run(in("list", "persons")).lines();
        assertThat(persons).hasSize(8).allMatch(line -> line.matches("PER-BY1-\\d{4}\t.+"))
                .contains("PER-BY1-0007\tDr. Katrin Huber");
        List<String> open = run(in("list", "bestpractices")).lines();
        assertThat(open).containsExactly("BP-BY1-0001\tBayernPortal mit BayernID", "BP-BY1-0002\tLOGINEO NRW",
                "BP-BY1-0003\tDigitalbonus Bayern");
        List<String> all = run(in("list", "bestpractices", "--include-classified")).lines();
        assertThat(all).hasSize(5).first().isEqualTo("VS-NUR FÜR DEN DIENSTGEBRAUCH");
    }

    @Test
    void everyCommandAndSubcommandAnswersHelpWithADescriptionInTheUiLanguage() {
        List<String> germanDescriptions = new ArrayList<>();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            CommandLine root = Cli.commandLine(Messages.of(locale), dataFolder -> {
                throw new AssertionError("help may not open the window");
            }, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    ScriptedTerminal.script());
            List<CommandLine> commands = new ArrayList<>();
            collect(root, commands);
            assertThat(commands).extracting(CommandLine::getCommandName)
                    .contains("desk", "info", "demo", "list", "setup", "briefing", "meeting", "theme", "initiative",
                            "backup", "backups", "restore", "passphrase", "set", "change");
            for (CommandLine command : commands) {
                String path = command.getCommandSpec().qualifiedName(" ");
                List<String> args = new ArrayList<>(List.of(path.split(" ")).subList(1, path.split(" ").length));
                args.add("--help");
                Run help = run(locale, args.toArray(String[]::new));
                String description = String.join(" ", command.getCommandSpec().usageMessage().description());

                assertThat(help.exitCode()).as(path).isZero();
                assertThat(help.err()).as(path).isEmpty();
                assertThat(description).as(path).isNotBlank().doesNotContain("\n");
                assertThat(help.out().replaceAll("\\s+", " ")).as(path).contains(description);
                if (locale == Locale.GERMAN) {
                    germanDescriptions.add(description);
                } else {
                    assertThat(description).as(path + " in English").isNotIn(germanDescriptions);
                }
            }
        }
    }

    @Test
    void backupPrintsTheFileItWroteAndBackupsListsIt() {
        assertThat(run(in("backups"))).isEqualTo(new Run(0, "", ""));

        Run backup = run(in("backup"));

        assertThat(backup.exitCode()).isZero();
        assertThat(backup.err()).isEmpty();
        Path file = Path.of(backup.lines().get(0));
        assertThat(backup.lines()).hasSize(1);
        assertThat(file).isRegularFile().hasParent(folder.resolve("backups").toAbsolutePath().normalize());
        assertThat(file.getFileName().toString()).matches("desk-\\d{8}-\\d{6}\\.zip");

        Run list = run(in("backups"));
        assertThat(list.exitCode()).isZero();
        assertThat(list.lines()).singleElement().asString()
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\t\\d+\tmanual\t0\t0\t\\d+\t"
                        + file.getFileName().toString().replace(".", "\\.") + "\tunencrypted");
    }

    @Test
    void backupOntoAnExistingFileIsOneLineExitOneAndLeavesTheFileAsItWas() throws IOException {
        Path existing = Files.writeString(folder.resolve("taken.zip"), "keep me");
        // the user's own file: with wider rights, the data folder's narrowing would be told first
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-------"));

        Run backup = run(in("backup", "--out", existing.toString()));

        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.out()).isEmpty();
        assertThat(backup.err().lines()).singleElement().asString().contains("taken.zip");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void backupOutWritesTheNamedFile() {
        Path target = folder.resolve("mine.zip");

        Run backup = run(in("backup", "--out", target.toString()));

        assertThat(backup.exitCode()).isZero();
        assertThat(backup.lines()).containsExactly(target.toAbsolutePath().normalize().toString());
        assertThat(target).isRegularFile();
    }

    @Test
    void bothCommandsAnswerHelp() {
        for (String command : List.of("backup", "backups")) {
            Run help = run(in(command, "--help"));
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.err()).as(command).isEmpty();
        }
        assertThat(run(in("backup", "--help")).out()).contains("--out");
        assertThat(run("--help").out()).contains("backup", "backups");
    }

    @Test
    void restorePrintsWhatItRestoredAndWhereThePreviousStateWasSaved() {
        run(in("demo"));
        Path backup = folder.resolve("before.zip");
        assertThat(run(in("backup", "--out", backup.toString())).exitCode()).isZero();

        Run restore = run(in("restore", backup.toString()));

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.err()).isEmpty();
        assertThat(restore.lines()).singleElement().asString()
                .startsWith("Wiederhergestellt: " + backup.toAbsolutePath().normalize() + " (")
                .contains(" Initiativen, ", " Sitzungen); vorheriger Stand gesichert in ")
                .contains(folder.resolve("backups").toAbsolutePath().normalize().toString());
        assertThat(run(in("backups")).lines()).hasSize(1);
    }

    @Test
    void restoreOfNoBackupIsOneLineExitOneAndLeavesTheDatabaseAsItWas() throws IOException {
        run(in("demo"));
        Path good = folder.resolve("good.zip");
        run(in("backup", "--out", good.toString()));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(folder.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.writeString(folder.resolve("text.zip"), "no zip");
        Path other = folder.resolve("other.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("other.txt"));
            zip.closeEntry();
        }
        Path database = folder.resolve("desk.mv.db");
        byte[] before = Files.readAllBytes(database);
        var modified = Files.getLastModifiedTime(database);

        for (Path file : List.of(truncated, text, other)) {
            Run restore = run(in("restore", file.toString()));

            assertThat(restore.exitCode()).as(file.toString()).isEqualTo(1);
            assertThat(restore.out()).as(file.toString()).isEmpty();
            assertThat(restore.err().lines()).as(file.toString()).singleElement().asString()
                    .contains(file.getFileName().toString());
            assertThat(Files.readAllBytes(database)).as(file.toString()).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(database)).as(file.toString()).isEqualTo(modified);
            try (var files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("restore-"));
            }
        }
        assertThat(run(in("backups")).lines()).isEmpty();
    }

    @Test
    void restoreAnswersHelp() {
        Run help = run(in("restore", "--help"));

        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).contains("FILE.zip");
        assertThat(run("--help").out()).contains("restore");
    }

    // issue 11 open: read-only info and list, a damaged folder, a failed migration undone

    @Test
    void infoAndListLeaveTheDatabaseFileByteForByteAsItWas() throws IOException {
        run(in("demo"));
        Path database = folder.resolve("desk.mv.db");
        byte[] before = Files.readAllBytes(database);
        var modified = Files.getLastModifiedTime(database);

        assertThat(run(in("info")).exitCode()).isZero();
        assertThat(run(in("list", "initiatives")).lines()).hasSize(15);

        assertThat(Files.readAllBytes(database)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(database)).isEqualTo(modified);
    }

    @Test
    void aDamagedFolderIsOneLineExitOneForEveryCommandAndRestoreBringsTheBackupBack() throws IOException {
        run(in("demo"));
        Path backup = folder.resolve("good.zip");
        assertThat(run(in("backup", "--out", backup.toString())).exitCode()).isZero();
        Path database = folder.resolve("desk.mv.db");
        byte[] bytes = Files.readAllBytes(database);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 3);
        Files.write(database, truncated);

        for (String[] command : List.of(in("info"), in("list", "meetings"), in("backup"), in("demo"))) {
            Run refused = run(command);
            assertThat(refused.exitCode()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(refused.err().lines()).singleElement().asString().contains("abgeschnitten");
        }
        assertThat(Files.readAllBytes(database)).isEqualTo(truncated);

        Run restore = run(in("restore", backup.toString()));
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.lines()).singleElement().asString()
                .contains("beschädigte Datenbankdatei liegt jetzt in " + folder.resolve("damaged"));
        assertThat(run(in("list", "meetings")).lines()).hasSize(3);
    }

    @Test
    void aDamagedFolderStillListsItsBackupsWithoutTouchingTheFile() throws IOException {
        run(in("demo"));
        assertThat(run(in("backup")).exitCode()).isZero();
        Path database = folder.resolve("desk.mv.db");
        byte[] bytes = Files.readAllBytes(database);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 3);
        Files.write(database, truncated);

        Run list = run(in("backups"));

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.lines()).singleElement().asString().contains("\tmanual\t").endsWith(".zip\tunencrypted");
        assertThat(Files.readAllBytes(database)).isEqualTo(truncated);
    }

    @Test
    void aMigrationInterruptedEarlierIsUndoneAndTheNoticeGoesToStderr() throws IOException {
        run(in("demo"));
        Path backup = folder.resolve("backups").resolve("desk-before.zip");
        Files.createDirectories(backup.getParent());
        assertThat(run(in("backup", "--out", backup.toString())).exitCode()).isZero();
        FolderState.read(folder).orElseThrow().migrating("6", backup).write(folder);

        Run demo = run(in("demo"));

        assertThat(demo.exitCode()).isEqualTo(1);
        assertThat(demo.err().lines()).hasSize(2).first().asString()
                .contains("unterbrochene Aktualisierung", backup.toString());
    }

    // issue 11 check: desk check

    @Test
    void checkOnTheExampleDataIsCleanAndLeavesTheFolderAsItWas() throws IOException {
        run(in("demo"));
        Path database = folder.resolve("desk.mv.db");
        byte[] before = Files.readAllBytes(database);
        var modified = Files.getLastModifiedTime(database);
        List<String> files = filesIn(folder);

        Run check = run(in("check"));

        assertThat(check.exitCode()).isZero();
        assertThat(check.err()).isEmpty();
        assertThat(check.lines()).hasSize(2);
        assertThat(check.lines().get(0)).startsWith("Geprüft: 32 Tabellen mit ").contains(" Fremdschlüssel, ");
        assertThat(check.lines().get(1)).isEqualTo("Keine Fehler gefunden.");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(database)).isEqualTo(modified);
        assertThat(filesIn(folder)).isEqualTo(files);
    }

    @Test
    void checkListsEachFindingInTheUiLanguageAndExitsOne() throws Exception {
        run(in("demo"));
        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve("desk").toAbsolutePath(), "desk",
                TestCredentials.userPassword(folder));
             var statement = connection.createStatement()) {
            statement.execute("UPDATE number_counter SET last_value = 2 WHERE kind = 'INI'");
        }

        Run check = run(Locale.ENGLISH, in("check"));

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).isEmpty();
        assertThat(check.lines()).hasSize(3);
        assertThat(check.lines().get(0)).startsWith("Checked: 32 tables with ");
        assertThat(check.lines().get(1)).matches("number_counter\tINI-BY1-00\\d\\d\t"
                + "The counter INI of BY1 stands at 2, but INI-BY1-00\\d\\d is already used: "
                + "the next number would be taken twice");
        assertThat(check.lines().get(2)).isEqualTo("1 problem found.");
    }

    @Test
    void checkOfAFolderWithoutADatabaseOrWithADamagedOneIsOneLineAndExitOne() throws IOException {
        Run missing = run(in("check"));

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err().lines()).singleElement().asString().contains("keine Datenbank");
        assertThat(filesIn(folder)).isEmpty();

        byte[] garbage = new byte[16_384];
        new java.util.Random(11).nextBytes(garbage);
        Path database = Files.write(folder.resolve("desk.mv.db"), garbage);
        Run damaged = run(in("check"));

        assertThat(damaged.exitCode()).isEqualTo(1);
        assertThat(damaged.out()).isEmpty();
        assertThat(damaged.err().lines()).singleElement().asString().contains("beschädigt")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(database)).isEqualTo(garbage);
    }

    @Test
    void checkOfADatabaseHeldByAnotherInstanceIsOneLineAndExitOne() throws Exception {
        Process holder = DatabaseHolder.start(folder);
        try {
            Run check = run(in("check"));
            assertThat(check.exitCode()).isEqualTo(1);
            assertThat(check.err().lines()).singleElement().asString()
                    .contains("bereits von einer anderen laufenden Instanz");
        } finally {
            DatabaseHolder.stop(holder);
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
}
