package de.digitaldialog.desk.ui.actionitem.form;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The progress update of one action item: status, due date and, for an overdue item, the
 * required reason for the delay. The rule is the domain's ({@link ActionItem#requireDelayReason});
 * it is checked here first so the message shows at once, and again by the service on saving.
 */
public final class ActionItemEditViewModel {

    static final String DELAY_REASON = "delayReason";

    private final FollowUp row;
    private final LocalDate today;
    private final Messages messages;
    private final WorkspaceModel model;
    private final ErrorReporter errors;
    private final Runnable reload;
    private final ObjectProperty<ActionItemStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>(this, "dueDate");
    private final StringProperty delayReason = new SimpleStringProperty(this, "delayReason", "");
    private final ReadOnlyStringWrapper delayReasonError = new ReadOnlyStringWrapper(this, "delayReasonError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    public ActionItemEditViewModel(FollowUp row, LocalDate today, Messages messages, WorkspaceModel model,
                            ErrorReporter errors, Runnable reload) {
        this.row = row;
        this.today = today;
        this.messages = messages;
        this.model = model;
        this.errors = errors;
        this.reload = reload;
        ActionItem item = row.item();
        status.set(item.status());
        dueDate.set(item.dueDate());
        delayReason.set(item.delayReason() == null ? "" : item.delayReason());
        delayReason.addListener((observable, was, now) -> {
            if (now != null && !now.isBlank()) {
                delayReasonError.set("");
            }
        });
    }

    public FollowUp row() {
        return row;
    }

    /** The item was due before today and is not done: a change of status or due date needs a reason. */
    public boolean isOverdue() {
        return row.isOverdue(today);
    }

    /** The reason field shows for an overdue item, and wherever a reason was given before. */
    public boolean showsDelayReason() {
        return isOverdue() || row.item().delayReason() != null;
    }

    /**
     * Saves in the background; {@code saved} runs on success (the list reloads). Returns false,
     * with the message at the field, when the update is refused before anything is sent.
     */
    public boolean save(Runnable saved) {
        Workspace workspace = model.workspace();
        if (workspace == null || saving.get()) {
            return false;
        }
        problem.set("");
        ActionItem stored = row.item();
        try {
            stored.withProgress(status.get(), dueDate.get(), delayReason.get()).requireDelayReason(stored, today);
        } catch (ValidationException e) {
            failed(e);
            return false;
        }
        ActionItemStatus newStatus = status.get();
        LocalDate newDueDate = dueDate.get();
        String reason = delayReason.get();
        saving.set(true);
        BackgroundTask.wrap(() -> workspace.actionItems().update(stored, newStatus, newDueDate, reason))
                .withMessage(messages.get("actionItems.saving"))
                .onSuccess(updated -> {
                    model.changed();
                    reload.run();
                    saved.run();
                })
                .onFailure(this::failed)
                .onFinished(() -> saving.set(false))
                .executeWith(model.executor());
        return true;
    }

    private void failed(Throwable error) {
        if (error instanceof ValidationException refused && DELAY_REASON.equals(refused.field())) {
            delayReasonError.set(messages.of(refused));
        } else if (error instanceof DeskException known) {
            problem.set(messages.of(known));
        } else {
            errors.report(error);
        }
    }

    public ObjectProperty<ActionItemStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public StringProperty delayReasonProperty() {
        return delayReason;
    }

    /** The message under the reason field; empty while there is none. */
    public ReadOnlyStringProperty delayReasonErrorProperty() {
        return delayReasonError.getReadOnlyProperty();
    }

    /** A refusal that belongs to no field (a concurrent change, say). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
