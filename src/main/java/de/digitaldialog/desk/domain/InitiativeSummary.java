package de.digitaldialog.desk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of an initiative list: what tables show and filter on without loading the whole
 * initiative. {@code participatingMinistries} are abbreviations, {@code landCodes} the ISO codes of
 * the Länder involved (those with a lead ministry and the further Länder), in display order;
 * {@code version} is the one read, to delete from.
 */
public record InitiativeSummary(UUID id, String number, String title, List<String> themeAreaCodes,
                                List<String> leadMinistries, Arena arena, InitiativeStatus status,
                                TrafficLight trafficLight, Classification classification,
                                String nextMilestoneTitle, LocalDate nextMilestoneDue,
                                LocalDate targetDate, Instant updatedAt, String updatedBy,
                                String description, String nextStep, List<String> participatingMinistries,
                                List<String> landCodes, int version) {

    public InitiativeSummary {
        themeAreaCodes = List.copyOf(themeAreaCodes);
        leadMinistries = List.copyOf(leadMinistries);
        participatingMinistries = participatingMinistries == null ? List.of() : List.copyOf(participatingMinistries);
        landCodes = landCodes == null ? List.of() : List.copyOf(landCodes);
    }

    /**
     * A row without the fields only the list's filter needs (description, next step, participants,
     * Länder), not read from the store (version 0).
     */
    public InitiativeSummary(UUID id, String number, String title, List<String> themeAreaCodes,
                             List<String> leadMinistries, Arena arena, InitiativeStatus status,
                             TrafficLight trafficLight, Classification classification,
                             String nextMilestoneTitle, LocalDate nextMilestoneDue,
                             LocalDate targetDate, Instant updatedAt, String updatedBy) {
        this(id, number, title, themeAreaCodes, leadMinistries, arena, status, trafficLight, classification,
                nextMilestoneTitle, nextMilestoneDue, targetDate, updatedAt, updatedBy, null, null, List.of(),
                List.of(), 0);
    }

    public boolean isOverdue(LocalDate today) {
        return isMilestoneOverdue(today) || isTargetOverdue(today);
    }

    /** The next open milestone's date has passed. */
    public boolean isMilestoneOverdue(LocalDate today) {
        return nextMilestoneDue != null && nextMilestoneDue.isBefore(today);
    }

    /** Still open after its target date. */
    public boolean isTargetOverdue(LocalDate today) {
        return status.isOpen() && targetDate != null && targetDate.isBefore(today);
    }
}
