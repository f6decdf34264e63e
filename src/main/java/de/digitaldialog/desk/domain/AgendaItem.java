package de.digitaldialog.desk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A numbered item (TOP) of a meeting's agenda with its preparation (input deadline and the
 * ministry that owes the input) and its minutes (outcome and decisions).
 */
public record AgendaItem(UUID id, UUID meetingId, String number, int position, String title,
                         UUID themeAreaId, UUID presenterMinistryId, UUID presenterPersonId,
                         Integer plannedMinutes, String background, String proposedDecision,
                         String talkingPoints, LocalDate inputDeadline, UUID inputOwnerMinistryId,
                         Instant inputReceivedAt, AgendaOutcome outcome,
                         Classification classification, Set<UUID> initiativeIds,
                         List<Decision> decisions, Audit audit) {

    public AgendaItem {
        Violations violations = new Violations().requireText("title", title, 300);
        if (number != null) {
            // a draft has none yet: the meeting numbers it when it is added
            violations.requireText("number", number, 10);
        }
        violations.check(plannedMinutes == null || plannedMinutes >= 0, "plannedMinutes", "validation.agenda.minutes")
                .throwIfAny();
        classification = classification == null ? Classification.OFFEN : classification;
        initiativeIds = Set.copyOf(initiativeIds);
        decisions = List.copyOf(decisions);
    }

    /** The same TOP on another meeting (a draft gets its meeting when it is added). */
    public AgendaItem withMeeting(UUID newMeetingId) {
        return with(newMeetingId, number, position, decisions, audit);
    }

    public AgendaItem withNumber(String newNumber) {
        return with(meetingId, newNumber, position, decisions, audit);
    }

    /** The same TOP at another number and place of its agenda. */
    public AgendaItem withPlace(String newNumber, int newPosition) {
        return with(meetingId, newNumber, newPosition, decisions, audit);
    }

    public AgendaItem withDecisions(List<Decision> newDecisions) {
        return with(meetingId, number, position, newDecisions, audit);
    }

    public AgendaItem withAudit(Audit newAudit) {
        return with(meetingId, number, position, decisions, newAudit);
    }

    /** The one positional copy: the parts the agenda and storage set (meeting, place, decisions, audit). */
    private AgendaItem with(UUID newMeetingId, String newNumber, int newPosition, List<Decision> newDecisions,
                            Audit newAudit) {
        return new AgendaItem(id, newMeetingId, newNumber, newPosition, title, themeAreaId, presenterMinistryId,
                presenterPersonId, plannedMinutes, background, proposedDecision, talkingPoints, inputDeadline,
                inputOwnerMinistryId, inputReceivedAt, outcome, classification, initiativeIds, newDecisions, newAudit);
    }

    /** Its effective classification: the higher of its own and its meeting's. */
    public Classification effectiveClassification(Classification meetingClassification) {
        return meetingClassification == Classification.VS_NFD ? Classification.VS_NFD : classification;
    }
}
