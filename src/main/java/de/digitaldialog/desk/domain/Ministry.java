package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A ministry, state chancellery or federal body. Cabinets change: a ministry is never renamed in
 * place but closed ({@code validTo}) and followed by one or more successors, so old papers keep
 * old names.
 */
public record Ministry(UUID id, UUID landId, String abbreviation, LocalizedText name,
                       MinistryKind kind, LocalDate validFrom, LocalDate validTo, Set<UUID> successorIds,
                       Audit audit) {

    public static final int ABBREVIATION_MAX = 20;
    public static final int NAME_MAX = 300;

    public Ministry {
        new Violations()
                .requireText("abbreviation", abbreviation, ABBREVIATION_MAX)
                .requireText("nameDe", name == null ? null : name.de(), NAME_MAX)
                .requireText("nameEn", name == null ? null : name.en(), NAME_MAX)
                .check(kind != null, "kind", "validation.required")
                .check(validFrom != null, "validFrom", "validation.required")
                .check(validTo == null || validFrom == null || !validTo.isBefore(validFrom),
                        "validTo", "validation.ministry.validTo")
                .check(successorIds == null || !successorIds.contains(id), "successors",
                        "validation.ministry.successorSelf")
                .throwIfAny();
        successorIds = successorIds == null ? Set.of() : Set.copyOf(successorIds);
    }

    public Ministry withAudit(Audit newAudit) {
        return new Ministry(id, landId, abbreviation, name, kind, validFrom, validTo, successorIds, newAudit);
    }

    /** The same ministry, ending on {@code lastDay} and followed by {@code successors}. */
    public Ministry endingOn(LocalDate lastDay, Set<UUID> successors) {
        return new Ministry(id, landId, abbreviation, name, kind, validFrom, lastDay, successors, audit);
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Both are valid on at least one common day. */
    public boolean overlaps(Ministry other) {
        boolean startsBeforeOtherEnds = other.validTo == null || !validFrom.isAfter(other.validTo);
        boolean otherStartsBeforeThisEnds = validTo == null || !other.validFrom.isAfter(validTo);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
