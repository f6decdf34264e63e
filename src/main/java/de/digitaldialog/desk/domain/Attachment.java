package de.digitaldialog.desk.domain;

import java.util.UUID;

/**
 * A file kept in the database so it travels with backups and exchange. Exactly one owner is set.
 * The content is loaded on its own; this record describes the file.
 */
public record Attachment(UUID id, UUID meetingId, UUID agendaItemId, UUID initiativeId,
                         String fileName, String mediaType, long sizeBytes, String sha256,
                         Audit audit) {

    public Attachment {
        int owners = (meetingId == null ? 0 : 1) + (agendaItemId == null ? 0 : 1)
                + (initiativeId == null ? 0 : 1);
        new Violations()
                .check(owners == 1, "owner", "validation.attachment.owner")
                .requireText("fileName", fileName, 255)
                .throwIfAny();
    }

    public Attachment withAudit(Audit newAudit) {
        return new Attachment(id, meetingId, agendaItemId, initiativeId, fileName, mediaType, sizeBytes, sha256,
                newAudit);
    }
}
