package de.digitaldialog.desk.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting with its frame: format, mode, local start and end in {@link #ZONE}, place or link,
 * chairs in order, participants and invited Länder. Its agenda items are kept apart
 * ({@link AgendaItem}) because they are edited one by one.
 */
public record Meeting(UUID id, String number, UUID formatId, String title, MeetingMode mode,
                      LocalDateTime startsAt, LocalDateTime endsAt, String place, String videoLink,
                      UUID hostLandId, List<UUID> chairPersonIds, MeetingStatus status,
                      String cancelReason, Classification classification, String fileReference,
                      String notes, List<Participant> participants, Set<UUID> invitedLandIds,
                      int icalSequence, Integer icalExportedVersion, boolean template,
                      UUID predecessorId, UUID seriesId, Audit audit) {

    /** Meetings are stored as local date-time in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public Meeting {
        status = status == null ? MeetingStatus.GEPLANT : status;
        new Violations()
                .requireText("title", title, 300)
                .check(formatId != null, "format", "validation.required")
                .check(startsAt != null, "startsAt", "validation.required")
                // without a start only the start is wrong
                .check(endsAt != null && (startsAt == null || endsAt.isAfter(startsAt)),
                        "endsAt", "validation.meeting.endBeforeStart")
                .check(status != MeetingStatus.ABGESAGT || (cancelReason != null && !cancelReason.isBlank()),
                        "cancelReason", "validation.meeting.cancelReason")
                .throwIfAny();
        mode = mode == null ? MeetingMode.PRAESENZ : mode;
        classification = classification == null ? Classification.OFFEN : classification;
        chairPersonIds = List.copyOf(chairPersonIds);
        participants = List.copyOf(participants);
        invitedLandIds = Set.copyOf(invitedLandIds);
    }

    /** The same meeting in another status; the transition itself is checked by the service. */
    public Meeting withStatus(MeetingStatus newStatus, String reason) {
        return new Meeting(id, number, formatId, title, mode, startsAt, endsAt, place, videoLink, hostLandId,
                chairPersonIds, newStatus, reason, classification, fileReference, notes, participants,
                invitedLandIds, icalSequence, icalExportedVersion, template, predecessorId, seriesId, audit);
    }
}
