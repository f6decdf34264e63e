package de.digitaldialog.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.StatusUtil;
import de.digitaldialog.desk.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** A data folder the Desk cannot use is refused with one line and exit code 1, before anything is created. */
class LauncherTest {

    private static final Messages GERMAN = Messages.of(Locale.GERMAN);

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err, boolean windowOpened) {
    }

    private static Run launch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        boolean[] window = {false};
        String logDir = System.getProperty(LogConfiguration.LOG_DIR_PROPERTY);
        int code = Launcher.run(args, folder -> window[0] = true, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(System.getProperty(LogConfiguration.LOG_DIR_PROPERTY)).as("the log is not pointed anywhere")
                .isEqualTo(logDir);
        return new Run(code, out.toString(), err.toString(), window[0]);
    }

    private static void assertRefused(Run run, String message) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + System.lineSeparator());
        assertThat(run.windowOpened()).isFalse();
    }

    @Test
    void anEmptyOrBlankDataFolderIsRefusedForTheWindowAndForCommands() {
        Path here = Path.of("").toAbsolutePath();
        List<String> before = names(here);
        String blank = GERMAN.get("error.dataFolder.blank");

        assertRefused(launch("--data-dir", ""), blank);
        assertRefused(launch("--data-dir=", "info"), blank);
        assertRefused(launch("--data-dir", "  ", "demo"), blank);
        assertThat(names(here)).as("nothing created in the current folder").isEqualTo(before);
    }

    @Test
    void aFileIsRefusedAsDataFolderAndAsTheParentOfOne() throws IOException {
        Path file = Files.writeString(temp.resolve("desk.txt"), "kein Ordner");

        assertRefused(launch("--data-dir", file.toString()), GERMAN.get("error.dataFolder.notFolder", file));
        assertRefused(launch("--data-dir", file.resolve("data").toString(), "info"),
                GERMAN.get("error.dataFolder.notFolder", file));
        assertThat(Files.readString(file)).isEqualTo("kein Ordner");
        assertThat(names(temp)).containsExactly("desk.txt");
    }

    /**
     * As an ordinary user a folder without write permission is refused in-process. Root may write
     * there regardless, so the folder is really writable and rightly used; for root the test mounts
     * a read-only file system in a mount namespace of its own (unshare) and starts the launcher there.
     */
    @Test
    void aReadOnlyFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("readonly"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (!ignoresPermissions(folder)) {
                assertRefused(launch("--data-dir", folder.toString(), "info"),
                        GERMAN.get("error.dataFolder.readOnly", folder));
                assertRefused(launch("--data-dir", folder.resolve("data").toString()),
                        GERMAN.get("error.dataFolder.readOnly", folder));
                assertThat(names(folder)).isEmpty();
                return;
            }
            String missing = "root without mount namespaces: no read-only folder to be had";
            if (System.getenv("CI") != null) {
                assertThat(mayUnshare()).as(missing).isTrue();  // CI runs as root: never skip there
            } else {
                assumeTrue(mayUnshare(), missing);
            }
            Run child = launchOnReadOnlyMount(folder);
            assertRefused(child, GERMAN.get("error.dataFolder.readOnly", folder));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anUnusableLogFolderLogsNowhereAndLogbackStaysSilent() throws IOException {
        Path file = Files.writeString(temp.resolve("logs"), "");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());

        LogConfiguration.configure(context, file.resolve("sub"));
        context.getLogger(LauncherTest.class).warn("goes nowhere");

        assertThat(StatusUtil.contextHasStatusListener(context)).as("no status dump on the console").isTrue();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        context.stop();
    }

    /** Whether this user may create a file in a folder without write permission (root may). */
    private static boolean ignoresPermissions(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean mayUnshare() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("unshare", "-m", "true").redirectErrorStream(true).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private Run launchOnReadOnlyMount(Path folder) throws Exception {
        List<String> command = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                "mount -t tmpfs -o ro,size=64k tmpfs \"$0\" && exec \"$@\"", folder.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Launcher.class.getName(), "--data-dir", folder.toString(), "info"));
        Path out = temp.resolve("child.out");
        Path err = temp.resolve("child.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), false);
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
