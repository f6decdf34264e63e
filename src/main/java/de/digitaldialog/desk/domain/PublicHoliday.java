package de.digitaldialog.desk.domain;

import java.time.LocalDate;

/** A holiday on its date in one Land; {@code regional} when it applies only in part of the Land. */
public record PublicHoliday(LocalDate date, Holiday holiday, PartnerLand land, boolean regional) {
}
