package de.digitaldialog.desk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One row of an initiative list: what tables show without loading the whole initiative. */
public record InitiativeSummary(UUID id, String number, String title, List<String> themeAreaCodes,
                                List<String> leadMinistries, Arena arena, InitiativeStatus status,
                                TrafficLight trafficLight, Classification classification,
                                String nextMilestoneTitle, LocalDate nextMilestoneDue,
                                LocalDate targetDate, Instant updatedAt, String updatedBy) {

    public InitiativeSummary {
        themeAreaCodes = List.copyOf(themeAreaCodes);
        leadMinistries = List.copyOf(leadMinistries);
    }

    public boolean isOverdue(LocalDate today) {
        boolean milestoneLate = nextMilestoneDue != null && nextMilestoneDue.isBefore(today);
        boolean targetLate = status.isOpen() && targetDate != null && targetDate.isBefore(today);
        return milestoneLate || targetLate;
    }
}
