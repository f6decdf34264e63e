package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.service.BackupService.Backup;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic backups: when they are due, what they are called, failures that do not escape. */
class AutoBackupTest {

    /** A clock the test moves on; no test sleeps. */
    private static final class SteppedClock extends Clock {
        private Instant now = Instant.parse("2026-03-12T11:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Berlin");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Keeps what it was told. */
    private static final class Told implements AutoBackup.Listener {
        final List<Path> written = new ArrayList<>();
        final List<RuntimeException> failed = new ArrayList<>();

        @Override
        public void written(Path file) {
            written.add(file);
        }

        @Override
        public void failed(RuntimeException error) {
            failed.add(error);
        }
    }

    @TempDir
    Path folder;

    private final SteppedClock clock = new SteppedClock();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicInteger interval = new AtomicInteger(30);
    private final Told told = new Told();
    private Workspace workspace;
    private AutoBackup auto;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder, clock);
        auto = new AutoBackup(workspace.backups(), commits::get, interval::get, clock);
    }

    @AfterEach
    void close() {
        auto.close();
        workspace.close();
    }

    private List<BackupReason> reasons() {
        return workspace.backups().list().stream().map(Backup::reason).toList();
    }

    @Test
    void afterTheStartOnlyAChangeAndTheIntervalTogetherMakeTheNextBackup() {
        auto.backUp(BackupReason.START, told);
        assertThat(told.written).hasSize(1);

        clock.advance(Duration.ofMinutes(45));
        auto.lookAndBackUp(told);
        assertThat(told.written).as("nothing changed").hasSize(1);

        commits.incrementAndGet();
        clock.advance(Duration.ofSeconds(1));
        assertThat(auto.due()).isTrue();
        auto.lookAndBackUp(told);
        assertThat(told.written).hasSize(2);
        assertThat(reasons()).containsExactly(BackupReason.INTERVAL, BackupReason.START);

        commits.incrementAndGet();
        clock.advance(Duration.ofMinutes(29));
        auto.lookAndBackUp(told);
        assertThat(told.written).as("a change, but too soon").hasSize(2);
        clock.advance(Duration.ofMinutes(1));
        auto.lookAndBackUp(told);
        assertThat(told.written).hasSize(3);
    }

    @Test
    void aShorterIntervalSetMeanwhileCountsAtTheNextLook() {
        auto.backUp(BackupReason.START, told);
        commits.incrementAndGet();
        clock.advance(Duration.ofMinutes(5));
        assertThat(auto.due()).isFalse();

        interval.set(5);

        assertThat(auto.due()).isTrue();
    }

    @Test
    void aFailureIsToldNotThrownAndTheNextTryWaitsForTheInterval() throws IOException {
        Path blocked = Files.writeString(folder.resolve("not-a-folder"), "a file");
        workspace.preferences().setBackupFolder(blocked);
        commits.incrementAndGet();

        auto.lookAndBackUp(told);

        assertThat(told.failed).hasSize(1);
        assertThat(told.written).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(auto.due()).isFalse();
        clock.advance(Duration.ofMinutes(20));
        assertThat(auto.due()).isTrue();
    }

    @Test
    void startedItBacksUpOnItsOwnThreadAndCloseWaitsForIt() throws InterruptedException {
        CountDownLatch written = new CountDownLatch(1);
        List<String> threads = new ArrayList<>();
        auto.start(new AutoBackup.Listener() {
            @Override
            public void written(Path file) {
                threads.add(Thread.currentThread().getName());
                written.countDown();
            }

            @Override
            public void failed(RuntimeException error) {
                throw new AssertionError(error);
            }
        });

        assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();
        auto.close();

        assertThat(threads).containsExactly("desk-backup");
        assertThat(reasons()).containsExactly(BackupReason.START);
    }
}
