package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM_INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.DECISION;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_THEME_AREA;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.MeetingStatus;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;

/**
 * The reads the briefing sheets need beyond the repositories: what a theme area's status report
 * lists of the meeting planner.
 */
public final class BriefingQueries {

    /**
     * A decision with where it was taken. Its effective classification is the highest of its own,
     * its TOP's and its meeting's.
     */
    public record DecisionInMeeting(UUID id, String text, UUID initiativeId, String meetingNumber,
                                    String meetingTitle, LocalDateTime meetingStart, String agendaNumber,
                                    Classification effectiveClassification) {
    }

    private final DSLContext dsl;

    BriefingQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The live decisions of meetings held in [{@code from}, {@code to}) on TOPs of the theme area or
     * linking one of its initiatives, or about such an initiative; by meeting start, TOP and place.
     */
    public List<DecisionInMeeting> decisions(UUID themeAreaId, LocalDateTime from, LocalDateTime to) {
        Condition aboutArea = DECISION.INITIATIVE_ID.in(initiativesOf(themeAreaId))
                .or(touchesArea(themeAreaId));
        return dsl.select(DECISION.ID, DECISION.TEXT, DECISION.INITIATIVE_ID, DECISION.CLASSIFICATION,
                        AGENDA_ITEM.NUMBER, AGENDA_ITEM.CLASSIFICATION, MEETING.NUMBER, MEETING.TITLE,
                        MEETING.STARTS_AT, MEETING.CLASSIFICATION)
                .from(DECISION)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.AGENDA_ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(aboutArea)
                .and(MEETING.STARTS_AT.ge(from)).and(MEETING.STARTS_AT.lt(to))
                .and(DECISION.DELETED_AT.isNull()).and(AGENDA_ITEM.DELETED_AT.isNull())
                .and(MEETING.DELETED_AT.isNull())
                .orderBy(MEETING.STARTS_AT, AGENDA_ITEM.POSITION, DECISION.POSITION)
                .fetch(row -> new DecisionInMeeting(row.get(DECISION.ID), row.get(DECISION.TEXT),
                        row.get(DECISION.INITIATIVE_ID), row.get(MEETING.NUMBER), row.get(MEETING.TITLE),
                        row.get(MEETING.STARTS_AT), row.get(AGENDA_ITEM.NUMBER),
                        highest(row.get(DECISION.CLASSIFICATION), row.get(AGENDA_ITEM.CLASSIFICATION),
                                row.get(MEETING.CLASSIFICATION))));
    }

    /** The live meetings, not cancelled, starting at or after {@code from} that have a TOP touching the area. */
    public Set<UUID> meetingsTouching(UUID themeAreaId, LocalDateTime from) {
        return dsl.selectDistinct(MEETING.ID).from(MEETING)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID))
                .where(touchesArea(themeAreaId))
                .and(MEETING.STARTS_AT.ge(from)).and(MEETING.STATUS.ne(MeetingStatus.ABGESAGT.name()))
                .and(MEETING.DELETED_AT.isNull()).and(AGENDA_ITEM.DELETED_AT.isNull())
                .fetchSet(MEETING.ID);
    }

    /** The TOP (joined as AGENDA_ITEM) is of the theme area or links one of its initiatives. */
    private Condition touchesArea(UUID themeAreaId) {
        return AGENDA_ITEM.THEME_AREA_ID.eq(themeAreaId)
                .or(AGENDA_ITEM.ID.in(dsl.select(AGENDA_ITEM_INITIATIVE.AGENDA_ITEM_ID).from(AGENDA_ITEM_INITIATIVE)
                        .where(AGENDA_ITEM_INITIATIVE.INITIATIVE_ID.in(initiativesOf(themeAreaId)))));
    }

    private Select<Record1<UUID>> initiativesOf(UUID themeAreaId) {
        return dsl.select(INITIATIVE_THEME_AREA.INITIATIVE_ID).from(INITIATIVE_THEME_AREA)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(INITIATIVE_THEME_AREA.INITIATIVE_ID))
                .where(INITIATIVE_THEME_AREA.THEME_AREA_ID.eq(themeAreaId)).and(INITIATIVE.DELETED_AT.isNull());
    }

    private static Classification highest(String... codes) {
        for (String code : codes) {
            if (Classification.valueOf(code) == Classification.VS_NFD) {
                return Classification.VS_NFD;
            }
        }
        return Classification.OFFEN;
    }
}
