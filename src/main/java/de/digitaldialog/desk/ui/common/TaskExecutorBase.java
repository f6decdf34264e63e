package de.digitaldialog.desk.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every {@link TaskExecutor} holds alike: the handler for failures a task does not handle
 * itself, and the busy state and message the status bar shows.
 */
abstract class TaskExecutorBase implements TaskExecutor {

    protected final Consumer<Throwable> defaultFailureHandler;
    protected final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    protected final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    protected TaskExecutorBase(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public final ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public final ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
