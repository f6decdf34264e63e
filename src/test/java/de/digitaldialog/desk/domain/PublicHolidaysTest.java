package de.digitaldialog.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both Länder's holidays against the official dates, 2019–2030. The movable days are written out
 * as the Länder publish them (Easter Sundays from the Gregorian tables), not computed again here.
 */
class PublicHolidaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // year, Easter Sunday, Karfreitag, Ostermontag, Christi Himmelfahrt, Pfingstmontag, Fronleichnam
            "2019, 2019-04-21, 2019-04-19, 2019-04-22, 2019-05-30, 2019-06-10, 2019-06-20",
            "2020, 2020-04-12, 2020-04-10, 2020-04-13, 2020-05-21, 2020-06-01, 2020-06-11",
            "2021, 2021-04-04, 2021-04-02, 2021-04-05, 2021-05-13, 2021-05-24, 2021-06-03",
            "2022, 2022-04-17, 2022-04-15, 2022-04-18, 2022-05-26, 2022-06-06, 2022-06-16",
            "2023, 2023-04-09, 2023-04-07, 2023-04-10, 2023-05-18, 2023-05-29, 2023-06-08",
            "2024, 2024-03-31, 2024-03-29, 2024-04-01, 2024-05-09, 2024-05-20, 2024-05-30",
            "2025, 2025-04-20, 2025-04-18, 2025-04-21, 2025-05-29, 2025-06-09, 2025-06-19",
            "2026, 2026-04-05, 2026-04-03, 2026-04-06, 2026-05-14, 2026-05-25, 2026-06-04",
            "2027, 2027-03-28, 2027-03-26, 2027-03-29, 2027-05-06, 2027-05-17, 2027-05-27",
            "2028, 2028-04-16, 2028-04-14, 2028-04-17, 2028-05-25, 2028-06-05, 2028-06-15",
            "2029, 2029-04-01, 2029-03-30, 2029-04-02, 2029-05-10, 2029-05-21, 2029-05-31",
            "2030, 2030-04-21, 2030-04-19, 2030-04-22, 2030-05-30, 2030-06-10, 2030-06-20"})
    void theHolidaysOfBothLaenderFallOnTheirOfficialDates(int year, LocalDate easter, LocalDate goodFriday,
                                                         LocalDate easterMonday, LocalDate ascension,
                                                         LocalDate whitMonday, LocalDate corpusChristi) {
        assertThat(PublicHolidays.easterSunday(year)).isEqualTo(easter);

        List<PublicHoliday> northRhineWestphalia = List.of(
                holiday(LocalDate.of(year, 1, 1), Holiday.NEUJAHR, PartnerLand.NW),
                holiday(goodFriday, Holiday.KARFREITAG, PartnerLand.NW),
                holiday(easterMonday, Holiday.OSTERMONTAG, PartnerLand.NW),
                holiday(LocalDate.of(year, 5, 1), Holiday.TAG_DER_ARBEIT, PartnerLand.NW),
                holiday(ascension, Holiday.CHRISTI_HIMMELFAHRT, PartnerLand.NW),
                holiday(whitMonday, Holiday.PFINGSTMONTAG, PartnerLand.NW),
                holiday(corpusChristi, Holiday.FRONLEICHNAM, PartnerLand.NW),
                holiday(LocalDate.of(year, 10, 3), Holiday.TAG_DER_DEUTSCHEN_EINHEIT, PartnerLand.NW),
                holiday(LocalDate.of(year, 11, 1), Holiday.ALLERHEILIGEN, PartnerLand.NW),
                holiday(LocalDate.of(year, 12, 25), Holiday.ERSTER_WEIHNACHTSTAG, PartnerLand.NW),
                holiday(LocalDate.of(year, 12, 26), Holiday.ZWEITER_WEIHNACHTSTAG, PartnerLand.NW));
        assertThat(PublicHolidays.of(PartnerLand.NW, year)).containsExactlyElementsOf(northRhineWestphalia);

        List<PublicHoliday> bavaria = new ArrayList<>(northRhineWestphalia.stream()
                .map(h -> holiday(h.date(), h.holiday(), PartnerLand.BY)).toList());
        bavaria.add(holiday(LocalDate.of(year, 1, 6), Holiday.HEILIGE_DREI_KOENIGE, PartnerLand.BY));
        bavaria.add(new PublicHoliday(LocalDate.of(year, 8, 15), Holiday.MARIAE_HIMMELFAHRT, PartnerLand.BY, true));
        assertThat(PublicHolidays.of(PartnerLand.BY, year)).containsExactlyInAnyOrderElementsOf(bavaria);
        assertThat(PublicHolidays.of(PartnerLand.BY, year)).extracting(PublicHoliday::date).isSorted();
    }

    @Test
    void bussUndBettagAndTheAugsburgerFriedensfestAreHolidaysInNeitherLand() {
        for (int year = 2019; year <= 2030; year++) {
            // Buß- und Bettag: the Wednesday before 23 November
            LocalDate repentance = LocalDate.of(year, 11, 22);
            while (repentance.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
                repentance = repentance.minusDays(1);
            }
            assertThat(PublicHolidays.on(repentance)).as("Buß- und Bettag %s", repentance).isEmpty();
            assertThat(PublicHolidays.on(LocalDate.of(year, Month.AUGUST, 8))).as("Friedensfest %s", year).isEmpty();
        }
    }

    @Test
    void onlyMariaeHimmelfahrtInBavariaIsRegional() {
        assertThat(PublicHolidays.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .filteredOn(PublicHoliday::regional)
                .containsExactly(new PublicHoliday(LocalDate.of(2026, 8, 15), Holiday.MARIAE_HIMMELFAHRT,
                        PartnerLand.BY, true));
    }

    @Test
    void aDayReportsEachLandItIsAHolidayIn() {
        assertThat(PublicHolidays.on(LocalDate.of(2026, 6, 4))).extracting(PublicHoliday::land)
                .containsExactly(PartnerLand.BY, PartnerLand.NW);
        assertThat(PublicHolidays.on(LocalDate.of(2026, 1, 6))).extracting(PublicHoliday::land)
                .containsExactly(PartnerLand.BY);
    }

    private static PublicHoliday holiday(LocalDate date, Holiday holiday, PartnerLand land) {
        return new PublicHoliday(date, holiday, land, false);
    }
}
