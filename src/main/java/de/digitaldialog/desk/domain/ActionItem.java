package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A follow-up task (Auftrag) from an agenda item, owned by a ministry or a person. */
public record ActionItem(UUID id, UUID agendaItemId, String description, UUID ownerMinistryId,
                         UUID ownerPersonId, LocalDate dueDate, ActionItemStatus status,
                         String delayReason, UUID initiativeId, Audit audit) {

    private static final int MAX_DELAY_REASON = 2000;

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

    /** This item with a new status, due date and delay reason (a blank reason is none). */
    public ActionItem withProgress(ActionItemStatus newStatus, LocalDate newDueDate, String newDelayReason) {
        String reason = newDelayReason == null || newDelayReason.isBlank() ? null : newDelayReason.strip();
        return new ActionItem(id, agendaItemId, description, ownerMinistryId, ownerPersonId, newDueDate, newStatus,
                reason, initiativeId, audit);
    }

    /**
     * Refuses this as the update of {@code stored} when {@code stored} is overdue and the update
     * moves its status or due date without saying why it is late. Other edits (the wording, say)
     * need no reason.
     */
    public void requireDelayReason(ActionItem stored, LocalDate today) {
        if (delayReason != null && delayReason.length() > MAX_DELAY_REASON) {
            throw new ValidationException("delayReason", "validation.tooLong", MAX_DELAY_REASON);
        }
        boolean progressed = status != stored.status() || !Objects.equals(dueDate, stored.dueDate());
        if (progressed && stored.isOverdue(today) && (delayReason == null || delayReason.isBlank())) {
            throw new ValidationException("delayReason", "validation.actionItem.delayReason", stored.dueDate());
        }
    }
}
