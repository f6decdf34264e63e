package de.digitaldialog.desk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Long work on the worker threads: the status bar's progress follows it, and "Abbrechen" stops it quietly. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    private final FxTaskExecutor executor = new FxTaskExecutor(error -> { });

    @Start
    void start(Stage stage) {
        // the executor needs only the toolkit, no window
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void progressIsShownAndCancelStopsTheWorkWithoutReportingIt(FxRobot robot) throws Exception {
        CountDownLatch halfWay = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        List<String> heard = new CopyOnWriteArrayList<>();
        BackgroundTask.wrapWithProgress(progress -> {
            progress.update(50, 100);
            halfWay.countDown();
            while (!progress.isCancelled()) {
                Thread.onSpinWait();
            }
            sawCancel.set(true);
            return "finished";
        }).withMessage("Exportiere …")
                .onSuccess(value -> heard.add("success"))
                .onFailure(error -> heard.add("failure"))
                .onFinished(() -> heard.add("finished"))
                .executeWith(executor);

        assertThat(halfWay.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> executor.progressProperty().get() == 0.5);
        assertThat(executor.busyProperty().get()).isTrue();
        assertThat(executor.cancellableProperty().get()).isTrue();
        assertThat(executor.messageProperty().get()).isEqualTo("Exportiere …");

        robot.interact(executor::cancel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !heard.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(executor.busyProperty().get()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, sawCancel::get);
        assertThat(heard).containsExactly("finished");
        assertThat(executor.cancellableProperty().get()).isFalse();
        assertThat(executor.messageProperty().get()).isEmpty();
        assertThat(executor.progressProperty().get()).isNegative();
    }

    @Test
    void shortWorkCannotBeCancelled(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean succeeded = new AtomicBoolean();
        BackgroundTask.wrap(() -> {
            release.await();
            return "saved";
        }).onSuccess(value -> succeeded.set(true)).executeWith(executor);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> executor.busyProperty().get());
        assertThat(executor.cancellableProperty().get()).isFalse();
        robot.interact(executor::cancel);
        release.countDown();
        // a save is never cut off half-way: it reports success after the cancel
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, succeeded::get);
    }
}
