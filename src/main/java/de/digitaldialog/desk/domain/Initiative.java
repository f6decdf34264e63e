package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A joint initiative with everything that belongs to it alone: theme areas, one lead ministry per
 * participating Land ({@code leadMinistryByLand}: Land id to ministry id), participating
 * ministries, further Länder, contacts and milestones. Its history is kept apart
 * ({@link StatusChange}) because it only ever grows.
 */
public record Initiative(UUID id, String number, String title, String description,
                         Set<UUID> themeAreaIds, Map<UUID, UUID> leadMinistryByLand,
                         Set<UUID> participatingMinistryIds, Set<UUID> furtherLandIds,
                         Set<UUID> contactPersonIds, Arena arena, InitiativeStatus status,
                         InitiativeStatus deferredFrom, TrafficLight trafficLight,
                         String trafficLightReason, Classification classification,
                         String fileReference, LocalDate startDate, LocalDate targetDate,
                         String nextStep, List<Milestone> milestones, Audit audit) {

    public static final int TITLE_MAX = 200;

    public Initiative {
        new Violations()
                .requireText("title", title, TITLE_MAX)
                .check(leadMinistryByLand != null && !leadMinistryByLand.isEmpty(),
                        "leadMinistries", "validation.initiative.lead")
                .check(startDate == null || targetDate == null || !targetDate.isBefore(startDate),
                        "targetDate", "validation.initiative.targetBeforeStart")
                .check((status == InitiativeStatus.ZURUECKGESTELLT) == (deferredFrom != null),
                        "status", "validation.initiative.deferredFrom")
                .throwIfAny();
        themeAreaIds = Set.copyOf(themeAreaIds);
        leadMinistryByLand = Map.copyOf(leadMinistryByLand);
        participatingMinistryIds = Set.copyOf(participatingMinistryIds);
        furtherLandIds = Set.copyOf(furtherLandIds);
        contactPersonIds = Set.copyOf(contactPersonIds);
        milestones = List.copyOf(milestones);
        classification = classification == null ? Classification.OFFEN : classification;
        trafficLight = trafficLight == null ? TrafficLight.GRUEN : trafficLight;
    }

    /** The first milestone not yet done, in list order. */
    public java.util.Optional<Milestone> nextOpenMilestone() {
        return milestones.stream().filter(m -> !m.done()).findFirst();
    }

    public boolean isOverdue(LocalDate today) {
        boolean pastTarget = status.isOpen() && targetDate != null && targetDate.isBefore(today);
        return pastTarget || milestones.stream().anyMatch(m -> m.isOverdue(today));
    }
}
