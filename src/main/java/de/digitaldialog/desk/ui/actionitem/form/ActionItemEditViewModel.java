package de.digitaldialog.desk.ui.actionitem.form;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.ActionItemService;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One action item in its form: a new one for a TOP (what, owner ministry or person, due date,
 * initiative) or the progress update of a stored one (status, due date and, for an overdue
 * item, the required reason for the delay). The rules are the domain's; they are checked here
 * first, as the user leaves a field and before saving, and again by the service.
 */
public final class ActionItemEditViewModel {

    static final String DESCRIPTION = "description";
    static final String OWNER = "owner";
    static final String DELAY_REASON = "delayReason";

    /** Where a new action item goes: the TOP, what the form offers, the initiative chosen at first. */
    public record NewFor(AgendaItem top, List<Ministry> ministries, List<Person> persons,
                         List<InitiativeSummary> initiatives, InitiativeSummary preselected) {
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final LocalDate today;
    private final Runnable stored;
    /** The stored item and its meeting when updating; null when creating. */
    private final FollowUp row;
    /** The TOP and choices when creating; null when updating. */
    private final NewFor target;
    private final ActionItemService actionItems;
    private final MeetingService meetings;
    private final FormMessages form;

    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<Ministry> ownerMinistry = new SimpleObjectProperty<>(this, "ownerMinistry");
    private final ObjectProperty<Person> ownerPerson = new SimpleObjectProperty<>(this, "ownerPerson");
    private final ObjectProperty<InitiativeSummary> initiative = new SimpleObjectProperty<>(this, "initiative");
    private final ObjectProperty<ActionItemStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>(this, "dueDate");
    private final StringProperty delayReason = new SimpleStringProperty(this, "delayReason", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    private ActionItemEditViewModel(Messages messages, TaskExecutor executor, LocalDate today, ErrorReporter errors,
                                    Runnable stored, FollowUp row, NewFor target, ActionItemService actionItems,
                                    MeetingService meetings) {
        this.messages = messages;
        this.executor = executor;
        this.today = today;
        this.stored = stored;
        this.row = row;
        this.target = target;
        this.actionItems = actionItems;
        this.meetings = meetings;
        this.form = new FormMessages(messages, List.of(DESCRIPTION, OWNER, DELAY_REASON));
        form.onUnexpected(errors::report);
        delayReason.addListener((observable, was, now) -> {
            if (now != null && !now.isBlank()) {
                form.clear(DELAY_REASON);
            }
        });
        ownerMinistry.addListener((observable, was, now) -> form.clear(OWNER));
        ownerPerson.addListener((observable, was, now) -> form.clear(OWNER));
    }

    /** The progress update of a stored item; {@code updated} runs after it was saved (the list reloads). */
    public static ActionItemEditViewModel update(FollowUp row, LocalDate today, Messages messages,
                                                 TaskExecutor executor, ActionItemService actionItems,
                                                 ErrorReporter errors, Runnable updated) {
        ActionItemEditViewModel model = new ActionItemEditViewModel(messages, executor, today, errors, updated, row,
                null, actionItems, null);
        ActionItem item = row.item();
        model.description.set(item.description());
        model.status.set(item.status());
        model.dueDate.set(item.dueDate());
        model.delayReason.set(item.delayReason() == null ? "" : item.delayReason());
        return model;
    }

    /** A new item for the TOP, due in four weeks; {@code created} runs after it was saved. */
    public static ActionItemEditViewModel create(NewFor target, LocalDate today, Messages messages,
                                                 TaskExecutor executor, MeetingService meetings,
                                                 ErrorReporter errors, Runnable created) {
        ActionItemEditViewModel model = new ActionItemEditViewModel(messages, executor, today, errors, created, null,
                target, null, meetings);
        model.status.set(ActionItemStatus.OFFEN);
        model.dueDate.set(today.plusWeeks(4));
        model.initiative.set(target.preselected());
        return model;
    }

    /** True for a new item: the form asks what, who and for which initiative. */
    /** The stored item shown; empty while it is new. */
    public Optional<ActionItem> storedItem() {
        return Optional.ofNullable(row).map(FollowUp::item);
    }

    /** The item was deleted: the list or agenda it was opened from reloads. */
    public void deleted() {
        stored.run();
    }

    public boolean isNew() {
        return target != null;
    }

    public FollowUp row() {
        return row;
    }

    public NewFor target() {
        return target;
    }

    /** The item was due before today and is not done: a change of status or due date needs a reason. */
    public boolean isOverdue() {
        return row != null && row.isOverdue(today);
    }

    /** The reason field shows for an overdue item, and wherever a reason was given before. */
    public boolean showsDelayReason() {
        return isOverdue() || row != null && row.item().delayReason() != null;
    }

    /** The dialog's title: the new item's TOP, or the meeting of the stored one. */
    public String title() {
        return isNew() ? messages.get("agenda.action.add") : messages.get("actionItems.edit.title", row.meetingNumber());
    }

    /** The confirm button: "Auftrag speichern" for a new item, "Speichern" for an update. */
    public String confirmLabel() {
        return messages.get(isNew() ? "agenda.action.record" : "actionItems.edit.save");
    }

    /** Saving waits while a save runs, and for a new item until it says what is to be done. */
    public BooleanBinding cannotSave() {
        return Bindings.createBooleanBinding(() -> saving.get() || isNew() && description.get().isBlank(),
                saving, description);
    }

    /** Checks one field as the user leaves it: its message shows, or it clears. */
    public void check(String field) {
        form.clear(field);
        try {
            checked();
        } catch (ValidationException refused) {
            refused.violations().stream().filter(violation -> field.equals(violation.field())).forEach(form::show);
        }
    }

    /**
     * Saves in the background; {@code saved} runs on success (e.g. closes the dialog). Returns
     * false, with every message at its field, when the item is refused before anything is sent.
     */
    public boolean save(Runnable saved) {
        if (saving.get()) {
            return false;
        }
        form.clearFields();
        form.problem("");
        ActionItem checked;
        try {
            checked = checked();
        } catch (ValidationException refused) {
            form.show(refused);
            return false;
        }
        saving.set(true);
        BackgroundTask.wrap(storing(checked))
                .withMessage(messages.get("actionItems.saving"))
                .onSuccess(result -> {
                    stored.run();
                    saved.run();
                })
                .onFailure(form::failed)
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
        return true;
    }

    /** The item as the form says, checked by the domain's rules. */
    private ActionItem checked() {
        if (isNew()) {
            return new ActionItem(UUID.randomUUID(), target.top().id(), description.get(),
                    ownerMinistry.get() == null ? null : ownerMinistry.get().id(),
                    ownerPerson.get() == null ? null : ownerPerson.get().id(), dueDate.get(), ActionItemStatus.OFFEN,
                    null, initiative.get() == null ? null : initiative.get().id(), null);
        }
        ActionItem before = row.item();
        ActionItem updated = before.withProgress(status.get(), dueDate.get(), delayReason.get());
        updated.requireDelayReason(before, today);
        return updated;
    }

    private Callable<ActionItem> storing(ActionItem checked) {
        if (isNew()) {
            return () -> meetings.saveActionItem(checked);
        }
        ActionItem before = row.item();
        String reason = delayReason.get();
        return () -> actionItems.update(before, checked.status(), checked.dueDate(), reason);
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Ministry> ownerMinistryProperty() {
        return ownerMinistry;
    }

    public ObjectProperty<Person> ownerPersonProperty() {
        return ownerPerson;
    }

    public ObjectProperty<InitiativeSummary> initiativeProperty() {
        return initiative;
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

    public ReadOnlyStringProperty errorProperty(String field) {
        return form.errorProperty(field);
    }

    /** The message under the reason field; empty while there is none. */
    public ReadOnlyStringProperty delayReasonErrorProperty() {
        return form.errorProperty(DELAY_REASON);
    }

    /** A refusal that belongs to no field (a concurrent change, say). */
    public ReadOnlyStringProperty problemProperty() {
        return form.problemProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
