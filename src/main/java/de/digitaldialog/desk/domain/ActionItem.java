package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up task (Auftrag) from an agenda item, owned by a ministry or a person. */
public record ActionItem(UUID id, UUID agendaItemId, String description, UUID ownerMinistryId,
                         UUID ownerPersonId, LocalDate dueDate, ActionItemStatus status,
                         String delayReason, UUID initiativeId, Audit audit) {

    public ActionItem {
        Validation.requireText("description", description, 2000);
        if (ownerMinistryId == null && ownerPersonId == null) {
            throw new ValidationException("owner", "validation.actionItem.owner");
        }
        status = status == null ? ActionItemStatus.OFFEN : status;
    }

    public boolean isOverdue(LocalDate today) {
        return status != ActionItemStatus.ERLEDIGT && dueDate != null && dueDate.isBefore(today);
    }
}
