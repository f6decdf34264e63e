package de.digitaldialog.desk.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every {@link TaskExecutor} holds alike: the handler for failures a task does not handle
 * itself, and the busy state, message and progress the status bar shows.
 */
abstract class TaskExecutorBase implements TaskExecutor {

    protected final Consumer<Throwable> defaultFailureHandler;
    protected final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    protected final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    protected final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    protected final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");

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

    @Override
    public final ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public final ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }
}
