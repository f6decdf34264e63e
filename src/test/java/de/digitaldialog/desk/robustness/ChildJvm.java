package de.digitaldialog.desk.robustness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashChild} in a JVM of its own, started with flags that make a short-lived JVM start
 * fast; its stdout lines arrive as signals, its stderr goes to a file the failure message shows.
 */
final class ChildJvm {

    private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xshare:auto", "-XX:-UsePerfData", "-Xmx256m");

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::readSignals, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The java command running {@link CrashChild} with these arguments, on this test's classpath;
     * {@code jvmOptions} e.g. name a class-data archive.
     */
    static List<String> javaCommand(List<String> jvmOptions, String classPath, Path logDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FAST_START);
        command.addAll(jvmOptions);
        command.add("-Ddesk.log.dir=" + logDir);
        command.add("-Dorg.jooq.no-logo=true");
        command.add("-Dorg.jooq.no-tips=true");
        command.add("-cp");
        command.add(classPath);
        command.add(CrashChild.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The classpath this test runs on (surefire names it apart from its own booter jar). */
    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Starts {@code command}; the child loads its classes and waits for {@link #go()}. */
    static ChildJvm start(List<String> command, Path stderr) {
        return start(command, Map.of(), stderr);
    }

    static ChildJvm start(List<String> command, Map<String, String> environment, Path stderr) {
        try {
            Files.createDirectories(stderr.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ChildJvm(process, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readSignals() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child was killed: its pipe closes
        }
    }

    /** Lets the waiting child open the data folder. */
    void go() {
        try {
            OutputStream in = process.getOutputStream();
            in.write('\n');
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the line {@code signal} (a line starting with it); fails when the child ends first. */
    void await(String signal, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.stream().noneMatch(line -> line.startsWith(signal))) {
            String line = lines.poll(20, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
            } else if (!process.isAlive() && lines.isEmpty()) {
                throw new AssertionError("child ended (exit " + process.exitValue() + ") before \"" + signal
                        + "\"; it said " + seen + "\n" + stderrText());
            } else if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("no \"" + signal + "\" from the child within " + timeout + "; it said "
                        + seen + "\n" + stderrText());
            }
        }
    }

    boolean said(String signal) {
        lines.drainTo(seen);
        return seen.stream().anyMatch(line -> line.startsWith(signal));
    }

    /** Kills the child as a power cut or {@code kill -9} would; fails when it had already died by itself. */
    void kill() throws InterruptedException {
        if (!process.isAlive()) {
            throw new AssertionError("the child died before it was killed (exit " + process.exitValue() + "); it said "
                    + seen + "\n" + stderrText());
        }
        process.destroyForcibly();
        process.waitFor();
    }

    /** Ends a child that is no longer needed (a test failed before its turn). */
    void destroy() {
        process.destroyForcibly();
    }

    /** Waits for a child that ends by itself and gives its exit code. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("child still running after " + timeout + "\n" + stderrText());
        }
        lines.drainTo(seen);
        return process.exitValue();
    }

    List<String> seen() {
        lines.drainTo(seen);
        return List.copyOf(seen);
    }

    String stderrText() {
        try {
            return Files.exists(stderr) ? Files.readString(stderr) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
