package de.digitaldialog.desk.domain;

import java.util.Set;
import java.util.UUID;

/**
 * A practice one Land shares with the other: its theme areas, the owning Land (required) and
 * ministry (optional), contact, link, how well it carries over, whether the partner Land takes it
 * over (with the reason when it refuses) and the initiatives it relates to. The number
 * (BP-BY1-0001) is handed out on creation and kept by the store.
 */
public record BestPractice(UUID id, String title, Set<UUID> themeAreaIds, UUID landId, UUID ministryId,
                           String description, UUID contactPersonId, String link,
                           Transferability transferability, Adoption adoption, String adoptionReason,
                           Set<UUID> initiativeIds, Classification classification, Audit audit) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20000;
    public static final int LINK_MAX = 2000;
    public static final int REASON_MAX = 2000;

    public BestPractice {
        adoption = adoption == null ? Adoption.OFFEN : adoption;
        boolean refused = adoption == Adoption.ABGELEHNT;
        new Violations()
                .requireText("title", title, TITLE_MAX)
                .check(themeAreaIds != null && !themeAreaIds.isEmpty(), "themeAreas", "validation.required")
                .check(landId != null, "land", "validation.required")
                .check(description == null || description.length() <= DESCRIPTION_MAX, "description",
                        "validation.tooLong", DESCRIPTION_MAX)
                .check(link == null || link.length() <= LINK_MAX, "link", "validation.tooLong", LINK_MAX)
                .requireWebLinkOrEmpty("link", link)
                .check(!refused || (adoptionReason != null && !adoptionReason.isBlank()), "adoptionReason",
                        "validation.bestPractice.adoptionReason")
                .check(adoptionReason == null || adoptionReason.length() <= REASON_MAX, "adoptionReason",
                        "validation.tooLong", REASON_MAX)
                .throwIfAny();
        themeAreaIds = Set.copyOf(themeAreaIds);
        initiativeIds = initiativeIds == null ? Set.of() : Set.copyOf(initiativeIds);
        adoptionReason = adoptionReason == null || adoptionReason.isBlank() ? null : adoptionReason.strip();
        classification = classification == null ? Classification.OFFEN : classification;
    }

    public BestPractice withAudit(Audit newAudit) {
        return new BestPractice(id, title, themeAreaIds, landId, ministryId, description, contactPersonId, link,
                transferability, adoption, adoptionReason, initiativeIds, classification, newAudit);
    }
}
