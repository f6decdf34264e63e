package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Participant;
import java.util.Comparator;

/**
 * A participant as the form lists it: its Land, its name (the person, or the ministry taking part
 * as such) and what it is (function and ministry), with what orders the list.
 */
public record ParticipantRow(Participant participant, String land, int landOrder, Integer protocolRank,
                             String name, String detail) {

    /** By Land, then protocol order (persons without a rank after those with one), then name. */
    public static final Comparator<ParticipantRow> ORDER = Comparator.comparingInt(ParticipantRow::landOrder)
            .thenComparing(ParticipantRow::protocolRank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ParticipantRow::name, String.CASE_INSENSITIVE_ORDER);
}
