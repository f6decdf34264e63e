package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.Person;
import java.util.Comparator;

/**
 * A row of the participant list: a participant (the person, or the ministry taking part as
 * such), or one of the meeting's chairs shown as "Vorsitz" (then {@code participant} is null:
 * the chairs stay stored as the meeting's chairs), with its Land, its name and what it is
 * (function and ministry), and what orders the list.
 */
public record ParticipantRow(Participant participant, Person chair, String land, int landOrder,
                             Integer protocolRank, String name, String detail) {

    /** By Land, then protocol order (persons without a rank after those with one), then name. */
    public static final Comparator<ParticipantRow> ORDER = Comparator.comparingInt(ParticipantRow::landOrder)
            .thenComparing(ParticipantRow::protocolRank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ParticipantRow::name, String.CASE_INSENSITIVE_ORDER);

    /** One of the meeting's chairs, shown with the role Vorsitz; its role cannot be changed here. */
    public boolean isChair() {
        return chair != null;
    }
}
