package de.digitaldialog.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import de.digitaldialog.desk.cli.Cli;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeExport;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.service.briefing.BriefingService;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** Every file the Desk writes is its owner's only (600), every folder 700; a wider data folder is narrowed. */
class OwnerOnlyFilesTest {

    private static final Messages GERMAN = Messages.of(Locale.GERMAN);

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions (the Windows access list is untested here)");
    }

    @Test
    void everyFileAndFolderTheDeskWritesIsForItsOwnerOnly() throws IOException {
        Path data = temp.resolve("data");
        Path out = Files.createDirectory(temp.resolve("out"));
        // as the launcher does: the log folder in the data folder first, both created by logging
        logALineAndRollOver(data.resolve("logs"));
        try (Workspace workspace = Workspace.open(data)) {
            workspace.backups().backUp();
            workspace.export().export(workspace.initiatives().list(), out.resolve("initiatives.xlsx"),
                    InitiativeExport.Format.XLSX, false, Locale.GERMAN, InitiativeExport.ProgressListener.NONE,
                    () -> false);
            workspace.briefings().write(BriefingRequest.themeArea("KI", Locale.GERMAN), out.resolve("ki.pdf"),
                    BriefingService.ProgressListener.NONE, () -> false);
            workspace.preferences().save(Locale.ENGLISH, Preferences.Theme.DARK);
            assertThat(workspace.openingNotices()).as("nothing to narrow").isEmpty();
        }

        Map<String, String> modes = modes(data);
        assertThat(modes).containsKeys("", "desk.mv.db", "desk.lock", "desk.state", "preferences.properties",
                "backups", "logs", "logs/desk.log");
        assertThat(modes.keySet()).anyMatch(name -> name.matches("backups/.+\\.zip"))
                .anyMatch(name -> name.matches("logs/desk\\..+\\.log"));
        assertOwnerOnly(modes);
        Map<String, String> written = modes(out);
        written.remove("");
        assertThat(written).containsOnlyKeys("initiatives.xlsx", "ki.pdf");
        assertOwnerOnly(written);
    }

    @Test
    void aWiderDataFolderIsNarrowedAtOpeningWithANotice() throws IOException {
        Path data = temp.resolve("data");
        Workspace.open(data).close();
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("desk.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(data.resolve("desk.state"), PosixFilePermissions.fromString("rw-rw-rw-"));
        Path link = Files.createSymbolicLink(data.resolve("elsewhere"), Files.createFile(temp.resolve("outside")));
        Files.setPosixFilePermissions(link, PosixFilePermissions.fromString("rw-r--r--"));

        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--data-dir", data.toString(), "info"}, GERMAN, folder -> { },
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isZero();
        assertThat(err).as("told by a command that only reads, too")
                .hasToString(GERMAN.get("notice.narrowed", 3, data) + System.lineSeparator());
        Map<String, String> modes = modes(data);
        modes.remove("elsewhere");
        assertOwnerOnly(modes);
        assertThat(Files.getPosixFilePermissions(link)).as("a link's target is not the Desk's")
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        try (Workspace again = Workspace.open(data)) {
            assertThat(again.openingNotices()).as("narrowed once").isEmpty();
        }
    }

    /** A context of its own, configured as the program's, so the test sees the files it creates. */
    private static void logALineAndRollOver(Path logs) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogConfiguration.configure(context, logs);
        Logger logger = context.getLogger(OwnerOnlyFilesTest.class);
        // desk.log rolls over beyond 10 MB
        String megabyte = "x".repeat(1 << 20);
        for (int i = 0; i < 12; i++) {
            logger.info(megabyte);
        }
        context.stop();
    }

    /** Relative name (the folder itself is "") to permissions, symbolic links included as they are. */
    private static Map<String, String> modes(Path folder) throws IOException {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.toList()) {
                modes.put(folder.relativize(path).toString().replace('\\', '/'), PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)));
            }
        }
        return modes;
    }

    private static void assertOwnerOnly(Map<String, String> modes) {
        modes.forEach((name, mode) -> assertThat(mode).as(name)
                .isIn("rw-------", "rwx------"));
        modes.forEach((name, mode) -> assertThat(mode.charAt(2) == 'x').as(name + " is a folder")
                .isEqualTo(mode.equals("rwx------")));
    }
}
