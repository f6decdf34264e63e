package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.THEME_AREA;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.store.generated.tables.records.ThemeAreaRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The eight theme areas; their codes are fixed, their texts, colour and icon editable. */
public final class ThemeAreaRepository {

    private final DSLContext dsl;

    ThemeAreaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ThemeArea> findAll() {
        return dsl.selectFrom(THEME_AREA).where(THEME_AREA.DELETED_AT.isNull())
                .orderBy(THEME_AREA.SORT_ORDER).fetch(ThemeAreaRepository::toThemeArea);
    }

    public Optional<ThemeArea> findByCode(String code) {
        return dsl.selectFrom(THEME_AREA).where(THEME_AREA.CODE.eq(code)).and(THEME_AREA.DELETED_AT.isNull())
                .fetchOptional(ThemeAreaRepository::toThemeArea);
    }

    /** Saves edited texts, colour or icon; the code and the order stay as shipped. */
    public ThemeArea update(ThemeArea area, Actor actor) {
        ThemeAreaRecord row = dsl.newRecord(THEME_AREA);
        row.setId(area.id());
        row.setNameDe(area.name().de());
        row.setNameEn(area.name().en());
        row.setDescriptionDe(area.description().de());
        row.setDescriptionEn(area.description().en());
        row.setColor(area.color());
        row.setIcon(area.icon());
        var audit = AuditedRows.update(dsl, row, area.audit(), actor);
        return new ThemeArea(area.id(), area.code(), area.name(), area.description(), area.color(), area.icon(),
                area.sortOrder(), audit);
    }

    static ThemeArea toThemeArea(ThemeAreaRecord row) {
        return new ThemeArea(row.getId(), row.getCode(), new LocalizedText(row.getNameDe(), row.getNameEn()),
                new LocalizedText(row.getDescriptionDe(), row.getDescriptionEn()), row.getColor(), row.getIcon(),
                row.getSortOrder(), AuditedRows.audit(row));
    }
}
