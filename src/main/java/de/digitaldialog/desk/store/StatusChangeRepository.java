package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.STATUS_CHANGE;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.store.generated.tables.records.StatusChangeRecord;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The history of initiatives: entries are only ever appended, never changed. */
public final class StatusChangeRepository {

    /** Read with every form load, so rendered once (see RenderedQuery). */
    private static final RenderedQuery BY_INITIATIVE = RenderedQuery.of(DSL.selectFrom(STATUS_CHANGE)
            .where(STATUS_CHANGE.INITIATIVE_ID.eq(RenderedQuery.parameter(UUID.class)))
            .and(STATUS_CHANGE.DELETED_AT.isNull())
            .orderBy(STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.FROM_VALUE.asc().nullsFirst()));

    private final DSLContext dsl;

    StatusChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(StatusChange change, Actor actor) {
        StatusChangeRecord row = dsl.newRecord(STATUS_CHANGE);
        row.setId(change.id());
        row.setInitiativeId(change.initiativeId());
        row.setChangedAt(AuditedRows.timestamp(change.changedAt()));
        row.setChangedBy(change.changedBy());
        row.setChangedByMinistry(change.changedByMinistry());
        row.setKind(change.kind().name());
        row.setFromValue(change.fromValue());
        row.setToValue(change.toValue());
        row.setReason(change.reason());
        row.setDecisionId(change.decisionId());
        AuditedRows.insert(dsl, row, actor);
    }

    /** Oldest first; the entry written at creation (no previous value) leads a tie. */
    public List<StatusChange> findByInitiative(UUID initiativeId) {
        return BY_INITIATIVE.fetchInto(dsl, STATUS_CHANGE, initiativeId).map(StatusChangeRepository::toStatusChange);
    }

    private static StatusChange toStatusChange(StatusChangeRecord row) {
        return new StatusChange(row.getId(), row.getInitiativeId(), AuditedRows.instant(row.getChangedAt()),
                row.getChangedBy(), row.getChangedByMinistry(), StatusChange.Kind.valueOf(row.getKind()),
                row.getFromValue(), row.getToValue(), row.getReason(), row.getDecisionId());
    }
}
