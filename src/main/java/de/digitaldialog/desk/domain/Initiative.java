package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The same initiative under its number (INI-BY1-0042). */
    public Initiative withNumber(String newNumber) {
        return with(newNumber, status, deferredFrom, trafficLight, trafficLightReason, milestones, audit);
    }

    /** The same initiative in another status; {@code newDeferredFrom} is set exactly when it is set aside. */
    public Initiative withStatus(InitiativeStatus newStatus, InitiativeStatus newDeferredFrom) {
        return with(number, newStatus, newDeferredFrom, trafficLight, trafficLightReason, milestones, audit);
    }

    public Initiative withTrafficLight(TrafficLight light, String reason) {
        return with(number, status, deferredFrom, light, reason, milestones, audit);
    }

    public Initiative withMilestones(List<Milestone> newMilestones) {
        return with(number, status, deferredFrom, trafficLight, trafficLightReason, newMilestones, audit);
    }

    public Initiative withAudit(Audit newAudit) {
        return with(number, status, deferredFrom, trafficLight, trafficLightReason, milestones, newAudit);
    }

    /** The same initiative with other lead ministries (Land id to ministry id) and participating ministries. */
    public Initiative withMinistries(Map<UUID, UUID> newLeads, Set<UUID> newParticipants) {
        return new Initiative(id, number, title, description, themeAreaIds, newLeads, newParticipants,
                furtherLandIds, contactPersonIds, arena, status, deferredFrom, trafficLight, trafficLightReason,
                classification, fileReference, startDate, targetDate, nextStep, milestones, audit);
    }

    /** The one positional copy: the parts that change after the form (number, state, light, storage). */
    private Initiative with(String newNumber, InitiativeStatus newStatus, InitiativeStatus newDeferredFrom,
                            TrafficLight light, String lightReason, List<Milestone> newMilestones, Audit newAudit) {
        return new Initiative(id, newNumber, title, description, themeAreaIds, leadMinistryByLand,
                participatingMinistryIds, furtherLandIds, contactPersonIds, arena, newStatus, newDeferredFrom,
                light, lightReason, classification, fileReference, startDate, targetDate, nextStep, newMilestones,
                newAudit);
    }

    /** The first milestone not yet done, in list order. */
    public Optional<Milestone> nextOpenMilestone() {
        return milestones.stream().filter(m -> !m.done()).findFirst();
    }

    public boolean isOverdue(LocalDate today) {
        boolean pastTarget = status.isOpen() && targetDate != null && targetDate.isBefore(today);
        return pastTarget || milestones.stream().anyMatch(m -> m.isOverdue(today));
    }
}
