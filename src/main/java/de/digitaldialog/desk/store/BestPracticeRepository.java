package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.BEST_PRACTICE;
import static de.digitaldialog.desk.store.generated.Tables.LAND;
import static de.digitaldialog.desk.store.generated.Tables.MINISTRY;
import static de.digitaldialog.desk.store.generated.Tables.THEME_AREA;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.store.generated.tables.records.BestPracticeRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Best practices. The row's number (BP-BY1-0001) is written once on insert and never changed;
 * the domain record does not carry it, so inserting and updating are separate methods.
 */
public final class BestPracticeRepository {

    private final DSLContext dsl;

    BestPracticeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a new practice (no audit yet) under its freshly handed-out number. */
    public BestPractice insert(BestPractice practice, String number, Actor actor) {
        BestPracticeRecord row = toRecord(practice);
        row.setNumber(number);
        return practice.withAudit(AuditedRows.insert(dsl, row, actor));
    }

    /** Updates a stored practice from the version it was loaded at. */
    public BestPractice update(BestPractice practice, Actor actor) {
        return practice.withAudit(AuditedRows.update(dsl, toRecord(practice), practice.audit(), actor));
    }

    public Optional<BestPractice> findById(UUID id) {
        return dsl.selectFrom(BEST_PRACTICE).where(BEST_PRACTICE.ID.eq(id)).and(BEST_PRACTICE.DELETED_AT.isNull())
                .fetchOptional(BestPracticeRepository::toBestPractice);
    }

    /** One row per practice, by theme area and title, in one query. */
    public List<BestPracticeSummary> findSummaries() {
        return dsl.select(BEST_PRACTICE.ID, BEST_PRACTICE.TITLE, THEME_AREA.CODE, LAND.CODE, MINISTRY.ABBREVIATION,
                        BEST_PRACTICE.TRANSFERABILITY, BEST_PRACTICE.CLASSIFICATION)
                .from(BEST_PRACTICE)
                .join(THEME_AREA).on(THEME_AREA.ID.eq(BEST_PRACTICE.THEME_AREA_ID))
                .join(LAND).on(LAND.ID.eq(BEST_PRACTICE.LAND_ID))
                .join(MINISTRY).on(MINISTRY.ID.eq(BEST_PRACTICE.MINISTRY_ID))
                .where(BEST_PRACTICE.DELETED_AT.isNull())
                .orderBy(THEME_AREA.SORT_ORDER, BEST_PRACTICE.TITLE)
                .fetch(row -> new BestPracticeSummary(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), transferability(row.value6()), Classification.valueOf(row.value7())));
    }

    /** Number and title of every practice, by number; VS-NfD ones only if {@code includeClassified}. */
    public List<Map.Entry<String, String>> findNumbersAndTitles(boolean includeClassified) {
        return dsl.select(BEST_PRACTICE.NUMBER, BEST_PRACTICE.TITLE).from(BEST_PRACTICE)
                .where(BEST_PRACTICE.DELETED_AT.isNull())
                .and(includeClassified ? DSL.noCondition()
                        : BEST_PRACTICE.CLASSIFICATION.eq(Classification.OFFEN.name()))
                .orderBy(BEST_PRACTICE.NUMBER)
                .fetch(row -> Map.entry(row.value1(), row.value2()));
    }

    private BestPracticeRecord toRecord(BestPractice practice) {
        BestPracticeRecord row = dsl.newRecord(BEST_PRACTICE);
        row.setId(practice.id());
        row.setTitle(practice.title());
        row.setThemeAreaId(practice.themeAreaId());
        row.setLandId(practice.landId());
        row.setMinistryId(practice.ministryId());
        row.setDescription(practice.description());
        row.setContactPersonId(practice.contactPersonId());
        row.setLink(practice.link());
        row.setTransferability(practice.transferability() == null ? null : practice.transferability().name());
        row.setClassification(practice.classification().name());
        return row;
    }

    private static BestPractice toBestPractice(BestPracticeRecord row) {
        return new BestPractice(row.getId(), row.getTitle(), row.getThemeAreaId(), row.getLandId(),
                row.getMinistryId(), row.getDescription(), row.getContactPersonId(), row.getLink(),
                transferability(row.getTransferability()), Classification.valueOf(row.getClassification()),
                AuditedRows.audit(row));
    }

    private static Transferability transferability(String code) {
        return code == null ? null : Transferability.valueOf(code);
    }
}
