package de.digitaldialog.desk.ui.trash;

import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.TrashService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.DialogService;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.SeparatorMenuItem;
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
        confirm(owner, kind, id, () -> BackgroundTask.wrap(() -> trash.delete(kind, id, loadedVersion))
                .onSuccess(deletion -> {
                    model.changed();
                    deleted.run();
                })
                .onFailure(error -> refused(owner, error))
                .executeWith(executor));
    }

    /**
     * Only the question, for a deletion that is part of other work (a TOP leaves its agenda,
     * which is renumbered in the same transaction): {@code confirmed} runs when the user agrees.
     */
    public void confirm(Window owner, DeletionKind kind, UUID id, Runnable confirmed) {
        BackgroundTask.wrap(() -> trash.preview(kind, id))
                .onSuccess(preview -> {
                    if (dialogs.confirm(owner, question.ask(preview))) {
                        confirmed.run();
                    }
                })
                .onFailure(error -> refused(owner, error))
                .executeWith(executor);
    }

    /**
     * "Löschen …" for the selected row of a table: in its context menu, on the Delete key and on
     * the given toolbar buttons; offered while exactly one row is selected.
     */
    public <T> void offer(TableView<T> table, DeletionKind kind, Function<T, UUID> id, ToIntFunction<T> version,
                          Button... buttons) {
        offer(table, table.getSelectionModel(), kind, id, version, () -> { }, buttons);
    }

    /** The same for a list; {@code deleted} runs once the selected entry is deleted (the list reloads). */
    public <T> void offer(ListView<T> list, DeletionKind kind, Function<T, UUID> id, ToIntFunction<T> version,
                          Runnable deleted, Button... buttons) {
        offer(list, list.getSelectionModel(), kind, id, version, deleted, buttons);
    }

    private <T> void offer(Control view, MultipleSelectionModel<T> selection, DeletionKind kind,
                           Function<T, UUID> id, ToIntFunction<T> version, Runnable deleted, Button... buttons) {
        BooleanBinding notOne = Bindings.size(selection.getSelectedItems()).isNotEqualTo(1);
        Runnable deleteSelected = () -> {
            T row = selection.getSelectedItem();
            if (row != null && !notOne.get()) {
                delete(view.getScene().getWindow(), kind, id.apply(row), version.applyAsInt(row), deleted);
            }
        };
        MenuItem item = new MenuItem(messages.get("delete.action"));
        item.setId(view.getId() + "Delete");
        item.disableProperty().bind(notOne);
        item.setOnAction(event -> deleteSelected.run());
        if (view.getContextMenu() == null) {
            view.setContextMenu(new ContextMenu());
        } else {
            view.getContextMenu().getItems().add(new SeparatorMenuItem());
        }
        view.getContextMenu().getItems().add(item);
        for (Button button : buttons) {
            button.disableProperty().bind(notOne);
            button.setOnAction(event -> deleteSelected.run());
        }
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE && event.getTarget() == view) {
                deleteSelected.run();
                event.consume();
            }
        });
    }

    private void refused(Window owner, Throwable error) {
        if (!(error instanceof DeskException known)) {
            throw error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
        }
        // a stale deletion names who changed it; the forms' wording speaks of unsaved changes
        String text = known instanceof ConcurrentChangeException
                ? messages.get("delete.concurrentChange", known.args()) : messages.of(known);
        dialogs.inform(owner, messages.get("delete.refused"), text);
        model.changed();  // the lists show what is there now
    }
}
