package de.digitaldialog.desk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs tasks on a few daemon worker threads; callbacks and the busy state live on the FX thread.
 * The status bar follows the most recently started task still running.
 */
public final class FxTaskExecutor extends TaskExecutorBase {

    private record Running(Task<?> task, String text, boolean cancellable) {
    }

    private final ExecutorService workers;
    private final Deque<Running> running = new ArrayDeque<>();

    public FxTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        super(defaultFailureHandler);
        AtomicInteger number = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "desk-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.workers = Executors.newFixedThreadPool(3, threads);
    }

    @Override
    public void execute(BackgroundTask<?> task) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> execute(task));
            return;
        }
        Task<?> fxTask = task.toFxTask(defaultFailureHandler);
        Running entry = new Running(fxTask, task.message(), task.isCancellable());
        running.push(entry);
        follow();
        // the state, not isDone(): the FX thread may see SUCCEEDED before the worker's future completes
        fxTask.stateProperty().addListener((observable, was, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(entry);
                follow();
            }
        });
        workers.execute(fxTask);
    }

    @Override
    public void cancel() {
        Running current = running.peek();
        if (current != null && current.cancellable()) {
            current.task().cancel();
        }
    }

    /** Points the status bar at the most recent running task, or clears it. */
    private void follow() {
        Running current = running.peek();
        progress.unbind();
        busy.set(current != null);
        message.set(running.stream().map(Running::text).filter(text -> text != null).findFirst().orElse(""));
        cancellable.set(current != null && current.cancellable());
        if (current == null) {
            progress.set(-1);
        } else {
            progress.bind(current.task().progressProperty());
        }
    }

    /**
     * Takes no more work and lets running work finish (a transaction half-way through would only
     * be rolled back, but closing the database under it helps nobody), for at most a few seconds.
     */
    @Override
    public void shutdown() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
