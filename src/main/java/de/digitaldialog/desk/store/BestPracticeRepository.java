package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.BEST_PRACTICE;
import static de.digitaldialog.desk.store.generated.Tables.BEST_PRACTICE_INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.BEST_PRACTICE_THEME_AREA;
import static de.digitaldialog.desk.store.generated.Tables.LAND;
import static de.digitaldialog.desk.store.generated.Tables.MINISTRY;
import static de.digitaldialog.desk.store.generated.Tables.PERSON;
import static de.digitaldialog.desk.store.generated.Tables.THEME_AREA;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.store.generated.tables.records.BestPracticeRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Best practices with their theme areas and related initiatives (link tables owned by the
 * practice, replaced as a whole with it). The row's number (BP-BY1-0001) is written once on
 * insert and never changed; the domain record does not carry it, so inserting and updating are
 * separate methods.
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
        BestPractice saved = practice.withAudit(AuditedRows.insert(dsl, row, actor));
        insertLinks(practice);
        return saved;
    }

    /** Updates a stored practice from the version it was loaded at. */
    public BestPractice update(BestPractice practice, Actor actor) {
        BestPractice saved = practice.withAudit(AuditedRows.update(dsl, toRecord(practice), practice.audit(), actor));
        dsl.deleteFrom(BEST_PRACTICE_THEME_AREA).where(BEST_PRACTICE_THEME_AREA.BEST_PRACTICE_ID.eq(practice.id()))
                .execute();
        dsl.deleteFrom(BEST_PRACTICE_INITIATIVE).where(BEST_PRACTICE_INITIATIVE.BEST_PRACTICE_ID.eq(practice.id()))
                .execute();
        insertLinks(practice);
        return saved;
    }

    public Optional<BestPractice> findById(UUID id) {
        return dsl.selectFrom(BEST_PRACTICE).where(BEST_PRACTICE.ID.eq(id)).and(BEST_PRACTICE.DELETED_AT.isNull())
                .fetchOptional(this::toBestPractice);
    }

    /** The number (BP-BY1-0001) of a stored practice. */
    public Optional<String> findNumber(UUID id) {
        return dsl.select(BEST_PRACTICE.NUMBER).from(BEST_PRACTICE).where(BEST_PRACTICE.ID.eq(id))
                .fetchOptional(BEST_PRACTICE.NUMBER);
    }

    /** One row per practice not deleted, by first theme area and title, in two queries. */
    public List<BestPracticeSummary> findSummaries() {
        Map<UUID, List<String>> areas = dsl.select(BEST_PRACTICE_THEME_AREA.BEST_PRACTICE_ID, THEME_AREA.CODE)
                .from(BEST_PRACTICE_THEME_AREA)
                .join(THEME_AREA).on(THEME_AREA.ID.eq(BEST_PRACTICE_THEME_AREA.THEME_AREA_ID))
                .orderBy(THEME_AREA.SORT_ORDER)
                .fetchGroups(BEST_PRACTICE_THEME_AREA.BEST_PRACTICE_ID, THEME_AREA.CODE);
        return dsl.select(BEST_PRACTICE.ID, BEST_PRACTICE.NUMBER, BEST_PRACTICE.TITLE, LAND.CODE,
                        BEST_PRACTICE.MINISTRY_ID, MINISTRY.ABBREVIATION, BEST_PRACTICE.TRANSFERABILITY,
                        BEST_PRACTICE.ADOPTION, BEST_PRACTICE.ADOPTION_REASON, BEST_PRACTICE.DESCRIPTION,
                        PERSON.ACADEMIC_TITLE, PERSON.FIRST_NAME, PERSON.LAST_NAME, BEST_PRACTICE.LINK,
                        BEST_PRACTICE.CLASSIFICATION, BEST_PRACTICE.UPDATED_AT, BEST_PRACTICE.UPDATED_BY,
                        BEST_PRACTICE.VERSION)
                .from(BEST_PRACTICE)
                .join(LAND).on(LAND.ID.eq(BEST_PRACTICE.LAND_ID))
                .leftJoin(MINISTRY).on(MINISTRY.ID.eq(BEST_PRACTICE.MINISTRY_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(BEST_PRACTICE.CONTACT_PERSON_ID))
                .where(BEST_PRACTICE.DELETED_AT.isNull())
                .orderBy(BEST_PRACTICE.TITLE, BEST_PRACTICE.NUMBER)
                .fetch(row -> new BestPracticeSummary(row.get(BEST_PRACTICE.ID), row.get(BEST_PRACTICE.NUMBER),
                        row.get(BEST_PRACTICE.TITLE), areas.getOrDefault(row.get(BEST_PRACTICE.ID), List.of()),
                        row.get(LAND.CODE), row.get(BEST_PRACTICE.MINISTRY_ID), row.get(MINISTRY.ABBREVIATION),
                        transferability(row.get(BEST_PRACTICE.TRANSFERABILITY)),
                        Adoption.valueOf(row.get(BEST_PRACTICE.ADOPTION)), row.get(BEST_PRACTICE.ADOPTION_REASON),
                        row.get(BEST_PRACTICE.DESCRIPTION),
                        row.get(PERSON.LAST_NAME) == null ? null : Person.displayName(row.get(PERSON.ACADEMIC_TITLE),
                                row.get(PERSON.FIRST_NAME), row.get(PERSON.LAST_NAME)),
                        row.get(BEST_PRACTICE.LINK), Classification.valueOf(row.get(BEST_PRACTICE.CLASSIFICATION)),
                        AuditedRows.instant(row.get(BEST_PRACTICE.UPDATED_AT)), row.get(BEST_PRACTICE.UPDATED_BY),
                        row.get(BEST_PRACTICE.VERSION)));
    }

    private void insertLinks(BestPractice practice) {
        for (UUID area : practice.themeAreaIds()) {
            dsl.insertInto(BEST_PRACTICE_THEME_AREA, BEST_PRACTICE_THEME_AREA.BEST_PRACTICE_ID,
                    BEST_PRACTICE_THEME_AREA.THEME_AREA_ID).values(practice.id(), area).execute();
        }
        for (UUID initiative : practice.initiativeIds()) {
            dsl.insertInto(BEST_PRACTICE_INITIATIVE, BEST_PRACTICE_INITIATIVE.BEST_PRACTICE_ID,
                    BEST_PRACTICE_INITIATIVE.INITIATIVE_ID).values(practice.id(), initiative).execute();
        }
    }

    private BestPracticeRecord toRecord(BestPractice practice) {
        BestPracticeRecord row = dsl.newRecord(BEST_PRACTICE);
        row.setId(practice.id());
        row.setTitle(practice.title());
        row.setLandId(practice.landId());
        row.setMinistryId(practice.ministryId());
        row.setDescription(practice.description());
        row.setContactPersonId(practice.contactPersonId());
        row.setLink(practice.link());
        row.setTransferability(practice.transferability() == null ? null : practice.transferability().name());
        row.setAdoption(practice.adoption().name());
        row.setAdoptionReason(practice.adoptionReason());
        row.setClassification(practice.classification().name());
        return row;
    }

    private BestPractice toBestPractice(BestPracticeRecord row) {
        var areas = new HashSet<>(dsl.select(BEST_PRACTICE_THEME_AREA.THEME_AREA_ID).from(BEST_PRACTICE_THEME_AREA)
                .where(BEST_PRACTICE_THEME_AREA.BEST_PRACTICE_ID.eq(row.getId()))
                .fetch(BEST_PRACTICE_THEME_AREA.THEME_AREA_ID));
        var initiatives = new HashSet<>(dsl.select(BEST_PRACTICE_INITIATIVE.INITIATIVE_ID)
                .from(BEST_PRACTICE_INITIATIVE).where(BEST_PRACTICE_INITIATIVE.BEST_PRACTICE_ID.eq(row.getId()))
                .fetch(BEST_PRACTICE_INITIATIVE.INITIATIVE_ID));
        return new BestPractice(row.getId(), row.getTitle(), areas, row.getLandId(), row.getMinistryId(),
                row.getDescription(), row.getContactPersonId(), row.getLink(),
                transferability(row.getTransferability()), Adoption.valueOf(row.getAdoption()),
                row.getAdoptionReason(), initiatives, Classification.valueOf(row.getClassification()),
                AuditedRows.audit(row));
    }

    private static Transferability transferability(String code) {
        return code == null ? null : Transferability.valueOf(code);
    }
}
