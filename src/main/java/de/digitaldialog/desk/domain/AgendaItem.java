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

    /** Its effective classification: the higher of its own and its meeting's. */
    public Classification effectiveClassification(Classification meetingClassification) {
        return meetingClassification == Classification.VS_NFD ? Classification.VS_NFD : classification;
    }
}
