package de.digitaldialog.desk.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing Desk ({@link CrashChild}, {@code destroyForcibly}) at random moments and reopens
 * its folder in this JVM: every logged commit is there, none is half applied. Children are started
 * ahead and warm up while the previous one writes and its folder is checked, so a kill costs little
 * more than a child's open. Count: {@code -Drobustness.kills=…} (the profile {@code robustness}
 * runs 500); a failure names the seed, {@code -Drobustness.seed=…} repeats it.
 */
@Tag("robustness")
class CrashRobustnessTest {

    private static final Duration SIGNAL_TIMEOUT = Duration.ofSeconds(120);
    /** Children started ahead: they start their JVM and warm up while one writes and is checked. */
    private static final int AHEAD = 2;
    /** Every so often the stale lock of H2 is left for H2 to judge (it waits two seconds to be sure). */
    private static final int H2_LOCK_EVERY = 10;

    @TempDir
    static Path shared;
    private static Children children;
    private static double preparing;

    @TempDir
    Path temp;

    private final long seed = Long.getLong("robustness.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @BeforeAll
    static void prepareChildren() throws InterruptedException {
        long started = System.nanoTime();
        children = Children.prepare(shared);
        preparing = seconds(started);
        System.out.printf("Crash test: children prepared in %.1f s%n", preparing);
    }

    @Test
    void everyLoggedCommitSurvivesKillsWhileWriting() throws Exception {
        int kills = Integer.getInteger("robustness.kills", 30);
        Path folder = temp.resolve("data");
        ExpectedState expected = new ExpectedState();
        Map<ExpectedState.Pending, Integer> pending = new EnumMap<>(ExpectedState.Pending.class);
        long started = System.nanoTime();
        runKills(kills, run -> folder, (run, child) -> {
            child.await("W", SIGNAL_TIMEOUT);
            Thread.sleep(random.nextInt(300));
        }, (run, workspace) -> pending.merge(expected.check(workspace, CommitLog.read(log(run))), 1, Integer::sum));
        System.out.printf("Crash test, writes: %d of %d kills survived, %d logged commits found, the unconfirmed "
                        + "last transaction arrived/lost/none %s; %.1f s, seed %d%n", kills, kills,
                expected.commits(), pending, seconds(started), seed);
        assertThat(expected.commits()).isGreaterThanOrEqualTo(kills);
    }

    private interface Kill {
        void waitForMoment(int run, ChildJvm child) throws Exception;
    }

    private interface Check {
        void check(int run, Workspace workspace);
    }

    /** Starts a child per kill (a few ahead), kills it when {@code moment} returns, and checks its folder. */
    private void runKills(int kills, IntFunction<Path> folder, Kill moment, Check check)
            throws Exception {
        Deque<ChildJvm> warming = new ArrayDeque<>();
        for (int run = 0; run < Math.min(kills, AHEAD); run++) {
            warming.add(start(folder.apply(run), run));
        }
        for (int run = 0; run < kills; run++) {
            ChildJvm child = warming.remove();
            child.go();
            moment.waitForMoment(run, child);
            child.kill();
            if (run + AHEAD < kills) {
                warming.add(start(folder.apply(run + AHEAD), run + AHEAD));
            }
            if (run % H2_LOCK_EVERY != 0) {
                // the child is dead: H2 would wait two seconds to see that its lock file is stale
                Files.deleteIfExists(folder.apply(run).resolve("desk.lock.db"));
            }
            try (Workspace workspace = Workspace.open(folder.apply(run))) {
                check.check(run, workspace);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("kill " + (run + 1) + " of " + kills + " (seed " + seed + "): "
                        + e.getMessage(), e);
            }
        }
    }

    private ChildJvm start(Path folder, int run) {
        return children.start(folder, log(run), random.nextLong(), Integer.toString(run), "kill");
    }

    private Path log(int run) {
        return temp.resolve("commits-" + run + ".log");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
