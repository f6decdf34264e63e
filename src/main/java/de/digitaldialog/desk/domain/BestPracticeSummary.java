package de.digitaldialog.desk.domain;

import java.util.UUID;

/** One row of the best-practice list. */
public record BestPracticeSummary(UUID id, String title, String themeAreaCode, String landCode,
                                  String ministryAbbreviation, Transferability transferability,
                                  Classification classification) {
}
