package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One row of the Beschlusskontrolle: an action item with the meeting and TOP it comes from, its
 * owner and its initiative. {@code ministryId} is the owning ministry, or the owning person's
 * ministry when only a person is named; {@code landCode} is that ministry's Land.
 * {@code themeAreaCodes} are the TOP's area and the initiative's areas. {@code classification}
 * is the TOP's effective one.
 */
public record FollowUp(ActionItem item, UUID meetingId, String meetingNumber, String meetingTitle,
                       LocalDateTime meetingStartsAt, String agendaNumber, String agendaTitle,
                       Classification classification, UUID ministryId, String ministryAbbreviation,
                       String landCode, String personName, String initiativeNumber, String initiativeTitle,
                       List<String> themeAreaCodes) {

    public FollowUp {
        themeAreaCodes = List.copyOf(themeAreaCodes);
    }

    public boolean isOverdue(LocalDate today) {
        return item.isOverdue(today);
    }

    /** "StMD", "Dr. Anna Schmidt", or both: "Dr. Anna Schmidt (StMD)". */
    public String owner() {
        if (personName == null) {
            return ministryAbbreviation == null ? "" : ministryAbbreviation;
        }
        return ministryAbbreviation == null ? personName : personName + " (" + ministryAbbreviation + ")";
    }
}
