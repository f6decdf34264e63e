package de.digitaldialog.desk.bench;

import de.digitaldialog.desk.Launcher;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time: from process start until the main window shows the Übersicht with its counts
 * (on a database with the example data), against an empty JavaFX stage started the same way.
 * Both start from the runtime image the way {@code bin/desk} starts the program. The two
 * alternate, so a noisy machine hurts both alike; the figure is the ratio of medians.
 * Goal: at most 1.3.
 */
public final class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    private static final long TIMEOUT_SECONDS = 60;
    /** The runtime image of this build; under -Pbench its application jar holds these classes too. */
    private static final Path IMAGE = Path.of(System.getProperty("bench.image", "target/image"));

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataFolder = Files.createTempDirectory("desk-bench");
        try (Workspace workspace = Workspace.open(dataFolder)) {
            workspace.settings().saveUserProfile(new UserProfile("Benchmark", "StK", null));
            workspace.demoData().load(false);
        }
        List<Long> desk = new ArrayList<>();
        List<Long> empty = new ArrayList<>();
        // one warm-up each: the first start pays for the operating system's file cache
        timeToShown(Launcher.class.getName(), dataFolder);
        timeToShown(EmptyStage.Main.class.getName(), null);
        for (int run = 0; run < RUNS; run++) {
            desk.add(timeToShown(Launcher.class.getName(), dataFolder));
            empty.add(timeToShown(EmptyStage.Main.class.getName(), null));
        }
        long deskMedian = median(desk);
        long emptyMedian = median(empty);
        System.out.printf(Locale.ROOT, "Digitaldialog Desk to Übersicht with counts: median %d ms of %s%n",
                deskMedian, desk);
        System.out.printf(Locale.ROOT, "Empty JavaFX stage:                          median %d ms of %s%n",
                emptyMedian, empty);
        System.out.printf(Locale.ROOT, "Ratio: %.2f (goal: at most 1.30)%n", (double) deskMedian / emptyMedian);
    }

    private static long timeToShown(String mainClass, Path dataFolder) throws IOException, InterruptedException {
        Path marker = Files.createTempFile("desk-bench", ".marker");
        Files.delete(marker);
        // both run exactly as bin/desk runs the program: the image's Java, its class-data archive
        List<String> command = new ArrayList<>(List.of(IMAGE.resolve("bin/java").toString()));
        Path archive = IMAGE.resolve("lib/desk.jsa");
        if (Files.exists(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-Ddesk.startup.marker=" + marker, "-cp", IMAGE.resolve("lib/app") + "/*"));
        command.add(mainClass);
        if (dataFolder != null) {
            command.add("--data-dir");
            command.add(dataFolder.toString());
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        while (!Files.exists(marker)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(mainClass + " ended (exit " + process.exitValue()
                        + ") before its window was shown");
            }
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(mainClass + " did not show its window in time");
            }
            Thread.sleep(2);
        }
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(marker);
        return elapsed;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
