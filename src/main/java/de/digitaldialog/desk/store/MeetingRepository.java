package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.LAND;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;
import static de.digitaldialog.desk.store.generated.Tables.MEETING_CHAIR;
import static de.digitaldialog.desk.store.generated.Tables.MEETING_FORMAT;
import static de.digitaldialog.desk.store.generated.Tables.MEETING_INVITED_LAND;
import static de.digitaldialog.desk.store.generated.Tables.MEETING_PARTICIPANT;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Audit;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.store.generated.tables.records.MeetingParticipantRecord;
import de.digitaldialog.desk.store.generated.tables.records.MeetingRecord;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Meetings with their chairs, participants and invited Länder. Chairs and invited Länder are
 * plain links and replaced with the meeting; participants are rows of their own, kept by id so
 * that a merge sees who was added or removed.
 */
public final class MeetingRepository {

    private final DSLContext dsl;

    MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Meeting> findById(UUID id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).and(MEETING.DELETED_AT.isNull())
                .fetchOptional().map(this::toMeeting);
    }

    /**
     * The meeting or template with this number (SIT-BY1-0001) in any case, through the number's
     * unique index.
     */
    public Optional<Meeting> findByNumber(String number) {
        return dsl.selectFrom(MEETING)
                .where(MEETING.NUMBER.eq(number.toUpperCase(Locale.ROOT))).and(MEETING.DELETED_AT.isNull())
                .fetchOptional().map(this::toMeeting);
    }

    /**
     * The list of meetings by start: format, host Land and number of TOPs joined in, and the theme
     * areas of their TOPs. Templates are no appointments and are listed apart
     * ({@link #findTemplateSummaries()}).
     */
    public List<MeetingSummary> findSummaries() {
        return summaries(MEETING.IS_TEMPLATE.isFalse());
    }

    /** The summaries of the given meetings (those not deleted, no templates), in date order. */
    public List<MeetingSummary> findSummaries(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : summaries(MEETING.IS_TEMPLATE.isFalse().and(MEETING.ID.in(ids)));
    }

    /** The meetings kept as templates, listed like meetings. */
    public List<MeetingSummary> findTemplateSummaries() {
        return summaries(MEETING.IS_TEMPLATE.isTrue());
    }

    private List<MeetingSummary> summaries(Condition condition) {
        Table<?> items = dsl.select(AGENDA_ITEM.MEETING_ID, DSL.count().as("item_count"))
                .from(AGENDA_ITEM).where(AGENDA_ITEM.DELETED_AT.isNull())
                .groupBy(AGENDA_ITEM.MEETING_ID).asTable("items");
        Field<Integer> itemCount = DSL.coalesce(items.field("item_count", Integer.class), 0);
        Map<UUID, Set<UUID>> themeAreas = new HashMap<>();
        dsl.selectDistinct(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.THEME_AREA_ID).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.DELETED_AT.isNull()).and(AGENDA_ITEM.THEME_AREA_ID.isNotNull())
                .forEach(row -> themeAreas.computeIfAbsent(row.value1(), id -> new HashSet<>()).add(row.value2()));
        return dsl.select(MEETING.ID, MEETING.NUMBER, MEETING.TITLE, MEETING_FORMAT.NAME_DE, MEETING_FORMAT.NAME_EN,
                        MEETING_FORMAT.COLOR, MEETING.MODE, MEETING.STARTS_AT, MEETING.ENDS_AT, MEETING.TIME_ZONE,
                        MEETING.PLACE, LAND.CODE, MEETING.STATUS, MEETING.CLASSIFICATION, itemCount,
                        MEETING.IS_TEMPLATE, MEETING.VERSION)
                .from(MEETING)
                .join(MEETING_FORMAT).on(MEETING_FORMAT.ID.eq(MEETING.FORMAT_ID))
                .leftJoin(LAND).on(LAND.ID.eq(MEETING.HOST_LAND_ID))
                .leftJoin(items).on(items.field(AGENDA_ITEM.MEETING_ID).eq(MEETING.ID))
                .where(MEETING.DELETED_AT.isNull()).and(condition)
                .orderBy(MEETING.STARTS_AT, MEETING.NUMBER)
                .fetch(row -> new MeetingSummary(row.get(MEETING.ID), row.get(MEETING.NUMBER), row.get(MEETING.TITLE),
                        new LocalizedText(row.get(MEETING_FORMAT.NAME_DE), row.get(MEETING_FORMAT.NAME_EN)),
                        row.get(MEETING_FORMAT.COLOR), MeetingMode.valueOf(row.get(MEETING.MODE)),
                        inMeetingZone(row.get(MEETING.STARTS_AT), row.get(MEETING.TIME_ZONE)),
                        inMeetingZone(row.get(MEETING.ENDS_AT), row.get(MEETING.TIME_ZONE)),
                        row.get(MEETING.PLACE), row.get(LAND.CODE), MeetingStatus.valueOf(row.get(MEETING.STATUS)),
                        Classification.valueOf(row.get(MEETING.CLASSIFICATION)), row.get(itemCount),
                        row.get(MEETING.IS_TEMPLATE), themeAreas.getOrDefault(row.get(MEETING.ID), Set.of()),
                        row.get(MEETING.VERSION)));
    }

    /**
     * Inserts a new meeting (no audit yet) or updates it from the version it was loaded at; the
     * meeting row is written first, so a stale save is refused before any link is touched.
     */
    public Meeting save(Meeting meeting, Actor actor) {
        MeetingRecord row = dsl.newRecord(MEETING);
        row.setId(meeting.id());
        row.setNumber(meeting.number());
        row.setFormatId(meeting.formatId());
        row.setTitle(meeting.title());
        row.setMode(meeting.mode().name());
        row.setStartsAt(meeting.startsAt());
        row.setEndsAt(meeting.endsAt());
        row.setTimeZone(Meeting.ZONE.getId());
        row.setPlace(meeting.place());
        row.setVideoLink(meeting.videoLink());
        row.setHostLandId(meeting.hostLandId());
        row.setStatus(meeting.status().name());
        row.setCancelReason(meeting.cancelReason());
        row.setClassification(meeting.classification().name());
        row.setFileReference(meeting.fileReference());
        row.setNotes(meeting.notes());
        row.setIcalSequence(meeting.icalSequence());
        row.setIcalExportedVersion(meeting.icalExportedVersion());
        row.setIsTemplate(meeting.template());
        row.setPredecessorId(meeting.predecessorId());
        row.setSeriesId(meeting.seriesId());
        if (meeting.audit() != null) {
            // the calendar export owns these (recordCalendarExport): a form loaded before an export must not undo it
            row.changed(MEETING.ICAL_SEQUENCE, false);
            row.changed(MEETING.ICAL_EXPORTED_VERSION, false);
        }
        Audit audit = meeting.audit() == null
                ? AuditedRows.insert(dsl, row, actor)
                : AuditedRows.update(dsl, row, meeting.audit(), actor);
        replaceChairs(meeting);
        replaceInvitedLands(meeting);
        List<Participant> participants = saveParticipants(meeting, actor);
        return meeting.withParticipants(participants).withAudit(audit);
    }

    /** The meetings (not templates) starting from {@code from} up to, not including, {@code until}, by start. */
    public List<Meeting> findStartingBetween(LocalDateTime from, LocalDateTime until) {
        return dsl.selectFrom(MEETING)
                .where(MEETING.STARTS_AT.ge(from)).and(MEETING.STARTS_AT.lt(until))
                .and(MEETING.IS_TEMPLATE.isFalse()).and(MEETING.DELETED_AT.isNull())
                .orderBy(MEETING.STARTS_AT, MEETING.NUMBER)
                .fetch(this::toMeeting);
    }

    /**
     * Stores the iCalendar SEQUENCE sent and the meeting version it describes. Neither the
     * version nor the last change move: exporting is not editing, and a form holding the
     * meeting must still save afterwards.
     */
    public void recordCalendarExport(UUID id, int sequence, int exportedVersion) {
        dsl.update(MEETING)
                .set(MEETING.ICAL_SEQUENCE, sequence)
                .set(MEETING.ICAL_EXPORTED_VERSION, exportedVersion)
                .where(MEETING.ID.eq(id))
                .execute();
    }

    /** Marks the meeting deleted; its TOPs and participants go with it (lists never show them). */
    public void delete(Meeting meeting, Actor actor) {
        AuditedRows.tombstone(dsl, MEETING, meeting.id(), meeting.audit(), actor);
    }

    private void replaceChairs(Meeting meeting) {
        dsl.deleteFrom(MEETING_CHAIR).where(MEETING_CHAIR.MEETING_ID.eq(meeting.id())).execute();
        List<UUID> chairs = meeting.chairPersonIds();
        for (int position = 0; position < chairs.size(); position++) {
            dsl.insertInto(MEETING_CHAIR)
                    .set(MEETING_CHAIR.MEETING_ID, meeting.id())
                    .set(MEETING_CHAIR.PERSON_ID, chairs.get(position))
                    .set(MEETING_CHAIR.POSITION, position)
                    .execute();
        }
    }

    private void replaceInvitedLands(Meeting meeting) {
        dsl.deleteFrom(MEETING_INVITED_LAND).where(MEETING_INVITED_LAND.MEETING_ID.eq(meeting.id())).execute();
        for (UUID landId : meeting.invitedLandIds()) {
            dsl.insertInto(MEETING_INVITED_LAND)
                    .set(MEETING_INVITED_LAND.MEETING_ID, meeting.id())
                    .set(MEETING_INVITED_LAND.LAND_ID, landId)
                    .execute();
        }
    }

    /**
     * New participants are inserted, changed ones updated, unchanged ones left alone (so their
     * version only moves when they do), and those no longer listed get a tombstone.
     */
    private List<Participant> saveParticipants(Meeting meeting, Actor actor) {
        Map<UUID, Participant> stored = new HashMap<>();
        participantsOf(meeting.id()).forEach(p -> stored.put(p.id(), p));
        List<Participant> saved = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        for (Participant participant : meeting.participants()) {
            kept.add(participant.id());
            Participant before = stored.get(participant.id());
            if (before != null && unchanged(before, participant)) {
                saved.add(participant);
                continue;
            }
            MeetingParticipantRecord row = dsl.newRecord(MEETING_PARTICIPANT);
            row.setId(participant.id());
            row.setMeetingId(meeting.id());
            row.setPersonId(participant.personId());
            row.setMinistryId(participant.ministryId());
            row.setRole(participant.role().name());
            Audit audit = participant.audit() == null
                    ? AuditedRows.insert(dsl, row, actor)
                    : AuditedRows.update(dsl, row, participant.audit(), actor);
            saved.add(new Participant(participant.id(), participant.personId(), participant.ministryId(),
                    participant.role(), audit));
        }
        for (Participant removed : stored.values()) {
            if (!kept.contains(removed.id())) {
                AuditedRows.tombstone(dsl, MEETING_PARTICIPANT, removed.id(), removed.audit(), actor);
            }
        }
        return saved;
    }

    /** Same content, saved from the version stored (audit times may differ in precision). */
    private static boolean unchanged(Participant before, Participant now) {
        return now.audit() != null && now.audit().version() == before.audit().version()
                && Objects.equals(now.personId(), before.personId())
                && Objects.equals(now.ministryId(), before.ministryId()) && now.role() == before.role();
    }

    private List<Participant> participantsOf(UUID meetingId) {
        return dsl.selectFrom(MEETING_PARTICIPANT)
                .where(MEETING_PARTICIPANT.MEETING_ID.eq(meetingId)).and(MEETING_PARTICIPANT.DELETED_AT.isNull())
                .orderBy(MEETING_PARTICIPANT.CREATED_AT, MEETING_PARTICIPANT.ID)
                .fetch(row -> new Participant(row.getId(), row.getPersonId(), row.getMinistryId(),
                        ParticipantRole.valueOf(row.getRole()), AuditedRows.audit(row)));
    }

    private Meeting toMeeting(MeetingRecord row) {
        List<UUID> chairs = dsl.select(MEETING_CHAIR.PERSON_ID).from(MEETING_CHAIR)
                .where(MEETING_CHAIR.MEETING_ID.eq(row.getId())).orderBy(MEETING_CHAIR.POSITION)
                .fetch(MEETING_CHAIR.PERSON_ID);
        Set<UUID> invited = dsl.select(MEETING_INVITED_LAND.LAND_ID).from(MEETING_INVITED_LAND)
                .where(MEETING_INVITED_LAND.MEETING_ID.eq(row.getId())).fetchSet(MEETING_INVITED_LAND.LAND_ID);
        return new Meeting(row.getId(), row.getNumber(), row.getFormatId(), row.getTitle(),
                MeetingMode.valueOf(row.getMode()), inMeetingZone(row.getStartsAt(), row.getTimeZone()),
                inMeetingZone(row.getEndsAt(), row.getTimeZone()), row.getPlace(), row.getVideoLink(),
                row.getHostLandId(), chairs, MeetingStatus.valueOf(row.getStatus()), row.getCancelReason(),
                Classification.valueOf(row.getClassification()), row.getFileReference(), row.getNotes(),
                participantsOf(row.getId()), invited, row.getIcalSequence(), row.getIcalExportedVersion(),
                row.getIsTemplate(), row.getPredecessorId(), row.getSeriesId(), AuditedRows.audit(row));
    }

    /** Rows written elsewhere may name another zone; the domain always speaks {@link Meeting#ZONE}. */
    static LocalDateTime inMeetingZone(LocalDateTime local, String zone) {
        ZoneId stored = ZoneId.of(zone);
        return stored.equals(Meeting.ZONE) ? local
                : local.atZone(stored).withZoneSameInstant(Meeting.ZONE).toLocalDateTime();
    }
}
