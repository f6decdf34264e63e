package de.digitaldialog.desk.ui.trash;

import de.digitaldialog.desk.domain.Deletion;
import de.digitaldialog.desk.domain.ParentDeletedException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.TrashService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Question;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

/**
 * The Papierkorb: the deletions that can still be restored, newest first. "Wiederherstellen"
 * brings back one group (offering its parent's group too when that is still deleted);
 * "Endgültig löschen" empties it after a second question, keeping the deletion notice.
 */
public final class TrashViewModel {

    private final Messages messages;
    private final TaskExecutor executor;
    private final TrashService trash;
    private final WorkspaceModel model;
    private final DialogService dialogs;
    private final DeletionQuestion names;
    private final Formats formats;
    private final ObservableList<Deletion> deletions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public TrashViewModel(Messages messages, TaskExecutor executor, TrashService trash, WorkspaceModel model,
                          DialogService dialogs) {
        this.messages = messages;
        this.executor = executor;
        this.trash = trash;
        this.model = model;
        this.dialogs = dialogs;
        this.names = new DeletionQuestion(messages);
        this.formats = Formats.of(messages.locale());
    }

    public void refresh() {
        BackgroundTask.wrap(trash::list)
                .onSuccess(list -> {
                    deletions.setAll(list);
                    summary.set(messages.get("trash.summary", list.size()));
                })
                .executeWith(executor);
    }

    /**
     * Restores exactly this group. When what it belongs to is still deleted, asks whether to
     * restore that as well; without it nothing is restored.
     */
    public void restore(Window owner, Deletion deletion) {
        BackgroundTask.wrap(() -> trash.restore(deletion.id(), false))
                .onSuccess(done -> restored(deletion))
                .onFailure(error -> {
                    if (!(error instanceof ParentDeletedException parentDeleted)) {
                        throw error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
                    }
                    var parent = parentDeleted.parent();
                    if (dialogs.confirm(owner, Question.of("restoreParentDialog",
                            messages.get("trash.restore.parent", deletion.what().title(),
                                    messages.label(parent.kind()), names.named(parent)),
                            messages.get("trash.restore.parent.confirm")).titled(messages.get("trash.restore.title")))) {
                        BackgroundTask.wrap(() -> trash.restore(deletion.id(), true))
                                .onSuccess(done -> restored(deletion))
                                .executeWith(executor);
                    }
                })
                .executeWith(executor);
    }

    /** "Endgültig löschen": a first question naming it, a second saying it cannot be undone. */
    public void purge(Window owner, Deletion deletion) {
        String title = messages.get("trash.purge.title");
        String confirm = messages.get("trash.purge.confirm");
        if (dialogs.confirm(owner, Question.of("purgeDialog", messages.get("trash.purge.first",
                        kind(deletion), names.named(deletion.what())), confirm).titled(title))
                && dialogs.confirm(owner, Question.of("purgeAgainDialog", messages.get("trash.purge.second"), confirm)
                        .titled(title))) {
            BackgroundTask.wrap(() -> trash.purge(deletion.id()))
                    .onSuccess(done -> {
                        notice.set("");
                        model.changed();
                        refresh();
                    })
                    .executeWith(executor);
        }
    }

    private void restored(Deletion deletion) {
        notice.set(messages.get("trash.restored", kind(deletion), names.named(deletion.what())));
        model.changed();
        refresh();
    }

    public String kind(Deletion deletion) {
        return messages.label(deletion.what().kind());
    }

    public String deletedAt(Deletion deletion) {
        return formats.dateTime(deletion.deletedAt());
    }

    /** What went with it: "mit 3 TOPs, 2 Beschlüssen und 4 Aufträgen"; empty when it went alone. */
    public String parts(Deletion deletion) {
        String parts = names.parts(deletion.what());
        return parts.isEmpty() ? "" : messages.get("trash.parts", parts);
    }

    /** The whole entry in one line, for a row too narrow to show it: "Sitzung SIT-… „…“ mit 3 TOPs". */
    public String describe(Deletion deletion) {
        String named = messages.get("trash.described", kind(deletion), names.named(deletion.what()));
        String parts = names.parts(deletion.what());
        return parts.isEmpty() ? named : messages.get("delete.with", named, parts);
    }

    public ObservableList<Deletion> deletions() {
        return deletions;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last restore brought back; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
