package de.digitaldialog.desk.domain;

import java.util.UUID;

/** A practice one Land shares with the other, owned by one of its ministries. */
public record BestPractice(UUID id, String title, UUID themeAreaId, UUID landId, UUID ministryId,
                           String description, UUID contactPersonId, String link,
                           Transferability transferability, Classification classification,
                           Audit audit) {

    public BestPractice {
        Validation.requireText("title", title, 200);
        if (themeAreaId == null) {
            throw new ValidationException("themeArea", "validation.required");
        }
        if (ministryId == null || landId == null) {
            throw new ValidationException("ministry", "validation.required");
        }
        classification = classification == null ? Classification.OFFEN : classification;
    }
}
