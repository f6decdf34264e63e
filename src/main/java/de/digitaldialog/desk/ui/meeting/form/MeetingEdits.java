package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingStatus;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** What the status steps and the actions of the meeting form ask of the form as a whole. */
interface MeetingEdits {

    /** The meeting as edited, in this status; empty when refused, every refusal shown at its field. */
    Optional<Meeting> build(MeetingStatus status, String cancelReason);

    /** Writes the meeting in the background, shows it as stored, then hands it on. */
    void write(Meeting meeting, Consumer<Meeting> then);

    /** Reads the stored meeting with this id into the form. */
    void load(UUID id);
}
