package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The public holidays of the partner Länder, computed from their rules for any year. */
public final class PublicHolidays {

    private PublicHolidays() {
    }

    /** Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The holidays of one Land in one year, by date. */
    public static List<PublicHoliday> of(PartnerLand land, int year) {
        List<PublicHoliday> holidays = new ArrayList<>();
        for (Holiday holiday : Holiday.values()) {
            if (holiday.observedIn(land)) {
                holidays.add(new PublicHoliday(holiday.date(year), holiday, land, holiday.regionalIn(land)));
            }
        }
        holidays.sort(Comparator.comparing(PublicHoliday::date));
        return holidays;
    }

    /** The holidays of both Länder from {@code first} to {@code last}, both included, by date and Land. */
    public static List<PublicHoliday> between(LocalDate first, LocalDate last) {
        List<PublicHoliday> holidays = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            for (PartnerLand land : PartnerLand.values()) {
                of(land, year).stream()
                        .filter(holiday -> !holiday.date().isBefore(first) && !holiday.date().isAfter(last))
                        .forEach(holidays::add);
            }
        }
        holidays.sort(Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::land));
        return holidays;
    }

    /** The holidays of both Länder on one day. */
    public static List<PublicHoliday> on(LocalDate date) {
        return between(date, date);
    }

    /** The holidays on one day, each with its entries for the Länder it is a holiday in. */
    public static Map<Holiday, List<PublicHoliday>> byHoliday(LocalDate date) {
        Map<Holiday, List<PublicHoliday>> byHoliday = new EnumMap<>(Holiday.class);
        on(date).forEach(h -> byHoliday.computeIfAbsent(h.holiday(), key -> new ArrayList<>()).add(h));
        return byHoliday;
    }
}
