package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A ministry, state chancellery or federal body. Cabinets change: a ministry is never renamed in
 * place but closed ({@code validTo}) and followed by a successor, so old papers keep old names.
 */
public record Ministry(UUID id, UUID landId, String abbreviation, LocalizedText name,
                       MinistryKind kind, LocalDate validFrom, LocalDate validTo, UUID successorId,
                       Audit audit) {

    public Ministry {
        new Violations()
                .requireText("abbreviation", abbreviation, 20)
                .check(validFrom != null, "validFrom", "validation.required")
                .check(validTo == null || validFrom == null || !validTo.isBefore(validFrom),
                        "validTo", "validation.ministry.validTo")
                .throwIfAny();
    }

    public Ministry withAudit(Audit newAudit) {
        return new Ministry(id, landId, abbreviation, name, kind, validFrom, validTo, successorId, newAudit);
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
