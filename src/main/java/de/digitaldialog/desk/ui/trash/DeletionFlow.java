package de.digitaldialog.desk.ui.trash;

import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.TrashService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.DialogService;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * "Löschen …" wherever a record is shown: asks with what goes with it
 * ({@link DeletionQuestion}), deletes from the version the caller loaded, so a record someone
 * changed meanwhile is refused with "meanwhile changed by … at …" and nothing changes; then
 * the pages reload. The one way the lists and forms delete, so everything lands in the Papierkorb.
 */
public final class DeletionFlow {

    private final Messages messages;
    private final TaskExecutor executor;
    private final TrashService trash;
    private final WorkspaceModel model;
    private final DialogService dialogs;
    private final DeletionQuestion question;

    public DeletionFlow(Messages messages, TaskExecutor executor, TrashService trash, WorkspaceModel model,
                        DialogService dialogs) {
        this.messages = messages;
        this.executor = executor;
        this.trash = trash;
        this.model = model;
        this.dialogs = dialogs;
        this.question = new DeletionQuestion(messages);
    }

    /**
     * Asks, then deletes the record as loaded at {@code loadedVersion}.
     *
     * @param deleted runs on the FX thread once it is deleted (a form closes)
     */
    public void delete(Window owner, DeletionKind kind, UUID id, int loadedVersion, Runnable deleted) {
        BackgroundTask.wrap(() -> trash.preview(kind, id))
                .onSuccess(preview -> {
                    if (dialogs.confirm(owner, question.ask(preview))) {
                        BackgroundTask.wrap(() -> trash.delete(kind, id, loadedVersion))
                                .onSuccess(deletion -> {
                                    model.changed();
                                    deleted.run();
                                })
                                .onFailure(error -> refused(owner, error))
                                .executeWith(executor);
                    }
                })
                .onFailure(error -> refused(owner, error))
                .executeWith(executor);
    }

    /**
     * "Löschen …" for the selected row of a list: in the table's context menu and on the Delete key.
     */
    public <T> void offer(TableView<T> table, DeletionKind kind, Function<T, UUID> id, ToIntFunction<T> version) {
        Consumer<T> delete = row -> delete(table.getScene().getWindow(), kind, id.apply(row), version.applyAsInt(row),
                () -> { });
        MenuItem item = new MenuItem(messages.get("delete.action"));
        item.setId(table.getId() + "Delete");
        item.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        item.setOnAction(event -> delete.accept(table.getSelectionModel().getSelectedItem()));
        if (table.getContextMenu() == null) {
            table.setContextMenu(new ContextMenu());
        }
        table.getContextMenu().getItems().add(item);
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && selected != null && table.getEditingCell() == null) {
                delete.accept(selected);
                event.consume();
            }
        });
    }

    private void refused(Window owner, Throwable error) {
        if (!(error instanceof DeskException known)) {
            throw error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
        }
        dialogs.inform(owner, messages.get("delete.refused"), messages.of(known));
        model.changed();  // the lists show what is there now
    }
}
