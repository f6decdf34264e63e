package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.LAND;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.store.generated.tables.records.LandRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The 16 Länder and the Bund; shipped reference data, read-only here. */
public final class LandRepository {

    private final DSLContext dsl;

    LandRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Land> findAll() {
        return dsl.selectFrom(LAND).where(LAND.DELETED_AT.isNull())
                .orderBy(LAND.SORT_ORDER).fetch(LandRepository::toLand);
    }

    public Optional<Land> findByCode(String code) {
        return dsl.selectFrom(LAND).where(LAND.CODE.eq(code)).and(LAND.DELETED_AT.isNull())
                .fetchOptional(LandRepository::toLand);
    }

    static Land toLand(LandRecord row) {
        return new Land(row.getId(), row.getCode(), new LocalizedText(row.getNameDe(), row.getNameEn()),
                row.getIsFederal(), row.getIsPartner(), row.getSortOrder());
    }
}
