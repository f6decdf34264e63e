package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.ATTACHMENT;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Attachment;
import de.digitaldialog.desk.domain.Audit;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.generated.tables.records.AttachmentRecord;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Files kept in the database. Lists and look-ups leave the content out (it may be large); only
 * {@link #content(UUID)} reads it.
 */
public final class AttachmentRepository {

    /** Every column but the content. */
    private static final List<Field<?>> DESCRIPTION = ATTACHMENT.fieldStream()
            .filter(field -> !field.equals(ATTACHMENT.CONTENT)).toList();

    private final DSLContext dsl;

    AttachmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** SHA-256 of a file as the store keeps it: lower-case hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    public Optional<Attachment> findById(UUID id) {
        return find(ATTACHMENT.ID.eq(id)).stream().findFirst();
    }

    public List<Attachment> findByMeeting(UUID meetingId) {
        return find(ATTACHMENT.MEETING_ID.eq(meetingId));
    }

    public List<Attachment> findByAgendaItem(UUID agendaItemId) {
        return find(ATTACHMENT.AGENDA_ITEM_ID.eq(agendaItemId));
    }

    public List<Attachment> findByInitiative(UUID initiativeId) {
        return find(ATTACHMENT.INITIATIVE_ID.eq(initiativeId));
    }

    /** The file itself. */
    public byte[] content(UUID id) {
        return dsl.select(ATTACHMENT.CONTENT).from(ATTACHMENT)
                .where(ATTACHMENT.ID.eq(id)).and(ATTACHMENT.DELETED_AT.isNull())
                .fetchOptional(ATTACHMENT.CONTENT)
                .orElseThrow(() -> new DeskException("error.notFound", id));
    }

    /**
     * Stores a new file (no audit yet) or replaces one. Size and hash are shown and compared
     * after an exchange, so a description that does not fit its content is refused.
     */
    public Attachment save(Attachment attachment, byte[] content, Actor actor) {
        if (content.length != attachment.sizeBytes() || !sha256(content).equals(attachment.sha256())) {
            throw new DeskException("error.attachment.contentMismatch", attachment.fileName());
        }
        AttachmentRecord row = dsl.newRecord(ATTACHMENT);
        row.setId(attachment.id());
        row.setMeetingId(attachment.meetingId());
        row.setAgendaItemId(attachment.agendaItemId());
        row.setInitiativeId(attachment.initiativeId());
        row.setFileName(attachment.fileName());
        row.setMediaType(attachment.mediaType());
        row.setSizeBytes(attachment.sizeBytes());
        row.setSha256(attachment.sha256());
        row.setContent(content);
        Audit audit = attachment.audit() == null
                ? AuditedRows.insert(dsl, row, actor)
                : AuditedRows.update(dsl, row, attachment.audit(), actor);
        return attachment.withAudit(audit);
    }

    private List<Attachment> find(Condition condition) {
        return dsl.select(DESCRIPTION).from(ATTACHMENT).where(condition).and(ATTACHMENT.DELETED_AT.isNull())
                .orderBy(ATTACHMENT.FILE_NAME, ATTACHMENT.CREATED_AT)
                .fetch(AttachmentRepository::toAttachment);
    }

    private static Attachment toAttachment(Record row) {
        return new Attachment(row.get(ATTACHMENT.ID), row.get(ATTACHMENT.MEETING_ID), row.get(ATTACHMENT.AGENDA_ITEM_ID),
                row.get(ATTACHMENT.INITIATIVE_ID), row.get(ATTACHMENT.FILE_NAME), row.get(ATTACHMENT.MEDIA_TYPE),
                row.get(ATTACHMENT.SIZE_BYTES), row.get(ATTACHMENT.SHA256), AuditedRows.audit(row));
    }
}
