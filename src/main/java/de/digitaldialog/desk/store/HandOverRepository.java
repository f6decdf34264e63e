package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.ACTION_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_LEAD;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_PARTICIPANT;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;

import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.MeetingStatus;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * What a ministry that ends still owes, and moving it to a successor. Moved rows are stamped as
 * changed by the actor (updated_at/by, version), as every change is.
 */
public final class HandOverRepository {

    /** Finished initiatives keep their ministries: they document how things were. */
    private static final List<String> FINISHED =
            List.of(InitiativeStatus.ABGESCHLOSSEN.name(), InitiativeStatus.VERWORFEN.name());
    /** An input deadline is open while its meeting is still ahead. */
    private static final List<String> UPCOMING =
            List.of(MeetingStatus.GEPLANT.name(), MeetingStatus.EINGELADEN.name());

    private final DSLContext dsl;

    HandOverRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Initiatives not finished (neither ABGESCHLOSSEN nor VERWORFEN) in which the ministry leads or takes part. */
    public List<UUID> openInitiatives(UUID ministryId) {
        return dsl.select(INITIATIVE.ID).from(INITIATIVE)
                .where(openInitiative())
                .and(INITIATIVE.ID.in(led(ministryId)).or(INITIATIVE.ID.in(participating(ministryId))))
                .orderBy(INITIATIVE.NUMBER)
                .fetch(INITIATIVE.ID);
    }

    /** How many open initiatives the ministry leads (for the hand-over's confirmation). */
    public int countOpenInitiativesLed(UUID ministryId) {
        return dsl.fetchCount(INITIATIVE, openInitiative().and(INITIATIVE.ID.in(led(ministryId))));
    }

    /** How many open initiatives the ministry takes part in without leading them. */
    public int countOpenInitiativesParticipating(UUID ministryId) {
        return dsl.fetchCount(INITIATIVE, openInitiative().and(INITIATIVE.ID.in(participating(ministryId)))
                .and(INITIATIVE.ID.notIn(led(ministryId))));
    }

    public int countOpenActionItems(UUID ministryId) {
        return dsl.fetchCount(ACTION_ITEM, openActionItem(ministryId));
    }

    public int countOpenInputDeadlines(UUID ministryId) {
        return dsl.fetchCount(AGENDA_ITEM, openInputDeadline(ministryId));
    }

    /** Gives the ministry's action items not yet done (of TOPs and meetings not deleted) to the successor. */
    public int moveOpenActionItems(UUID from, UUID to, Actor actor) {
        return AuditedRows.stamp(dsl.update(ACTION_ITEM).set(ACTION_ITEM.OWNER_MINISTRY_ID, to), ACTION_ITEM, actor)
                .where(openActionItem(from))
                .execute();
    }

    /**
     * Gives the inputs the ministry still owes (Zulieferungen not yet arrived, for TOPs of meetings
     * still planned or invited) to the successor.
     */
    public int moveOpenInputDeadlines(UUID from, UUID to, Actor actor) {
        return AuditedRows.stamp(dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.INPUT_OWNER_MINISTRY_ID, to), AGENDA_ITEM,
                        actor)
                .where(openInputDeadline(from))
                .execute();
    }

    private static Condition openInitiative() {
        return INITIATIVE.DELETED_AT.isNull().and(INITIATIVE.STATUS.notIn(FINISHED));
    }

    private static Select<Record1<UUID>> led(UUID ministryId) {
        return DSL.select(INITIATIVE_LEAD.INITIATIVE_ID).from(INITIATIVE_LEAD)
                .where(INITIATIVE_LEAD.MINISTRY_ID.eq(ministryId));
    }

    private static Select<Record1<UUID>> participating(UUID ministryId) {
        return DSL.select(INITIATIVE_PARTICIPANT.INITIATIVE_ID).from(INITIATIVE_PARTICIPANT)
                .where(INITIATIVE_PARTICIPANT.MINISTRY_ID.eq(ministryId));
    }

    private static Condition openActionItem(UUID ministryId) {
        return ACTION_ITEM.OWNER_MINISTRY_ID.eq(ministryId)
                .and(ACTION_ITEM.STATUS.ne(ActionItemStatus.ERLEDIGT.name()))
                .and(ACTION_ITEM.DELETED_AT.isNull())
                .and(ACTION_ITEM.AGENDA_ITEM_ID.in(DSL.select(AGENDA_ITEM.ID).from(AGENDA_ITEM)
                        .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                        .where(AGENDA_ITEM.DELETED_AT.isNull()).and(MEETING.DELETED_AT.isNull())));
    }

    private static Condition openInputDeadline(UUID ministryId) {
        return AGENDA_ITEM.INPUT_OWNER_MINISTRY_ID.eq(ministryId)
                .and(AGENDA_ITEM.INPUT_RECEIVED_AT.isNull())
                .and(AGENDA_ITEM.DELETED_AT.isNull())
                .and(AGENDA_ITEM.MEETING_ID.in(DSL.select(MEETING.ID).from(MEETING)
                        .where(MEETING.DELETED_AT.isNull()).and(MEETING.STATUS.in(UPCOMING))));
    }
}
