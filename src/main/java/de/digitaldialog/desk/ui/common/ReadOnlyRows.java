package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private final WorkspaceModel model;
    private final String summaryKey;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** {@code summaryKey} is the bundle key of the count, with the number as its argument. */
    public ReadOnlyRows(Messages messages, WorkspaceModel model, String summaryKey) {
        this.messages = messages;
        this.model = model;
        this.summaryKey = summaryKey;
    }

    /** Reads the rows of the open workspace in the background, then shows them; nothing while none is open. */
    public void load(Function<Workspace, List<T>> read) {
        Workspace workspace = model.workspace();
        if (workspace == null) {
            return;
        }
        BackgroundTask.wrap(() -> read.apply(workspace))
                .onSuccess(this::show)
                .executeWith(model.executor());
    }

    /**
     * As {@link #load(Function)}, reading in the same step what the cells need besides the rows
     * (e.g. {@link LandNames}); that is handed to {@code use} before the rows show.
     */
    public <C> void load(Function<Workspace, List<T>> read, Function<Workspace, C> extra, Consumer<C> use) {
        Workspace workspace = model.workspace();
        if (workspace == null) {
            return;
        }
        Callable<Read<T, C>> both = () -> new Read<>(read.apply(workspace), extra.apply(workspace));
        BackgroundTask.wrap(both)
                .onSuccess(loaded -> {
                    use.accept(loaded.extra());
                    show(loaded.rows());
                })
                .executeWith(model.executor());
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
