package de.digitaldialog.desk.ui.common;

import java.util.function.Consumer;

/**
 * Runs each task at once on the calling thread, callbacks included: asynchronous code becomes
 * deterministic in tests. Not for the window, where it would block the FX thread.
 */
public final class DirectTaskExecutor extends TaskExecutorBase {

    public DirectTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        super(defaultFailureHandler);
    }

    /** Failures without a handler of their own are rethrown, so a test sees them. */
    public DirectTaskExecutor() {
        this(error -> {
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(error);
        });
    }

    @Override
    public void execute(BackgroundTask<?> task) {
        run(task);
    }

    private <T> void run(BackgroundTask<T> task) {
        T value;
        try {
            value = task.call(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            task.failed(e, defaultFailureHandler);
            return;
        }
        task.succeeded(value);
    }

    /** Work here is over before anyone could cancel it. */
    @Override
    public void cancel() {
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
