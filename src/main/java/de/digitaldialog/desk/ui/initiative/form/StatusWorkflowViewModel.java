package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Validation;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.common.form.Refusals;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The status workflow of the initiative form: the current state, the allowed next ones, the
 * reason every step needs (for a new initiative: the reason it is created, its first history
 * entry), and the reason a changed arena needs. Needs no toolkit.
 */
public final class StatusWorkflowViewModel {

    /** Field names the messages belong to. */
    public static final String ARENA_REASON = "arenaReason";
    public static final String REASON = "reason";
    public static final String TARGET = "status";
    private static final int REASON_MAX = 2000;

    private final Messages messages;
    private final FormModel<Initiative> form;
    private final ReadOnlyObjectWrapper<InitiativeStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", InitiativeStatus.IDEE);
    private final ObservableList<InitiativeStatus> allowedTargets = FXCollections.observableArrayList();
    private final ObjectProperty<InitiativeStatus> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty arenaReason = new SimpleStringProperty(this, "arenaReason", "");
    private final ReadOnlyBooleanWrapper arenaChanged = new ReadOnlyBooleanWrapper(this, "arenaChanged");

    StatusWorkflowViewModel(Messages messages, FormModel<Initiative> form, ObservableValue<Arena> arena) {
        this.messages = messages;
        this.form = form;
        arena.addListener(observable -> arenaChanged.set(
                form.stored() != null && form.stored().arena() != arena.getValue()));
        form.clearOnEdit(ARENA_REASON, arenaReason);
        form.clearOnEdit(REASON, reason);
        form.clearOnEdit(TARGET, target);
    }

    /** Follows the initiative as read or saved (null: a new one); nothing is chosen or typed afterwards. */
    void fill(Initiative initiative) {
        status.set(initiative == null ? InitiativeStatus.IDEE : initiative.status());
        if (initiative == null) {
            allowedTargets.clear();
        } else {
            allowedTargets.setAll(initiative.status().allowedTargets(initiative.deferredFrom()));
        }
        target.set(null);
        reason.set(initiative == null ? messages.get("initiativeForm.create.defaultReason") : "");
        arenaReason.set("");
        arenaChanged.set(false);
    }

    /** Saving needs the reason of a new initiative, or of a changed arena. */
    void checkSave(Refusals refusals) {
        if (form.stored() == null) {
            refusals.check(() -> Validation.requireText(REASON, reason.get(), REASON_MAX));
        } else if (arenaChanged.get()) {
            refusals.check(() -> Validation.requireText(ARENA_REASON, arenaReason.get(), REASON_MAX));
        }
    }

    /** A step needs an allowed next state and a reason. */
    void checkStep(Refusals refusals, Initiative current) {
        InitiativeStatus chosen = target.get();
        if (chosen == null) {
            refusals.add(TARGET, "validation.required");
        } else if (!current.status().canMoveTo(chosen, current.deferredFrom())) {
            refusals.add(TARGET, "validation.initiative.statusStep", current.status(), chosen);
        }
        refusals.check(() -> Validation.requireText(REASON, reason.get(), REASON_MAX));
    }

    /** The reason to save with the edits: the arena's when it changed, else none. */
    String arenaReasonToSave() {
        return arenaChanged.get() ? arenaReason.get() : null;
    }

    public ReadOnlyObjectProperty<InitiativeStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<InitiativeStatus> allowedTargets() {
        return allowedTargets;
    }

    public ObjectProperty<InitiativeStatus> targetProperty() {
        return target;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty arenaReasonProperty() {
        return arenaReason;
    }

    public ReadOnlyBooleanProperty arenaChangedProperty() {
        return arenaChanged.getReadOnlyProperty();
    }
}
