package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.MINISTRY;
import static de.digitaldialog.desk.store.generated.Tables.THEME_AREA;
import static de.digitaldialog.desk.store.generated.Tables.THEME_AREA_MINISTRY;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.store.generated.tables.records.ThemeAreaRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

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

    public Optional<ThemeArea> findById(UUID id) {
        return dsl.selectFrom(THEME_AREA).where(THEME_AREA.ID.eq(id)).and(THEME_AREA.DELETED_AT.isNull())
                .fetchOptional(ThemeAreaRepository::toThemeArea);
    }

    /** The ministries responsible for the theme area: Land id to the ids of its ministries. */
    public Map<UUID, Set<UUID>> findResponsibleMinistries(UUID themeAreaId) {
        return dsl.select(THEME_AREA_MINISTRY.LAND_ID, THEME_AREA_MINISTRY.MINISTRY_ID).from(THEME_AREA_MINISTRY)
                .where(THEME_AREA_MINISTRY.THEME_AREA_ID.eq(themeAreaId))
                .fetchGroups(THEME_AREA_MINISTRY.LAND_ID, THEME_AREA_MINISTRY.MINISTRY_ID)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new HashSet<>(e.getValue())));
    }

    /**
     * Replaces the responsible ministries as a whole; each is listed under its own Land. The
     * caller saves the theme area in the same transaction, so its version moves with them.
     *
     * @return how many were stored: fewer than given when an id names no ministry
     */
    public int replaceResponsibleMinistries(UUID themeAreaId, Set<UUID> ministryIds) {
        dsl.deleteFrom(THEME_AREA_MINISTRY).where(THEME_AREA_MINISTRY.THEME_AREA_ID.eq(themeAreaId)).execute();
        if (ministryIds.isEmpty()) {
            return 0;
        }
        return dsl.insertInto(THEME_AREA_MINISTRY, THEME_AREA_MINISTRY.THEME_AREA_ID, THEME_AREA_MINISTRY.LAND_ID,
                        THEME_AREA_MINISTRY.MINISTRY_ID)
                .select(dsl.select(DSL.val(themeAreaId), MINISTRY.LAND_ID, MINISTRY.ID).from(MINISTRY)
                        .where(MINISTRY.ID.in(ministryIds)).and(MINISTRY.DELETED_AT.isNull()))
                .execute();
    }

    static ThemeArea toThemeArea(ThemeAreaRecord row) {
        return new ThemeArea(row.getId(), row.getCode(), new LocalizedText(row.getNameDe(), row.getNameEn()),
                new LocalizedText(row.getDescriptionDe(), row.getDescriptionEn()), row.getColor(), row.getIcon(),
                row.getSortOrder(), AuditedRows.audit(row));
    }
}
