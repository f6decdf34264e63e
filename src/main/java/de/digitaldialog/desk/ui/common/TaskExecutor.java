package de.digitaldialog.desk.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs {@link BackgroundTask}s. The window uses {@link FxTaskExecutor} (worker threads); tests use
 * {@link DirectTaskExecutor}, which runs everything at once on the calling thread.
 */
public interface TaskExecutor {

    void execute(BackgroundTask<?> task);

    /** True while at least one task runs: the status bar shows progress. */
    ReadOnlyBooleanProperty busyProperty();

    /** The message of the most recent running task that has one, else empty. */
    ReadOnlyStringProperty messageProperty();

    /** How far the most recent running task got, 0..1; negative while it does not say. */
    ReadOnlyDoubleProperty progressProperty();

    /** True while the most recent running task can be cancelled. */
    ReadOnlyBooleanProperty cancellableProperty();

    /** Cancels the most recent running task if it can be cancelled; it then ends quietly. */
    void cancel();

    /** Stops accepting work and waits briefly for running work, before the database closes. */
    void shutdown();
}
