package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.MINISTRY;
import static de.digitaldialog.desk.store.generated.Tables.MINISTRY_SUCCESSOR;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.store.generated.DefaultSchema;
import de.digitaldialog.desk.store.generated.tables.records.MinistryRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Ministries, state chancelleries and federal bodies, including those no longer valid, each with
 * its successors (the link table ministry_successor, owned by the predecessor).
 */
public final class MinistryRepository {

    private final DSLContext dsl;

    MinistryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Ministry> findAll() {
        Map<UUID, Set<UUID>> successors = dsl.select(MINISTRY_SUCCESSOR.MINISTRY_ID, MINISTRY_SUCCESSOR.SUCCESSOR_ID)
                .from(MINISTRY_SUCCESSOR)
                .fetchGroups(MINISTRY_SUCCESSOR.MINISTRY_ID, MINISTRY_SUCCESSOR.SUCCESSOR_ID)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new HashSet<>(e.getValue())));
        return dsl.selectFrom(MINISTRY).where(MINISTRY.DELETED_AT.isNull())
                .orderBy(MINISTRY.LAND_ID, MINISTRY.ABBREVIATION, MINISTRY.VALID_FROM)
                .fetch(row -> toMinistry(row, successors.getOrDefault(row.getId(), Set.of())));
    }

    public Optional<Ministry> findById(UUID id) {
        return dsl.selectFrom(MINISTRY).where(MINISTRY.ID.eq(id)).and(MINISTRY.DELETED_AT.isNull())
                .fetchOptional(row -> toMinistry(row, successorsOf(id)));
    }

    /** The ministries that name {@code id} as one of their successors. */
    public List<Ministry> findPredecessors(UUID id) {
        List<UUID> ids = dsl.select(MINISTRY_SUCCESSOR.MINISTRY_ID).from(MINISTRY_SUCCESSOR)
                .where(MINISTRY_SUCCESSOR.SUCCESSOR_ID.eq(id)).fetch(MINISTRY_SUCCESSOR.MINISTRY_ID);
        return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    /**
     * Inserts a new ministry (no audit yet) or updates the stored one from the version it was
     * loaded at; its successors are replaced as a whole.
     */
    public Ministry save(Ministry ministry, Actor actor) {
        MinistryRecord row = dsl.newRecord(MINISTRY);
        row.setId(ministry.id());
        row.setLandId(ministry.landId());
        row.setAbbreviation(ministry.abbreviation());
        row.setNameDe(ministry.name().de());
        row.setNameEn(ministry.name().en());
        row.setKind(ministry.kind().name());
        row.setValidFrom(ministry.validFrom());
        row.setValidTo(ministry.validTo());
        var audit = ministry.audit() == null
                ? AuditedRows.insert(dsl, row, actor)
                : AuditedRows.update(dsl, row, ministry.audit(), actor);
        replaceSuccessors(ministry.id(), ministry.successorIds());
        return ministry.withAudit(audit);
    }

    /** Marks the ministry deleted; its own successor links go with it. */
    public void delete(Ministry ministry, Actor actor) {
        replaceSuccessors(ministry.id(), Set.of());
        AuditedRows.tombstone(dsl, MINISTRY, ministry.id(), ministry.audit(), actor);
    }

    /**
     * The tables whose rows still point to the ministry: every foreign key of the schema that
     * references it (so tables added later count too), leaving out tombstoned rows and the
     * ministry's own successor links.
     */
    public List<String> referencingTables(UUID id) {
        List<String> found = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (ForeignKey<?, ?> key : table.getReferencesTo(MINISTRY)) {
                Field<?> column = referencingColumn(key);
                if (column == null || column.equals(MINISTRY_SUCCESSOR.MINISTRY_ID)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Condition refers = ((Field<UUID>) column).eq(id);
                Field<?> deletedAt = table.field(AuditedRows.DELETED_AT);
                if (deletedAt != null) {
                    refers = refers.and(deletedAt.isNull());
                }
                if (table.equals(MINISTRY)) {
                    refers = refers.and(MINISTRY.ID.ne(id));
                }
                if (dsl.fetchExists(DSL.selectOne().from(table).where(refers))) {
                    found.add(table.getName().toLowerCase(Locale.ROOT));
                }
            }
        }
        return found.stream().distinct().toList();
    }

    /** The column of a foreign key that holds the ministry's id (composite keys also hold its Land). */
    private static Field<?> referencingColumn(ForeignKey<?, ?> key) {
        List<? extends Field<?>> referenced = key.getKeyFields();
        for (int i = 0; i < referenced.size(); i++) {
            if (referenced.get(i).getName().equals(MINISTRY.ID.getName())) {
                return key.getFields().get(i);
            }
        }
        return null;
    }

    private Set<UUID> successorsOf(UUID id) {
        return new HashSet<>(dsl.select(MINISTRY_SUCCESSOR.SUCCESSOR_ID).from(MINISTRY_SUCCESSOR)
                .where(MINISTRY_SUCCESSOR.MINISTRY_ID.eq(id)).fetch(MINISTRY_SUCCESSOR.SUCCESSOR_ID));
    }

    private void replaceSuccessors(UUID id, Set<UUID> successors) {
        dsl.deleteFrom(MINISTRY_SUCCESSOR).where(MINISTRY_SUCCESSOR.MINISTRY_ID.eq(id)).execute();
        for (UUID successor : successors) {
            dsl.insertInto(MINISTRY_SUCCESSOR, MINISTRY_SUCCESSOR.MINISTRY_ID, MINISTRY_SUCCESSOR.SUCCESSOR_ID)
                    .values(id, successor).execute();
        }
    }

    static Ministry toMinistry(MinistryRecord row, Set<UUID> successors) {
        return new Ministry(row.getId(), row.getLandId(), row.getAbbreviation(),
                new LocalizedText(row.getNameDe(), row.getNameEn()), MinistryKind.valueOf(row.getKind()),
                row.getValidFrom(), row.getValidTo(), successors, AuditedRows.audit(row));
    }
}
