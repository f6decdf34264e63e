package de.digitaldialog.desk.domain;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting's time and who attends it: the persons among its chairs and participants, and the
 * ministries taking part as such. What the calendar compares to find double bookings.
 */
public record MeetingAttendance(UUID id, String number, String title, LocalDateTime startsAt,
                                LocalDateTime endsAt, Set<UUID> personIds, Set<UUID> ministryIds) {

    public MeetingAttendance {
        personIds = Set.copyOf(personIds);
        ministryIds = Set.copyOf(ministryIds);
    }
}
