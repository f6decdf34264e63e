package de.digitaldialog.desk.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Work that must not run on the FX thread (the database, files), wrapped fluently:
 * {@code BackgroundTask.wrap(() -> service.list()).onSuccess(rows::setAll).executeWith(executor)}.
 * The callbacks run on the FX thread; a failure without {@link #onFailure} goes to the
 * executor's default handler, which shows the error dialog.
 */
public final class BackgroundTask<T> {

    private final Callable<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onFinished = () -> { };
    private String message;

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> wrap(Runnable work) {
        return new BackgroundTask<>(() -> {
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

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    T call() throws Exception {
        return work.call();
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
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return BackgroundTask.this.call();
            }
        };
        task.setOnSucceeded(event -> succeeded(task.getValue()));
        task.setOnFailed(event -> failed(task.getException(), fallback));
        return task;
    }
}
