package de.digitaldialog.desk.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.DatabaseProbe;
import de.digitaldialog.desk.testsupport.TestCredentials;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Desk on a full disk: the child ({@link CrashChild}, {@code stop-on-failure}) runs in a mount
 * namespace of its own on a tiny tmpfs (as root: {@code unshare -m}, {@code mount -t tmpfs}), during
 * its first start or writing until the disk is full; it stops at the first failure and closes the
 * workspace as the window would. The tmpfs is copied out before the namespace ends, and the copy
 * always opens again with every logged commit. Skipped where unshare or mount cannot work (not
 * root, not Linux) — but never in CI (env CI), where it fails instead. Count: {@code
 * -Drobustness.diskFullRuns=…} (half during the first start, half while writing; the profile runs 20).
 */
@Tag("robustness")
class DiskFullRobustnessTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** Mounts the tmpfs on $0, puts $SEED's files there, runs the child ("$@") and copies the tmpfs to $OUT. */
    private static final String SHELL = "mount -t tmpfs -o size=\"$SIZE\" tmpfs \"$0\" || exit 97; "
            + "if [ -n \"$SEED\" ]; then cp -a \"$SEED\"/. \"$0\"/ || exit 98; fi; "
            + "\"$@\"; rc=$?; cp -a \"$0\"/. \"$OUT\"/; exit $rc";

    @TempDir
    static Path shared;
    private static Children children;
    private static long newDeskSize;

    @TempDir
    Path temp;

    @BeforeAll
    static void prepare() throws IOException {
        String missing = "unshare -m and mount -t tmpfs need root on Linux";
        if (System.getenv("CI") != null) {
            assertThat(namespacesWork()).as(missing).isTrue();  // CI runs as root: never skip there
        } else {
            assumeTrue(namespacesWork(), missing);
        }
        children = Children.withoutArchive(shared);
        newDeskSize = Files.size(children.template().resolve(Database.DATABASE_FILE));
    }

    private static boolean namespacesWork() {
        return System.getProperty("os.name").startsWith("Linux") && "root".equals(System.getProperty("user.name"))
                && Files.isExecutable(Path.of("/usr/bin/unshare"));
    }

    @Test
    void aFolderOnAFullDiskAlwaysOpensAgainWithItsCommits() throws Exception {
        int runs = Integer.getInteger("robustness.diskFullRuns", 2);
        long seed = Long.getLong("robustness.seed", System.nanoTime());
        Random random = new Random(seed);
        long started = System.nanoTime();
        StringBuilder outcomes = new StringBuilder();
        for (int run = 0; run < runs; run++) {
            boolean firstStart = run % 2 == 0;
            // a first start gets less room than a new Desk needs; writes start on a new Desk with a little room
            long size = firstStart ? 64 * 1024 + (long) (random.nextDouble() * newDeskSize)
                    : newDeskSize + 64 * 1024 + random.nextInt(512 * 1024);
            try {
                outcomes.append(' ').append(fill(run, firstStart, size, random.nextLong()));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("run " + (run + 1) + " of " + runs + ", tmpfs of " + size + " bytes"
                        + (firstStart ? " during the first start" : " while writing") + " (seed " + seed + "): "
                        + e.getMessage(), e);
            }
        }
        System.out.printf("Disk full: %d of %d runs opened again with their commits:%s; %.1f s, seed %d%n", runs,
                runs, outcomes, (System.nanoTime() - started) / 1e9, seed);
    }

    /** One child on a tmpfs of {@code size} bytes; says how it ended and how many commits it logged. */
    private String fill(int run, boolean firstStart, long size, long seed) throws Exception {
        Path mountPoint = Files.createDirectories(temp.resolve("tmpfs-" + run));
        Path copy = Files.createDirectories(temp.resolve("copy-" + run));
        Path log = temp.resolve("commits-" + run + ".log");
        Map<String, String> environment = Map.of("SIZE", Long.toString(size), "OUT", copy.toString(),
                "SEED", firstStart ? "" : children.template().toString());
        ChildJvm child = children.start(List.of("unshare", "-m", "sh", "-c", SHELL, mountPoint.toString()),
                environment, mountPoint, log, seed, "disk" + run, "stop-on-failure");
        child.await("READY", PATIENCE);
        child.go();
        int exit = child.waitFor(PATIENCE);
        assertThat(exit).as("the shell could mount and fill the tmpfs: %s", child.stderrText()).isLessThan(97);
        List<CommitLog.Entry> entries = CommitLog.read(log);
        try (Workspace workspace = Workspace.open(copy)) {
            new ExpectedState().check(workspace, entries);
        }
        assertThat(DatabaseProbe.check(copy, TestCredentials.of(copy)).findings()).as("consistency check")
                .isEmpty();
        long commits = entries.stream().filter(CommitLog.Entry::committed).count();
        String ended = child.seen().stream().filter(line -> line.startsWith("F")).findFirst()
                .map(line -> "stopped").orElse("exit " + exit);
        return (firstStart ? "first start " : "writing ") + size / 1024 + " KiB: " + ended + " after " + commits
                + " commits";
    }
}
