package de.digitaldialog.desk.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Work that must not run on the FX thread (the database, files), wrapped fluently:
 * {@code BackgroundTask.wrap(() -> service.list()).onSuccess(rows::setAll).executeWith(executor)}.
 * The callbacks run on the FX thread; a failure without {@link #onFailure} goes to the
 * executor's default handler, which shows the error dialog. Long work made with
 * {@link #wrapWithProgress} shows its progress in the status bar and can be cancelled there.
 */
public final class BackgroundTask<T> {

    /** Work that reports progress and looks for cancellation. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T call(Progress progress) throws Exception;
    }

    private final ProgressWork<T> work;
    private final boolean cancellable;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onFinished = () -> { };
    private String message;

    private BackgroundTask(ProgressWork<T> work, boolean cancellable) {
        this.work = Objects.requireNonNull(work, "work");
        this.cancellable = cancellable;
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(progress -> work.call(), false);
    }

    /** Long work: the status bar shows how far it got and offers to cancel it. */
    public static <T> BackgroundTask<T> wrapWithProgress(ProgressWork<T> work) {
        return new BackgroundTask<>(work, true);
    }

    public static BackgroundTask<Void> wrap(Runnable work) {
        Objects.requireNonNull(work, "work");
        return wrap(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success or failure, e.g. to hide a progress indicator. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    /** What the status bar says while this runs (already translated). */
    public BackgroundTask<T> withMessage(String text) {
        this.message = text;
        return this;
    }

    public String message() {
        return message;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    /** Cancelled work ends quietly: nothing is reported, only {@link #onFinished} runs. */
    void cancelled() {
        onFinished.run();
    }

    void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    /** Returns false when the task had no failure handler of its own. */
    boolean failed(Throwable error, Consumer<Throwable> fallback) {
        try {
            (onFailure != null ? onFailure : fallback).accept(error);
        } finally {
            onFinished.run();
        }
        return onFailure != null;
    }

    /** This work as a JavaFX task whose state changes reach the callbacks on the FX thread. */
    Task<T> toFxTask(Consumer<Throwable> fallback) {
        Task<T> task = new FxTask();
        task.setOnSucceeded(event -> succeeded(task.getValue()));
        task.setOnFailed(event -> failed(task.getException(), fallback));
        task.setOnCancelled(event -> cancelled());
        return task;
    }

    /** The FX task is the work's {@link Progress}: progress goes to its property, cancel to its state. */
    private final class FxTask extends Task<T> implements Progress {

        @Override
        protected T call() throws Exception {
            return BackgroundTask.this.call(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }
}
