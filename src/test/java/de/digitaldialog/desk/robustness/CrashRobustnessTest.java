package de.digitaldialog.desk.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.service.OpeningNotice;
import de.digitaldialog.desk.store.DatabaseProbe;
import de.digitaldialog.desk.store.OpenOptions;
import de.digitaldialog.desk.testsupport.TestCredentials;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing Desk ({@link CrashChild}, {@code destroyForcibly}) at random moments — while it
 * writes, during its first start, during a (slow, test-only) migration — and reopens its folder in
 * this JVM: every logged commit is there, none is half applied, the consistency check is clean.
 * Children are started ahead and warm up while the previous one writes and its folder is checked,
 * so a kill costs little more than a child's open. Counts: {@code -Drobustness.kills},
 * {@code .firstStartKills}, {@code .migrationKills} (the profile {@code robustness} runs 500, 100,
 * 50); a failure names the seed, {@code -Drobustness.seed=…} repeats it.
 */
@Tag("robustness")
class CrashRobustnessTest {

    private static final Duration SIGNAL_TIMEOUT = Duration.ofSeconds(120);
    /** Children started ahead: they start their JVM and warm up while one writes and is checked. */
    private static final int AHEAD = 2;
    private static final OpenOptions SLOW_MIGRATION = OpenOptions.STANDARD.withMigrations(CrashChild.SLOW_MIGRATION);

    @TempDir
    static Path shared;
    private static Children children;

    @TempDir
    Path temp;

