package de.digitaldialog.desk.store;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Audit;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.UpdateSetMoreStep;

/**
 * Writes the metadata columns every mergeable row shares (origin, created, updated, version,
 * tombstone) and enforces optimistic locking: an update names the version it was based on and
 * is refused when the row has moved on.
 */
final class AuditedRows {

    static final String ID = "ID";
    static final String ORIGIN = "ORIGIN_INSTALLATION";
    static final String CREATED_AT = "CREATED_AT";
    static final String CREATED_BY = "CREATED_BY";
    static final String UPDATED_AT = "UPDATED_AT";
    static final String UPDATED_BY = "UPDATED_BY";
    static final String VERSION = "VERSION";
    static final String DELETED_AT = "DELETED_AT";
    static final String DELETED_BY = "DELETED_BY";
    static final String DELETION_ID = "DELETION_ID";

    private AuditedRows() {
    }

    static Audit audit(Record row) {
        return new Audit(row.get(ORIGIN, UUID.class), instant(row.get(CREATED_AT, OffsetDateTime.class)),
                row.get(CREATED_BY, String.class), instant(row.get(UPDATED_AT, OffsetDateTime.class)),
                row.get(UPDATED_BY, String.class), row.get(VERSION, Integer.class));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Inserts a new row stamped as created and last changed by {@code actor}. */
    static <R extends UpdatableRecord<R>> Audit insert(DSLContext dsl, R row, Actor actor) {
        set(row, ORIGIN, actor.installationId());
        set(row, CREATED_AT, timestamp(actor.at()));
        set(row, CREATED_BY, actor.signature());
        set(row, UPDATED_AT, timestamp(actor.at()));
        set(row, UPDATED_BY, actor.signature());
        set(row, VERSION, 0);
        dsl.executeInsert(row);
        return new Audit(actor.installationId(), actor.at(), actor.signature(), actor.at(), actor.signature(), 0);
    }

    /**
     * Updates a row from the version it was loaded at. The creation columns are left alone.
     *
     * @throws ConcurrentChangeException when someone saved the row in the meantime
     */
    static <R extends UpdatableRecord<R>> Audit update(DSLContext dsl, R row, Audit loaded, Actor actor) {
        Table<R> table = row.getTable();
        UUID id = row.get(ID, UUID.class);
        int next = loaded.version() + 1;
        set(row, UPDATED_AT, timestamp(actor.at()));
        set(row, UPDATED_BY, actor.signature());
        set(row, VERSION, next);
        for (String unchanged : new String[] {ID, ORIGIN, CREATED_AT, CREATED_BY}) {
            row.changed(table.field(unchanged), false);
        }
        int updated = dsl.update(table).set(row)
                .where(uuid(table, ID).eq(id))
                .and(integer(table, VERSION).eq(loaded.version()))
                .and(table.field(DELETED_AT).isNull())
                .execute();
        if (updated == 0) {
            throw conflict(dsl, table, id);
        }
        return new Audit(loaded.originInstallation(), loaded.createdAt(), loaded.createdBy(), actor.at(),
                actor.signature(), next);
    }

    /**
     * Stamps a set-based update as a change by {@code actor}: updated at/by, and every row's version
     * one up (no version check: for moves that apply to whatever rows match at the time).
     */
    static <R extends Record> UpdateSetMoreStep<R> stamp(UpdateSetMoreStep<R> update, Table<R> table, Actor actor) {
        return update.set(table.field(UPDATED_AT, OffsetDateTime.class), timestamp(actor.at()))
                .set(table.field(UPDATED_BY, String.class), actor.signature())
                .set(integer(table, VERSION), integer(table, VERSION).plus(1));
    }

    /** Marks a row deleted; the tombstone stays so a merge knows it is gone. */
    static void tombstone(DSLContext dsl, Table<?> table, UUID id, Audit loaded, Actor actor) {
        tombstone(dsl, table, id, loaded.version(), actor, null);
    }

    /**
     * Marks a row deleted from the version it was loaded at, as part of a deletion when
     * {@code deletionId} is given.
     *
     * @throws ConcurrentChangeException when someone saved or deleted the row in the meantime
     */
    static void tombstone(DSLContext dsl, Table<?> table, UUID id, int loadedVersion, Actor actor, UUID deletionId) {
        var update = dsl.update(table)
                .set(table.field(DELETED_AT, OffsetDateTime.class), timestamp(actor.at()))
                .set(table.field(DELETED_BY, String.class), actor.signature())
                .set(table.field(UPDATED_AT, OffsetDateTime.class), timestamp(actor.at()))
                .set(table.field(UPDATED_BY, String.class), actor.signature())
                .set(integer(table, VERSION), loadedVersion + 1);
        if (deletionId != null) {
            update = update.set(uuid(table, DELETION_ID), deletionId);
        }
        int updated = update.where(uuid(table, ID).eq(id))
                .and(integer(table, VERSION).eq(loadedVersion))
                .and(table.field(DELETED_AT).isNull())
                .execute();
        if (updated == 0) {
            throw conflict(dsl, table, id);
        }
    }

    /** Marks the live rows {@code which} deleted as part of a deletion, whatever their version. */
    static void tombstoneAll(DSLContext dsl, Table<?> table, Condition which, Actor actor, UUID deletionId) {
        dsl.update(table)
                .set(table.field(DELETED_AT, OffsetDateTime.class), timestamp(actor.at()))
                .set(table.field(DELETED_BY, String.class), actor.signature())
                .set(table.field(UPDATED_AT, OffsetDateTime.class), timestamp(actor.at()))
                .set(table.field(UPDATED_BY, String.class), actor.signature())
                .set(integer(table, VERSION), integer(table, VERSION).plus(1))
                .set(uuid(table, DELETION_ID), deletionId)
                .where(which).and(table.field(DELETED_AT).isNull())
                .execute();
    }

    /** Brings the tombstoned rows {@code which} back to life; a restore is a change like any other. */
    static void revive(DSLContext dsl, Table<?> table, Condition which, Actor actor) {
        dsl.update(table)
                .set(table.field(DELETED_AT, OffsetDateTime.class), (OffsetDateTime) null)
                .set(table.field(DELETED_BY, String.class), (String) null)
                .set(uuid(table, DELETION_ID), (UUID) null)
                .set(table.field(UPDATED_AT, OffsetDateTime.class), timestamp(actor.at()))
                .set(table.field(UPDATED_BY, String.class), actor.signature())
                .set(integer(table, VERSION), integer(table, VERSION).plus(1))
                .where(which)
                .execute();
    }

    private static ConcurrentChangeException conflict(DSLContext dsl, Table<?> table, UUID id) {
        Record current = dsl.select(table.field(UPDATED_BY), table.field(UPDATED_AT))
                .from(table).where(uuid(table, ID).eq(id)).fetchOne();
        if (current == null) {
            return new ConcurrentChangeException("?", Instant.now());
        }
        return new ConcurrentChangeException(current.get(0, String.class),
                instant(current.get(1, OffsetDateTime.class)));
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(Record row, String column, T value) {
        row.set((Field<T>) row.field(column), value);
    }

    static Field<UUID> uuid(Table<?> table, String column) {
        return table.field(column, UUID.class);
    }

    private static Field<Integer> integer(Table<?> table, String column) {
        return table.field(column, Integer.class);
    }
}
