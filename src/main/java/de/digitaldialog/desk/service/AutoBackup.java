package de.digitaldialog.desk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's automatic backups: one when it starts, then one whenever the interval has passed
 * and something was committed since the last, on a daemon thread of its own. {@link #close} stops
 * it and waits for a backup under way, so the database never closes under one. A failure is
 * logged and told to the listener; the next attempt waits for the next interval.
 */
public final class AutoBackup implements AutoCloseable {

    /** Told about each automatic backup, on the backup thread. */
    public interface Listener {
        void written(Path file);

        void failed(RuntimeException error);
    }

    private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);
    /** How often it looks whether a backup is due; the interval itself is read each time. */
    private static final long LOOK_MINUTES = 1;
    private static final long CLOSE_WAIT_SECONDS = 120;

    private final BackupService backups;
    private final LongSupplier changes;
    private final IntSupplier intervalMinutes;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, work -> {
        Thread thread = new Thread(work, "desk-backup");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Instant last;
    private volatile long changesAtLast;

    /**
     * @param changes         a counter that grows with every committed change ({@code Database::commits})
     * @param intervalMinutes the minutes between backups, read again before each look
     */
    public AutoBackup(BackupService backups, LongSupplier changes, IntSupplier intervalMinutes, Clock clock) {
        this.backups = backups;
        this.changes = changes;
        this.intervalMinutes = intervalMinutes;
        this.clock = clock;
        // closing drops a backup not yet begun instead of waiting for it
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** A backup now, then a look every minute whether the next one is due. */
    public void start(Listener listener) {
        scheduler.execute(() -> backUp(BackupReason.START, listener));
        scheduler.scheduleWithFixedDelay(() -> lookAndBackUp(listener), LOOK_MINUTES, LOOK_MINUTES,
                TimeUnit.MINUTES);
    }

    /** Backs up when due; the scheduler calls it every minute. */
    void lookAndBackUp(Listener listener) {
        if (due()) {
            backUp(BackupReason.INTERVAL, listener);
        }
    }

    /** True when something was committed since the last backup and its interval has passed. */
    boolean due() {
        Instant since = last;
        return changes.getAsLong() != changesAtLast && (since == null
                || !clock.instant().isBefore(since.plus(Duration.ofMinutes(intervalMinutes.getAsInt()))));
    }

    void backUp(BackupReason reason, Listener listener) {
        long seen = changes.getAsLong();
        last = clock.instant();
        try {
            Path file = backups.backUp(reason);
            changesAtLast = seen;
            listener.written(file);
        } catch (RuntimeException e) {
            LOG.warn("The automatic backup ({}) failed", reason.code(), e);
            listener.failed(e);
        }
    }

    /** Stops looking and waits for a backup under way (not interrupting H2 in the middle of one). */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("An automatic backup is still running after {} s", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
