package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.MEETING_FORMAT;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.store.generated.tables.records.MeetingFormatRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The editable list of meeting formats. */
public final class MeetingFormatRepository {

    private final DSLContext dsl;

    MeetingFormatRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<MeetingFormat> findAll() {
        return dsl.selectFrom(MEETING_FORMAT).where(MEETING_FORMAT.DELETED_AT.isNull())
                .orderBy(MEETING_FORMAT.SORT_ORDER).fetch(MeetingFormatRepository::toFormat);
    }

    public Optional<MeetingFormat> findById(UUID id) {
        return dsl.selectFrom(MEETING_FORMAT).where(MEETING_FORMAT.ID.eq(id))
                .and(MEETING_FORMAT.DELETED_AT.isNull()).fetchOptional(MeetingFormatRepository::toFormat);
    }

    public Optional<MeetingFormat> findByCode(String code) {
        return dsl.selectFrom(MEETING_FORMAT).where(MEETING_FORMAT.CODE.eq(code))
                .and(MEETING_FORMAT.DELETED_AT.isNull()).fetchOptional(MeetingFormatRepository::toFormat);
    }

    public MeetingFormat save(MeetingFormat format, Actor actor) {
        MeetingFormatRecord row = dsl.newRecord(MEETING_FORMAT);
        row.setId(format.id());
        row.setCode(format.code());
        row.setNameDe(format.name().de());
        row.setNameEn(format.name().en());
        row.setColor(format.color());
        row.setSortOrder(format.sortOrder());
        row.setActive(format.active());
        var audit = format.audit() == null
                ? AuditedRows.insert(dsl, row, actor)
                : AuditedRows.update(dsl, row, format.audit(), actor);
        return format.withAudit(audit);
    }

    /** Whether a format, deleted ones included, already has this code (codes stay unique for good). */
    public boolean codeExists(String code) {
        return dsl.fetchExists(MEETING_FORMAT, MEETING_FORMAT.CODE.eq(code));
    }

    /** The highest sort order in use, 0 without formats. */
    public int maxSortOrder() {
        Integer max = dsl.select(DSL.max(MEETING_FORMAT.SORT_ORDER)).from(MEETING_FORMAT).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    static MeetingFormat toFormat(MeetingFormatRecord row) {
        return new MeetingFormat(row.getId(), row.getCode(), new LocalizedText(row.getNameDe(), row.getNameEn()),
                row.getColor(), row.getSortOrder(), row.getActive(), AuditedRows.audit(row));
    }
}
