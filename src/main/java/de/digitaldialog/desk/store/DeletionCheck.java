package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.CheckFindings.display;
import static de.digitaldialog.desk.store.generated.Tables.ACTION_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.ATTACHMENT;
import static de.digitaldialog.desk.store.generated.Tables.DECISION;
import static de.digitaldialog.desk.store.generated.Tables.DELETION;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;
import static de.digitaldialog.desk.store.generated.Tables.MEETING_PARTICIPANT;
import static de.digitaldialog.desk.store.generated.Tables.MILESTONE;
import static de.digitaldialog.desk.store.generated.Tables.MINISTRY;
import static de.digitaldialog.desk.store.generated.Tables.STATUS_CHANGE;

import de.digitaldialog.desk.domain.ConsistencyFinding.Kind;
import de.digitaldialog.desk.domain.ConsistencyReport.Checked;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.store.CheckFindings.Capped;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * References the schema cannot protect by a foreign key: a deletion names its main record by
 * kind and id (polymorphic); a hand-over in the history names two ministries by their ids in
 * text columns; and tombstones must agree with their deletion groups (see {@link DeletionGroups}):
 * the main record of a deletion not restored is a tombstone of that deletion, a restored deletion
 * leaves no tombstone behind, and no live row hangs under a record deleted as a group.
 */
final class DeletionCheck {

    /** Rows whose {@code column} names a parent they are deleted with ({@link DeletionGroups#steps}). */
    private record Part(TableField<?, UUID> column, Table<?> parent) {
    }

    private static final List<Part> PARTS = List.of(
            new Part(MILESTONE.INITIATIVE_ID, INITIATIVE), new Part(STATUS_CHANGE.INITIATIVE_ID, INITIATIVE),
            new Part(ATTACHMENT.INITIATIVE_ID, INITIATIVE), new Part(MEETING_PARTICIPANT.MEETING_ID, MEETING),
            new Part(AGENDA_ITEM.MEETING_ID, MEETING), new Part(ATTACHMENT.MEETING_ID, MEETING),
            new Part(DECISION.AGENDA_ITEM_ID, AGENDA_ITEM), new Part(ACTION_ITEM.AGENDA_ITEM_ID, AGENDA_ITEM),
            new Part(ATTACHMENT.AGENDA_ITEM_ID, AGENDA_ITEM));

    private DeletionCheck() {
    }

    static void run(Connection connection, CheckFindings findings) {
        DSLContext dsl = DSL.using(connection, SQLDialect.H2);
        for (DeletionKind kind : DeletionKind.values()) {
            Table<?> table = DeletionGroups.main(kind).table();
            rule(connection, findings, Kind.REFERENCE, DELETION, capped -> dsl
                    .select(DELETION.ID, DELETION.RECORD_ID).from(DELETION).where(DELETION.KIND.eq(kind.name()))
                    .andNotExists(DSL.selectOne().from(table).where(id(table).eq(DELETION.RECORD_ID)))
                    .forEach(row -> capped.add(String.valueOf(row.value1()), "check.finding.deletionRecordMissing",
                            display(table.getName()), row.value2())));
            rule(connection, findings, Kind.TOMBSTONE, table, capped -> dsl
                    .select(DELETION.RECORD_ID, DELETION.ID).from(DELETION).where(DELETION.KIND.eq(kind.name()))
                    .and(DELETION.RESTORED_AT.isNull())
                    .andExists(DSL.selectOne().from(table).where(id(table).eq(DELETION.RECORD_ID))
                            .and(live(table).or(DeletionGroups.deletionId(table).isDistinctFrom(DELETION.ID))))
                    .forEach(row -> capped.add(String.valueOf(row.value1()), "check.finding.deletionNotApplied",
                            row.value2())));
        }
        for (Table<?> table : DeletionGroups.TABLES) {
            Field<UUID> deletion = DeletionGroups.deletionId(table);
            rule(connection, findings, Kind.TOMBSTONE, table, capped -> dsl.select(id(table), deletion).from(table)
                    .join(DELETION).on(DELETION.ID.eq(deletion)).where(DELETION.RESTORED_AT.isNotNull())
                    .forEach(row -> capped.add(String.valueOf(row.value1()), "check.finding.restoredTombstone",
                            row.value2())));
        }
        for (Part part : PARTS) {
            Table<?> child = part.column().getTable();
            Table<?> parent = part.parent();
            rule(connection, findings, Kind.TOMBSTONE, child, capped -> dsl.select(id(child), part.column())
                    .from(child).join(parent).on(id(parent).eq(part.column()))
                    .where(live(child)).and(live(parent).not()).and(DeletionGroups.deletionId(parent).isNotNull())
                    .forEach(row -> capped.add(String.valueOf(row.value1()), "check.finding.liveUnderDeleted",
                            display(parent.getName()), row.value2())));
        }
        rule(connection, findings, Kind.REFERENCE, STATUS_CHANGE, capped -> {
            Set<String> ministries = dsl.select(MINISTRY.ID).from(MINISTRY).fetchSet(MINISTRY.ID).stream()
                    .map(UUID::toString).collect(Collectors.toSet());
            dsl.select(STATUS_CHANGE.ID, STATUS_CHANGE.FROM_VALUE, STATUS_CHANGE.TO_VALUE).from(STATUS_CHANGE)
                    .where(STATUS_CHANGE.KIND.eq(StatusChange.Kind.HANDOVER.name())).forEach(row -> {
                        for (String ministry : List.of(String.valueOf(row.value2()), row.value3())) {
                            if (!ministries.contains(ministry)) {
                                capped.add(String.valueOf(row.value1()), "check.finding.handoverMinistry", ministry);
                            }
                        }
                    });
        });
    }

    /** Runs one rule's query; a query that fails is a read error of its table. */
    private static void rule(Connection connection, CheckFindings findings, Kind kind, Table<?> table,
                             Consumer<Capped> query) {
        try (Capped capped = findings.capped(kind, display(table.getName()))) {
            query.accept(capped);
        } catch (RuntimeException e) {
            findings.readError(connection, kind, display(table.getName()), e);
        }
        findings.count(Checked.REFERENCES, 1);
    }

    private static Field<UUID> id(Table<?> table) {
        return AuditedRows.uuid(table, AuditedRows.ID);
    }

    private static Condition live(Table<?> table) {
        return table.field(AuditedRows.DELETED_AT).isNull();
    }
}
