package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.ACTION_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_THEME_AREA;
import static de.digitaldialog.desk.store.generated.Tables.LAND;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;
import static de.digitaldialog.desk.store.generated.Tables.MINISTRY;
import static de.digitaldialog.desk.store.generated.Tables.PERSON;
import static de.digitaldialog.desk.store.generated.Tables.THEME_AREA;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Deadline;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.store.generated.tables.Land;
import de.digitaldialog.desk.store.generated.tables.Ministry;
import de.digitaldialog.desk.store.generated.tables.ThemeArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * The reads of the Beschlusskontrolle: every action item with its meeting, TOP, owner and
 * initiative in one query, and the input deadlines of TOPs still waiting for their input.
 * Items and TOPs of a deleted meeting or TOP are gone with it, like a deleted initiative's link.
 */
public final class FollowUpQueries {

    private static final Ministry OWNER_MINISTRY = MINISTRY.as("owner_ministry");
    private static final Ministry PERSON_MINISTRY = MINISTRY.as("person_ministry");
    private static final Land OWNER_LAND = LAND.as("owner_land");
    private static final Land PERSON_LAND = LAND.as("person_land");
    private static final ThemeArea TOP_AREA = THEME_AREA.as("top_area");

    private final DSLContext dsl;

    FollowUpQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All action items, done ones included, soonest due first (no due date last). */
    public List<FollowUp> actionItems() {
        Result<Record> rows = dsl.select(ACTION_ITEM.fields())
                .select(MEETING.ID, MEETING.NUMBER, MEETING.TITLE, MEETING.STARTS_AT, MEETING.TIME_ZONE,
                        MEETING.CLASSIFICATION, AGENDA_ITEM.NUMBER, AGENDA_ITEM.TITLE, AGENDA_ITEM.CLASSIFICATION,
                        TOP_AREA.CODE, OWNER_MINISTRY.ID, OWNER_MINISTRY.ABBREVIATION, OWNER_LAND.CODE,
                        PERSON_MINISTRY.ID, PERSON_MINISTRY.ABBREVIATION, PERSON_LAND.CODE,
                        PERSON.ACADEMIC_TITLE, PERSON.FIRST_NAME, PERSON.LAST_NAME,
                        INITIATIVE.ID, INITIATIVE.NUMBER, INITIATIVE.TITLE)
                .from(ACTION_ITEM)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(ACTION_ITEM.AGENDA_ITEM_ID))
                .and(AGENDA_ITEM.DELETED_AT.isNull())
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID)).and(MEETING.DELETED_AT.isNull())
                .leftJoin(TOP_AREA).on(TOP_AREA.ID.eq(AGENDA_ITEM.THEME_AREA_ID))
                .leftJoin(OWNER_MINISTRY).on(OWNER_MINISTRY.ID.eq(ACTION_ITEM.OWNER_MINISTRY_ID))
                .leftJoin(OWNER_LAND).on(OWNER_LAND.ID.eq(OWNER_MINISTRY.LAND_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.OWNER_PERSON_ID))
                .leftJoin(PERSON_MINISTRY).on(PERSON_MINISTRY.ID.eq(PERSON.MINISTRY_ID))
                .leftJoin(PERSON_LAND).on(PERSON_LAND.ID.eq(PERSON_MINISTRY.LAND_ID))
                .leftJoin(INITIATIVE).on(INITIATIVE.ID.eq(ACTION_ITEM.INITIATIVE_ID))
                .and(INITIATIVE.DELETED_AT.isNull())
                .where(ACTION_ITEM.DELETED_AT.isNull())
                .orderBy(ACTION_ITEM.DUE_DATE.asc().nullsLast(), MEETING.STARTS_AT, AGENDA_ITEM.POSITION,
                        ACTION_ITEM.CREATED_AT)
                .fetch();
        Map<UUID, List<String>> initiativeAreas = initiativeThemeAreas(rows.stream()
                .map(row -> row.get(INITIATIVE.ID)).filter(Objects::nonNull).distinct().toList());
        List<FollowUp> followUps = new ArrayList<>(rows.size());
        for (Record row : rows) {
            followUps.add(toFollowUp(row, initiativeAreas));
        }
        return followUps;
    }

    /**
     * Input deadlines up to {@code until} whose input has not arrived, of TOPs of meetings neither
     * cancelled nor begun before {@code meetingsFrom}, earliest first.
     */
    public List<Deadline> openInputDeadlines(LocalDate until, LocalDateTime meetingsFrom) {
        return dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.INPUT_DEADLINE, AGENDA_ITEM.TITLE, AGENDA_ITEM.NUMBER,
                        AGENDA_ITEM.CLASSIFICATION, OWNER_MINISTRY.ABBREVIATION, MEETING.NUMBER, MEETING.TITLE,
                        MEETING.STARTS_AT, MEETING.TIME_ZONE, MEETING.CLASSIFICATION)
                .from(AGENDA_ITEM)
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID)).and(MEETING.DELETED_AT.isNull())
                .leftJoin(OWNER_MINISTRY).on(OWNER_MINISTRY.ID.eq(AGENDA_ITEM.INPUT_OWNER_MINISTRY_ID))
                .where(AGENDA_ITEM.DELETED_AT.isNull())
                .and(AGENDA_ITEM.INPUT_DEADLINE.le(until))
                .and(AGENDA_ITEM.INPUT_RECEIVED_AT.isNull())
                .and(MEETING.STATUS.ne(MeetingStatus.ABGESAGT.name()))
                .and(MEETING.STARTS_AT.ge(meetingsFrom))
                .orderBy(AGENDA_ITEM.INPUT_DEADLINE, MEETING.STARTS_AT, AGENDA_ITEM.POSITION)
                .fetch(row -> new Deadline(Deadline.Kind.INPUT, row.get(AGENDA_ITEM.INPUT_DEADLINE),
                        row.get(AGENDA_ITEM.ID), row.get(AGENDA_ITEM.TITLE), row.get(OWNER_MINISTRY.ABBREVIATION),
                        row.get(MEETING.NUMBER), row.get(MEETING.TITLE),
                        MeetingRepository.inMeetingZone(row.get(MEETING.STARTS_AT), row.get(MEETING.TIME_ZONE)),
                        row.get(AGENDA_ITEM.NUMBER), effective(row.get(MEETING.CLASSIFICATION),
                        row.get(AGENDA_ITEM.CLASSIFICATION))));
    }

    private Map<UUID, List<String>> initiativeThemeAreas(List<UUID> initiatives) {
        Map<UUID, List<String>> codes = new HashMap<>();
        if (initiatives.isEmpty()) {
            return codes;
        }
        dsl.select(INITIATIVE_THEME_AREA.INITIATIVE_ID, THEME_AREA.CODE)
                .from(INITIATIVE_THEME_AREA)
                .join(THEME_AREA).on(THEME_AREA.ID.eq(INITIATIVE_THEME_AREA.THEME_AREA_ID))
                .where(INITIATIVE_THEME_AREA.INITIATIVE_ID.in(initiatives))
                .orderBy(THEME_AREA.SORT_ORDER)
                .forEach(row -> codes.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(row.value2()));
        return codes;
    }

    private static FollowUp toFollowUp(Record row, Map<UUID, List<String>> initiativeAreas) {
        ActionItem item = ActionItemRepository.toActionItem(row.into(ACTION_ITEM));
        List<String> areas = new ArrayList<>();
        if (row.get(TOP_AREA.CODE) != null) {
            areas.add(row.get(TOP_AREA.CODE));
        }
        UUID initiative = row.get(INITIATIVE.ID);
        for (String code : initiative == null ? List.<String>of() : initiativeAreas.getOrDefault(initiative, List.of())) {
            if (!areas.contains(code)) {
                areas.add(code);
            }
        }
        boolean byMinistry = row.get(OWNER_MINISTRY.ID) != null;
        String personName = row.get(PERSON.LAST_NAME) == null ? null : Person.displayName(
                row.get(PERSON.ACADEMIC_TITLE), row.get(PERSON.FIRST_NAME), row.get(PERSON.LAST_NAME));
        return new FollowUp(item, row.get(MEETING.ID), row.get(MEETING.NUMBER), row.get(MEETING.TITLE),
                MeetingRepository.inMeetingZone(row.get(MEETING.STARTS_AT), row.get(MEETING.TIME_ZONE)),
                row.get(AGENDA_ITEM.NUMBER), row.get(AGENDA_ITEM.TITLE),
                effective(row.get(MEETING.CLASSIFICATION), row.get(AGENDA_ITEM.CLASSIFICATION)),
                byMinistry ? row.get(OWNER_MINISTRY.ID) : row.get(PERSON_MINISTRY.ID),
                byMinistry ? row.get(OWNER_MINISTRY.ABBREVIATION) : row.get(PERSON_MINISTRY.ABBREVIATION),
                byMinistry ? row.get(OWNER_LAND.CODE) : row.get(PERSON_LAND.CODE),
                personName, row.get(INITIATIVE.NUMBER), row.get(INITIATIVE.TITLE), areas);
    }

    /** A TOP of a VS-NfD meeting is VS-NfD, whatever its own marking. */
    private static Classification effective(String meeting, String agendaItem) {
        return Classification.valueOf(meeting) == Classification.VS_NFD
                ? Classification.VS_NFD : Classification.valueOf(agendaItem);
    }
}
