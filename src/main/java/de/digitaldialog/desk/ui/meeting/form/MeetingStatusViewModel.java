package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.form.FormModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The meeting's status and its next steps: GEPLANT → EINGELADEN → DURCHGEFUEHRT, or ABGESAGT with a
 * reason. A step saves the edits with it. Needs no toolkit.
 */
public final class MeetingStatusViewModel {

    private final Messages messages;
    private final FormModel<Meeting> form;
    private final MeetingEdits edits;
    private final ReadOnlyObjectWrapper<MeetingStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", MeetingStatus.GEPLANT);
    private final ObservableList<MeetingStatus> allowedTargets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper cancelNote = new ReadOnlyStringWrapper(this, "cancelNote", "");

    MeetingStatusViewModel(Messages messages, FormModel<Meeting> form, MeetingEdits edits) {
        this.messages = messages;
        this.form = form;
        this.edits = edits;
    }

    /** The status of this meeting; a new one is planned. */
    void fill(Meeting meeting) {
        status.set(meeting == null ? MeetingStatus.GEPLANT : meeting.status());
        allowedTargets.setAll(meeting == null ? List.of() : meeting.status().allowedTargets());
        cancelNote.set(meeting == null || meeting.cancelReason() == null ? ""
                : messages.get("meetingForm.cancelled", meeting.cancelReason()));
    }

    /**
     * Moves the meeting to one of its allowed next states, saving the edits with it; cancelling
     * needs a reason.
     *
     * @return false when refused before anything was sent (the messages show at their fields)
     */
    public boolean change(MeetingStatus target, String reason, Consumer<Meeting> then) {
        Meeting current = form.stored();
        if (current == null) {
            return false;
        }
        form.feedback().clear(MeetingFormViewModel.STATUS);
        if (target == null || !current.status().allowedTargets().contains(target)) {
            form.feedback().set(MeetingFormViewModel.STATUS,
                    messages.get("validation.meeting.statusStep", current.status(), target));
            return false;
        }
        Optional<Meeting> moved = edits.build(target, target == MeetingStatus.ABGESAGT ? reason : null);
        moved.ifPresent(meeting -> edits.write(meeting, then));
        return moved.isPresent();
    }

    public ReadOnlyObjectProperty<MeetingStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<MeetingStatus> allowedTargets() {
        return allowedTargets;
    }

    /** "Abgesagt: Terminkollision" for a cancelled meeting; empty otherwise. */
    public ReadOnlyStringProperty cancelNoteProperty() {
        return cancelNote.getReadOnlyProperty();
    }
}
