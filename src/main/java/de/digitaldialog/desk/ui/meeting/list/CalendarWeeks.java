package de.digitaldialog.desk.ui.meeting.list;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Calendar arithmetic of German calendars: weeks start on Monday and are numbered by ISO 8601 (KW). */
public final class CalendarWeeks {

    public static final int DAYS_PER_WEEK = 7;

    private CalendarWeeks() {
    }

    /** The Monday of the week {@code day} is in. */
    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The ISO week number (KW): week 1 is the week with the year's first Thursday. */
    public static int weekNumber(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The Mondays of the weeks a month's grid shows: from the week of the 1st to the week of the last day. */
    public static List<LocalDate> monthWeeks(YearMonth month) {
        LocalDate first = weekStart(month.atDay(1));
        LocalDate last = weekStart(month.atEndOfMonth());
        return first.datesUntil(last.plusDays(1), Period.ofWeeks(1)).toList();
    }

    /** The seven days from {@code monday}. */
    public static List<LocalDate> week(LocalDate monday) {
        return monday.datesUntil(monday.plusDays(DAYS_PER_WEEK)).toList();
    }
}
