package de.digitaldialog.desk.domain;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * One row of a meeting list. A template is a meeting kept to copy from, not a calendar entry;
 * the theme areas are those of its TOPs; {@code version} is the one read, to delete from.
 */
public record MeetingSummary(UUID id, String number, String title, LocalizedText formatName,
                             String formatColor, MeetingMode mode, LocalDateTime startsAt,
                             LocalDateTime endsAt, String place, String hostLandCode,
                             MeetingStatus status, Classification classification,
                             int agendaItemCount, boolean template, Set<UUID> themeAreaIds,
                             int version) {

    public MeetingSummary {
        themeAreaIds = Set.copyOf(themeAreaIds);
    }
}
