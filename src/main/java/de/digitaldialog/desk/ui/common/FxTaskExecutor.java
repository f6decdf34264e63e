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

/** Runs tasks on a few daemon worker threads; callbacks and the busy state live on the FX thread. */
public final class FxTaskExecutor extends TaskExecutorBase {

    private final ExecutorService workers;
    private final Deque<String> messages = new ArrayDeque<>();
    private int running;

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
        String text = task.message();
        started(text);
        // the state, not isDone(): the FX thread may see SUCCEEDED before the worker's future completes
        fxTask.stateProperty().addListener((observable, was, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                finished(text);
            }
        });
        workers.execute(fxTask);
    }

    private void started(String text) {
        running++;
        if (text != null) {
            messages.push(text);
            message.set(text);
        }
        busy.set(true);
    }

    private void finished(String text) {
        running = Math.max(0, running - 1);
        if (text != null) {
            messages.remove(text);
            message.set(messages.isEmpty() ? "" : messages.peek());
        }
        busy.set(running > 0);
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
