package de.digitaldialog.desk.robustness;

import de.digitaldialog.desk.service.FolderKey;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.OpenOptions;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Random;

/**
 * The process the robustness tests kill: opens a workspace on a data folder and writes at random
 * through the services until it is killed ({@link RandomWriter}, {@link CommitLog}). It tells its
 * parent on stdout where it is: "READY" once loaded (then it waits for a line on stdin, so the
 * parent can start it while it still checks the previous one), "S" before the workspace opens, "O"
 * once open, "W" after the first commit. With {@code stop-on-failure} (a full disk) it stops at the
 * first failed transaction, says "F" and closes the workspace as the window would.
 *
 * <p>Arguments: data folder, log file, seed, run label, {@code kill}, {@code migrate} (as {@code
 * kill}, but the workspace opens with the slow test migration {@link #SLOW_MIGRATION}), {@code
 * stop-on-failure} or {@code warm-only}, and optionally a migrated data folder to warm up on: the
 * child then writes a little on a copy of it before it says "READY", so the classes and code its
 * open and writes need are loaded and compiled while the parent still checks the previous child's
 * folder. With {@code warm-only} it ends after that (the tests run it once with {@code
 * -XX:ArchiveClassesAtExit}). It ends at once when its parent does (stdin closes).
 */
public final class CrashChild {

    /** A test migration V7 that pauses between its steps, about two seconds in all. */
    static final String SLOW_MIGRATION = "classpath:db/testmigration-slow";

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path logFile = Path.of(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        boolean stopOnFailure = args[4].equals("stop-on-failure");
        if (args.length > 5) {
            warmUp(Path.of(args[5]), Path.of(args[1] + ".warm"));
        }
        if (args[4].equals("warm-only")) {
            return;
        }
        System.out.println("READY");
        System.out.flush();
        BufferedReader parent = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (parent.readLine() == null) {
            return;  // the parent ended before it needed this child
        }
        Thread orphaned = new Thread(() -> {
            try {
                while (parent.readLine() != null) {
                    // nothing more is sent: the pipe closes when the parent ends
                }
            } catch (IOException e) {
                // the same: the parent is gone
            }
            Runtime.getRuntime().halt(2);  // never write on for a parent that is gone
        }, "parent-watch");
        orphaned.setDaemon(true);
        orphaned.start();
        System.out.println("S");
        System.out.flush();
        OpenOptions options = args[4].equals("migrate") ? OpenOptions.STANDARD.withMigrations(SLOW_MIGRATION)
                : OpenOptions.STANDARD;
        try (CommitLog log = CommitLog.appendTo(logFile);
             Workspace workspace = Workspace.open(folder, Clock.systemDefaultZone(), options)) {
            System.out.println("O");
            System.out.flush();
            RandomWriter writer = new RandomWriter(workspace, log, random, args[3]);
            writer.step();
            System.out.println("W");
            System.out.flush();
            while (true) {  // until killed
                try {
                    writer.step();
                } catch (RuntimeException e) {
                    if (!stopOnFailure) {
                        throw e;
                    }
                    System.out.println("F " + e);
                    System.out.flush();
                    return;
                }
            }
        }
    }

    private static void warmUp(Path template, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(template.resolve(Database.DATABASE_FILE), folder.resolve(Database.DATABASE_FILE),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(template.resolve(FolderKey.FILE_NAME), folder.resolve(FolderKey.FILE_NAME),
                StandardCopyOption.REPLACE_EXISTING);
        try (CommitLog log = CommitLog.appendTo(folder.resolve("warm.log"));
             Workspace workspace = Workspace.open(folder)) {
            RandomWriter writer = new RandomWriter(workspace, log, new Random(1), "warm");
            for (int i = 0; i < 3; i++) {
                writer.step();
            }
        }
    }
}
