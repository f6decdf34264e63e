package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.MEETING;
import static de.digitaldialog.desk.store.generated.Tables.MEETING_CHAIR;
import static de.digitaldialog.desk.store.generated.Tables.MEETING_PARTICIPANT;

import de.digitaldialog.desk.domain.MeetingAttendance;
import de.digitaldialog.desk.domain.MeetingStatus;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The meetings that run at the same time as another: the calendar's double-booking check. */
public final class OverlapRepository {

    /** Rows stored in another zone are compared after conversion; no zone is more than a day off. */
    private static final int ZONE_MARGIN_DAYS = 1;

    private final DSLContext dsl;

    OverlapRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The meetings that overlap {@code startsAt}–{@code endsAt} (touching ends do not count), other
     * than {@code exceptId}, cancelled ones and templates, with their attendance.
     */
    public List<MeetingAttendance> findOverlapping(UUID exceptId, LocalDateTime startsAt, LocalDateTime endsAt) {
        List<MeetingAttendance> candidates = dsl
                .select(MEETING.ID, MEETING.NUMBER, MEETING.TITLE, MEETING.STARTS_AT, MEETING.ENDS_AT, MEETING.TIME_ZONE)
                .from(MEETING)
                .where(MEETING.DELETED_AT.isNull())
                .and(MEETING.IS_TEMPLATE.isFalse())
                .and(MEETING.STATUS.ne(MeetingStatus.ABGESAGT.name()))
                .and(exceptId == null ? DSL.noCondition() : MEETING.ID.ne(exceptId))
                .and(MEETING.STARTS_AT.lt(endsAt.plusDays(ZONE_MARGIN_DAYS)))
                .and(MEETING.ENDS_AT.gt(startsAt.minusDays(ZONE_MARGIN_DAYS)))
                .orderBy(MEETING.STARTS_AT, MEETING.NUMBER)
                .fetch(row -> {
                    String zone = row.get(MEETING.TIME_ZONE);
                    return new MeetingAttendance(row.get(MEETING.ID), row.get(MEETING.NUMBER), row.get(MEETING.TITLE),
                            MeetingRepository.inMeetingZone(row.get(MEETING.STARTS_AT), zone),
                            MeetingRepository.inMeetingZone(row.get(MEETING.ENDS_AT), zone), Set.of(), Set.of());
                })
                .stream()
                .filter(meeting -> meeting.startsAt().isBefore(endsAt) && meeting.endsAt().isAfter(startsAt))
                .toList();
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<UUID> ids = new HashSet<>();
        candidates.forEach(meeting -> ids.add(meeting.id()));
        Map<UUID, Set<UUID>> persons = new HashMap<>();
        Map<UUID, Set<UUID>> ministries = new HashMap<>();
        dsl.select(MEETING_CHAIR.MEETING_ID, MEETING_CHAIR.PERSON_ID).from(MEETING_CHAIR)
                .where(MEETING_CHAIR.MEETING_ID.in(ids))
                .forEach(row -> add(persons, row.value1(), row.value2()));
        dsl.select(MEETING_PARTICIPANT.MEETING_ID, MEETING_PARTICIPANT.PERSON_ID, MEETING_PARTICIPANT.MINISTRY_ID)
                .from(MEETING_PARTICIPANT)
                .where(MEETING_PARTICIPANT.MEETING_ID.in(ids)).and(MEETING_PARTICIPANT.DELETED_AT.isNull())
                .forEach(row -> {
                    add(persons, row.value1(), row.value2());
                    add(ministries, row.value1(), row.value3());
                });
        return candidates.stream().map(meeting -> new MeetingAttendance(meeting.id(), meeting.number(),
                meeting.title(), meeting.startsAt(), meeting.endsAt(), persons.getOrDefault(meeting.id(), Set.of()),
                ministries.getOrDefault(meeting.id(), Set.of()))).toList();
    }

    private static void add(Map<UUID, Set<UUID>> into, UUID meetingId, UUID id) {
        if (id != null) {
            into.computeIfAbsent(meetingId, key -> new HashSet<>()).add(id);
        }
    }
}
