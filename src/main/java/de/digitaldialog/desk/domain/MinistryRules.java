package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of a ministry that concern other rows, kept apart from the store so the service and
 * the ministry form (as the user leaves a field) check the same: the abbreviation is unique in its
 * Land among the ministries valid at the same time; successors belong to the same Land and start no
 * earlier than this one ends (which it must, to have successors); and this one starts no earlier
 * than its predecessors end.
 */
public final class MinistryRules {

    private MinistryRules() {
    }

    /**
     * The same rules for a ministry still being typed, whose names may be missing: they need only
     * its Land, abbreviation and dates. Without those there is nothing to compare yet.
     */
    public static Violations checkTyped(UUID id, UUID landId, String abbreviation, MinistryKind kind,
                                        LocalDate validFrom, LocalDate validTo, Set<UUID> successorIds,
                                        List<Ministry> all) {
        Ministry probe;
        try {
            probe = new Ministry(id, landId, abbreviation, new LocalizedText("-", "-"), kind, validFrom, validTo,
                    successorIds, null);
        } catch (ValidationException incomplete) {
            return new Violations();
        }
        return landId == null ? new Violations() : check(probe, all);
    }

    /** Every rule {@code ministry} breaks among {@code all} (the stored ministries; its own stored row is skipped). */
    public static Violations check(Ministry ministry, List<Ministry> all) {
        Violations violations = new Violations();
        all.stream()
                .filter(other -> !other.id().equals(ministry.id()) && other.landId().equals(ministry.landId()))
                .filter(other -> other.abbreviation().strip().equalsIgnoreCase(ministry.abbreviation().strip()))
                .filter(other -> other.overlaps(ministry))
                .findFirst()
                .ifPresent(other -> violations.add("abbreviation", "validation.ministry.abbreviationTaken",
                        other.abbreviation(), other.name().de(), other.validFrom()));
        if (!ministry.successorIds().isEmpty()) {
            violations.check(ministry.validTo() != null, "validTo", "validation.ministry.successorNeedsEnd");
        }
        for (UUID id : ministry.successorIds()) {
            Optional<Ministry> successor = all.stream().filter(m -> m.id().equals(id)).findFirst();
            if (successor.isEmpty()) {
                violations.add("successors", "error.notFound", id);
            } else if (!successor.get().landId().equals(ministry.landId())) {
                violations.add("successors", "validation.ministry.successorOtherLand", successor.get().abbreviation());
            } else if (ministry.validTo() != null && successor.get().validFrom().isBefore(ministry.validTo())) {
                violations.add("successors", "validation.ministry.successorBeforeEnd",
                        successor.get().abbreviation(), ministry.validTo());
            }
        }
        all.stream()
                .filter(other -> other.successorIds().contains(ministry.id()) && other.validTo() != null)
                .filter(predecessor -> ministry.validFrom().isBefore(predecessor.validTo()))
                .findFirst()
                .ifPresent(predecessor -> violations.add("validFrom", "validation.ministry.startsBeforePredecessorEnds",
                        predecessor.abbreviation(), predecessor.validTo()));
        return violations;
    }
}
