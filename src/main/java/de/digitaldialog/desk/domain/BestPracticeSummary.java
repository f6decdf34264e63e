package de.digitaldialog.desk.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of the best-practice register: what the list shows, filters on and exports without
 * loading the whole practice. {@code themeAreaCodes} in the theme areas' order.
 */
public record BestPracticeSummary(UUID id, String number, String title, List<String> themeAreaCodes,
                                  String landCode, UUID ministryId, String ministryAbbreviation,
                                  Transferability transferability, Adoption adoption, String adoptionReason,
                                  String description, String contactName, String link,
                                  Classification classification, Instant updatedAt, String updatedBy,
                                  int version) {

    public BestPracticeSummary {
        themeAreaCodes = themeAreaCodes == null ? List.of() : List.copyOf(themeAreaCodes);
    }

    /** The first theme area's code, or {@code null}: what a one-column list shows. */
    public String themeAreaCode() {
        return themeAreaCodes.isEmpty() ? null : themeAreaCodes.get(0);
    }
}