    private final long seed = Long.getLong("robustness.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @BeforeAll
    static void prepareChildren() throws InterruptedException {
        long started = System.nanoTime();
        children = Children.prepare(shared);
        System.out.printf("Crash test: children prepared in %.1f s%n", seconds(started));
    }

    @Test
    void everyLoggedCommitSurvivesKillsWhileWriting() throws Exception {
        int kills = Integer.getInteger("robustness.kills", 30);
        Path folder = temp.resolve("data");
        ExpectedState expected = new ExpectedState();
        Map<ExpectedState.Pending, Integer> pending = new EnumMap<>(ExpectedState.Pending.class);
        long started = System.nanoTime();
        runKills(kills, "kill", run -> folder, (run, child) -> {
            child.await("W", SIGNAL_TIMEOUT);
            Thread.sleep(random.nextInt(300));
        }, (run, child) -> {
            try (Workspace workspace = Workspace.open(folder)) {
                pending.merge(expected.check(workspace, CommitLog.read(log(run))), 1, Integer::sum);
            }
        });
        System.out.printf("Crash test, writes: %d of %d kills survived, %d logged commits found, the unconfirmed "
                        + "last transaction arrived/lost/none %s; %.1f s, seed %d%n", kills, kills,
                expected.commits(), pending, seconds(started), seed);
        assertThat(expected.commits()).isGreaterThanOrEqualTo(kills);
    }

    @Test
    void aFirstStartKilledAnywhereOpensAsACleanNewDeskOrWithItsCommits() throws Exception {
        int kills = Integer.getInteger("robustness.firstStartKills", 3);
        long started = System.nanoTime();
        Map<String, Long> newDesk;
        try (Workspace fresh = Workspace.open(children.template())) {
            newDesk = fresh.info().rowCounts();
        }
        int[] beforeFirstCommit = {0};
        long[] opening = {0};
        runKills(kills, "kill", run -> temp.resolve("first-" + run),
                (run, child) -> waitIntoOpen(child, opening, 0, 1.5),
                (run, child) -> {
                    try (Workspace workspace = Workspace.open(temp.resolve("first-" + run))) {
                        if (CommitLog.read(log(run)).isEmpty()) {
                            beforeFirstCommit[0]++;
                            assertThat(workspace.info().rowCounts()).as("a clean new Desk").isEqualTo(newDesk);
                        } else {
                            new ExpectedState().check(workspace, CommitLog.read(log(run)));
                        }
                    }
                });
        System.out.printf("Crash test, first start: %d of %d kills survived, %d of them before the first commit "
                        + "(a first start took %.1f s); %.1f s, seed %d%n", kills, kills, beforeFirstCommit[0],
                opening[0] / 1e9, seconds(started), seed);
    }

    @Test
    void aMigrationKilledAnywhereIsUndoneFromItsBackup() throws Exception {
        int kills = Integer.getInteger("robustness.migrationKills", 2);
        long started = System.nanoTime();
        Path base = temp.resolve("base");
        Path baseLog = temp.resolve("base.log");
        try (Workspace workspace = Workspace.open(base); CommitLog log = CommitLog.appendTo(baseLog)) {
            RandomWriter writer = new RandomWriter(workspace, log, new Random(seed), "base");
            for (int i = 0; i < 30; i++) {
                writer.step();
            }
        }
        int[] undone = {0};
        long[] opening = {0};
        IntFunction<Path> folder = run -> Folders.copy(base, temp.resolve("migrate-" + run));
        // the migration runs at the end of the open, after the backup
        runKills(kills, "migrate", folder, (run, child) -> waitIntoOpen(child, opening, 0.5, 1), (run, child) -> {
            boolean migrated = child.said("O");
            try (Workspace workspace = Workspace.open(folder.apply(run), Clock.systemDefaultZone(),
                    migrated ? SLOW_MIGRATION : OpenOptions.STANDARD)) {
                if (workspace.openingNotices().stream().map(OpeningNotice::key)
                        .anyMatch("notice.migrationUndone"::equals)) {
                    undone[0]++;
                }
                assertThat(workspace.info().schemaVersion()).isEqualTo(migrated ? "7" : "6");
                List<CommitLog.Entry> entries = new ArrayList<>(CommitLog.read(baseLog));
                entries.addAll(CommitLog.read(log(run)));
                new ExpectedState().check(workspace, entries);
            }
        });
        System.out.printf("Crash test, migration: %d of %d kills survived, %d of them undone from the backup "
                        + "(opening with the migration took %.1f s); %.1f s, seed %d%n", kills, kills, undone[0],
                opening[0] / 1e9, seconds(started), seed);
    }

    /**
     * The first run waits until the child has opened its folder and measures how long that took;
     * later runs return at a random moment between {@code from} and {@code to} times that.
     */
    private void waitIntoOpen(ChildJvm child, long[] opening, double from, double to) throws InterruptedException {
        child.await("S", SIGNAL_TIMEOUT);
        long since = System.nanoTime();
        if (opening[0] == 0) {
            child.await("O", SIGNAL_TIMEOUT);
            opening[0] = System.nanoTime() - since;
        } else {
            Thread.sleep((long) (opening[0] / 1e6 * (from + random.nextDouble() * (to - from))));
        }
    }

    private interface Moment {
        void await(int run, ChildJvm child) throws Exception;
    }

    private interface Check {
        void check(int run, ChildJvm child) throws Exception;
    }

    /**
     * Starts a child per kill (a few ahead), kills it when {@code moment} returns, checks its folder
     * with {@code check} and then with the full consistency check.
     */
    private void runKills(int kills, String mode, IntFunction<Path> folder, Moment moment, Check check)
            throws Exception {
        Deque<ChildJvm> warming = new ArrayDeque<>();
        for (int run = 0; run < Math.min(kills, AHEAD); run++) {
            warming.add(start(folder.apply(run), run, mode));
        }
        try {
            killAndCheck(kills, mode, folder, moment, check, warming);
        } finally {
            warming.forEach(ChildJvm::destroy);
        }
    }

    private void killAndCheck(int kills, String mode, IntFunction<Path> folder, Moment moment, Check check,
                              Deque<ChildJvm> warming) throws Exception {
        for (int run = 0; run < kills; run++) {
            ChildJvm child = warming.remove();
            child.go();
            moment.await(run, child);
            child.kill();
            if (run + AHEAD < kills) {
                warming.add(start(folder.apply(run + AHEAD), run + AHEAD, mode));
            }
            try {
                check.check(run, child);
                assertThat(DatabaseProbe.check(folder.apply(run), TestCredentials.of(folder.apply(run))).findings())
                        .as("consistency check").isEmpty();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("kill " + (run + 1) + " of " + kills + " (seed " + seed + "): "
                        + e.getMessage(), e);
            }
        }
    }

    private ChildJvm start(Path folder, int run, String mode) {
        return children.start(folder, log(run), random.nextLong(), Integer.toString(run), mode);
    }

    private Path log(int run) {
        return temp.resolve("commits-" + run + ".log");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
