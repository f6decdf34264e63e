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
        new Violations()
                .requireText("description", description, 2000)
                .check(ownerMinistryId != null || ownerPersonId != null, "owner", "validation.actionItem.owner")
                .throwIfAny();
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

    public ActionItem withAudit(Audit newAudit) {
        return new ActionItem(id, agendaItemId, description, ownerMinistryId, ownerPersonId, dueDate, status,
                delayReason, initiativeId, newAudit);
    }

    /**
     * Refuses this as the update of {@code stored} when {@code stored} is overdue and the update
     * moves its status or due date without saying why it is late. Other edits (the wording, say)
     * need no reason.
     */
    public void requireDelayReason(ActionItem stored, LocalDate today) {
        boolean progressed = status != stored.status() || !Objects.equals(dueDate, stored.dueDate());
        boolean unexplained = delayReason == null || delayReason.isBlank();
        new Violations()
                .check(delayReason == null || delayReason.length() <= MAX_DELAY_REASON,
                        "delayReason", "validation.tooLong", MAX_DELAY_REASON)
                .check(!(progressed && stored.isOverdue(today) && unexplained),
                        "delayReason", "validation.actionItem.delayReason", stored.dueDate())
                .throwIfAny();
    }
}
