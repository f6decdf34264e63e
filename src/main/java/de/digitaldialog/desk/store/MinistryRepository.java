package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.MINISTRY;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.store.generated.tables.records.MinistryRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Ministries, state chancelleries and federal bodies, including those no longer valid. */
public final class MinistryRepository {

    private final DSLContext dsl;

    MinistryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Ministry> findAll() {
        return dsl.selectFrom(MINISTRY).where(MINISTRY.DELETED_AT.isNull())
                .orderBy(MINISTRY.LAND_ID, MINISTRY.ABBREVIATION).fetch(MinistryRepository::toMinistry);
    }

    public Optional<Ministry> findById(UUID id) {
        return dsl.selectFrom(MINISTRY).where(MINISTRY.ID.eq(id)).and(MINISTRY.DELETED_AT.isNull())
                .fetchOptional(MinistryRepository::toMinistry);
    }

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
        row.setSuccessorId(ministry.successorId());
        var audit = ministry.audit() == null
                ? AuditedRows.insert(dsl, row, actor)
                : AuditedRows.update(dsl, row, ministry.audit(), actor);
        return ministry.withAudit(audit);
    }

    static Ministry toMinistry(MinistryRecord row) {
        return new Ministry(row.getId(), row.getLandId(), row.getAbbreviation(),
                new LocalizedText(row.getNameDe(), row.getNameEn()), MinistryKind.valueOf(row.getKind()),
                row.getValidFrom(), row.getValidTo(), row.getSuccessorId(), AuditedRows.audit(row));
    }
}
