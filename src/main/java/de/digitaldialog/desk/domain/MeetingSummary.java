package de.digitaldialog.desk.domain;

import java.time.LocalDateTime;
import java.util.UUID;

/** One row of a meeting list. */
public record MeetingSummary(UUID id, String number, String title, LocalizedText formatName,
                             String formatColor, MeetingMode mode, LocalDateTime startsAt,
                             LocalDateTime endsAt, String place, String hostLandCode,
                             MeetingStatus status, Classification classification,
                             int agendaItemCount) {
}
