package de.digitaldialog.desk.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs each task at once on the calling thread, callbacks included: asynchronous code becomes
 * deterministic in tests. Not for the window, where it would block the FX thread.
 */
public final class DirectTaskExecutor implements TaskExecutor {

    private final Consumer<Throwable> defaultFailureHandler;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public DirectTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
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
            value = task.call();
        } catch (Exception e) {
            task.failed(e, defaultFailureHandler);
            return;
        }
        task.succeeded(value);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
