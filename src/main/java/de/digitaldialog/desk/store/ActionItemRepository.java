package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.ACTION_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Audit;
import de.digitaldialog.desk.store.generated.tables.records.ActionItemRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Follow-up tasks (Aufträge) from agenda items. */
public final class ActionItemRepository {

    private final DSLContext dsl;

    ActionItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ActionItem> findById(UUID id) {
        return dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id)).and(ACTION_ITEM.DELETED_AT.isNull())
                .fetchOptional(ActionItemRepository::toActionItem);
    }

    public List<ActionItem> findByAgendaItem(UUID agendaItemId) {
        return dsl.selectFrom(ACTION_ITEM)
                .where(ACTION_ITEM.AGENDA_ITEM_ID.eq(agendaItemId)).and(ACTION_ITEM.DELETED_AT.isNull())
                .orderBy(ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.CREATED_AT)
                .fetch(ActionItemRepository::toActionItem);
    }

    /**
     * What still has to be done, soonest due first. Items of a deleted TOP or meeting are gone
     * with it: their own rows carry no tombstone, so the parents are checked here.
     */
    public List<ActionItem> findOpen() {
        return dsl.select(ACTION_ITEM.fields()).from(ACTION_ITEM)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(ACTION_ITEM.AGENDA_ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(ACTION_ITEM.STATUS.ne(ActionItemStatus.ERLEDIGT.name()))
                .and(ACTION_ITEM.DELETED_AT.isNull())
                .and(AGENDA_ITEM.DELETED_AT.isNull())
                .and(MEETING.DELETED_AT.isNull())
                .orderBy(ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.CREATED_AT)
                .fetchInto(ACTION_ITEM)
                .map(ActionItemRepository::toActionItem);
    }

    /** The follow-ups of an initiative, soonest due first; those of deleted TOPs or meetings are gone. */
    public List<ActionItem> findByInitiative(UUID initiativeId) {
        return dsl.select(ACTION_ITEM.fields()).from(ACTION_ITEM)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(ACTION_ITEM.AGENDA_ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(ACTION_ITEM.INITIATIVE_ID.eq(initiativeId))
                .and(ACTION_ITEM.DELETED_AT.isNull())
                .and(AGENDA_ITEM.DELETED_AT.isNull())
                .and(MEETING.DELETED_AT.isNull())
                .orderBy(ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.CREATED_AT)
                .fetchInto(ACTION_ITEM)
                .map(ActionItemRepository::toActionItem);
    }

    /** Inserts a new item (no audit yet) or updates it from the version it was loaded at. */
    public ActionItem save(ActionItem item, Actor actor) {
        ActionItemRecord row = dsl.newRecord(ACTION_ITEM);
        row.setId(item.id());
        row.setAgendaItemId(item.agendaItemId());
        row.setDescription(item.description());
        row.setOwnerMinistryId(item.ownerMinistryId());
        row.setOwnerPersonId(item.ownerPersonId());
        row.setDueDate(item.dueDate());
        row.setStatus(item.status().name());
        row.setDelayReason(item.delayReason());
        row.setInitiativeId(item.initiativeId());
        Audit audit = item.audit() == null
                ? AuditedRows.insert(dsl, row, actor)
                : AuditedRows.update(dsl, row, item.audit(), actor);
        return item.withAudit(audit);
    }

    static ActionItem toActionItem(ActionItemRecord row) {
        return new ActionItem(row.getId(), row.getAgendaItemId(), row.getDescription(), row.getOwnerMinistryId(),
                row.getOwnerPersonId(), row.getDueDate(), ActionItemStatus.valueOf(row.getStatus()),
                row.getDelayReason(), row.getInitiativeId(), AuditedRows.audit(row));
    }
}
