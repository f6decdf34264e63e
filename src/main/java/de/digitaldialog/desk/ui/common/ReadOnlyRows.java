package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.i18n.Messages;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of a read-only list page and the count above them ("12 meetings"): the list pages
 * read them off the FX thread and show them the same way, so they share this.
 */
public final class ReadOnlyRows<T> {

    private record Read<R, C>(List<R> rows, C extra) {
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final String summaryKey;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** {@code summaryKey} is the bundle key of the count, with the number as its argument. */
    public ReadOnlyRows(Messages messages, TaskExecutor executor, String summaryKey) {
        this.messages = messages;
        this.executor = executor;
        this.summaryKey = summaryKey;
    }

    /** Reads the rows in the background, then shows them. */
    public void load(Callable<List<T>> read) {
        BackgroundTask.wrap(read)
                .onSuccess(this::show)
                .executeWith(executor);
    }

    /**
     * As {@link #load(Callable)}, reading in the same step what the cells need besides the rows
     * (e.g. {@link LandNames}); that is handed to {@code use} before the rows show.
     */
    public <C> void load(Callable<List<T>> read, Callable<C> extra, Consumer<C> use) {
        Callable<Read<T, C>> both = () -> new Read<>(read.call(), extra.call());
        BackgroundTask.wrap(both)
                .onSuccess(loaded -> {
                    use.accept(loaded.extra());
                    show(loaded.rows());
                })
                .executeWith(executor);
    }

    /** Shows rows read elsewhere, and their count. */
    public void show(List<T> loaded) {
        rows.setAll(loaded);
        summary.set(messages.get(summaryKey, loaded.size()));
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
