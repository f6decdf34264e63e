package de.digitaldialog.desk.domain;

import java.util.UUID;

/** A practice one Land shares with the other, owned by one of its ministries. */
public record BestPractice(UUID id, String title, UUID themeAreaId, UUID landId, UUID ministryId,
                           String description, UUID contactPersonId, String link,
                           Transferability transferability, Classification classification,
                           Audit audit) {

    public BestPractice {
        new Violations()
                .requireText("title", title, 200)
                .check(themeAreaId != null, "themeArea", "validation.required")
                .check(ministryId != null && landId != null, "ministry", "validation.required")
                .throwIfAny();
        classification = classification == null ? Classification.OFFEN : classification;
    }

    public BestPractice withAudit(Audit newAudit) {
        return new BestPractice(id, title, themeAreaId, landId, ministryId, description, contactPersonId, link,
                transferability, classification, newAudit);
    }
}
