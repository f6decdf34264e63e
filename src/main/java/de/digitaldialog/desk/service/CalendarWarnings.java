package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingAttendance;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.PublicHoliday;
import de.digitaldialog.desk.domain.PublicHolidays;
import de.digitaldialog.desk.service.CalendarWarning.Kind;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a meeting's date before it is saved: weekends, public holidays of the partner Länder,
 * and other meetings at the same time with the same person or ministry. These are warnings only;
 * the planner decides.
 */
public final class CalendarWarnings {

    private final Database database;

    public CalendarWarnings(Database database) {
        this.database = database;
    }

    /** The warnings for {@code meeting}, saved or not: by day first, then the overlapping meetings. */
    public List<CalendarWarning> check(Meeting meeting) {
        List<CalendarWarning> warnings = new ArrayList<>();
        for (LocalDate day : days(meeting)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                warnings.add(new CalendarWarning(Kind.WEEKEND, "calendar.warning.weekend", List.of(day)));
            }
            warnings.addAll(holidayWarnings(day));
        }
        warnings.addAll(database.read(store -> overlapWarnings(store, meeting)));
        return warnings;
    }

    /** The days the meeting touches; one ending at midnight does not touch the next day. */
    private static List<LocalDate> days(Meeting meeting) {
        LocalDate last = meeting.endsAt().minusNanos(1).toLocalDate();
        return meeting.startsAt().toLocalDate().datesUntil(last.plusDays(1)).toList();
    }

    /**
     * The holidays on {@code day} as warnings: one for a holiday of both Länder, else one per Land
     * (a regional one says so). The calendar shows the same texts on its holidays.
     */
    public static List<CalendarWarning> holidayWarnings(LocalDate day) {
        List<CalendarWarning> warnings = new ArrayList<>();
        for (List<PublicHoliday> holidays : PublicHolidays.byHoliday(day).values()) {
            PublicHoliday first = holidays.get(0);
            if (holidays.size() == PartnerLand.values().length && holidays.stream().noneMatch(PublicHoliday::regional)) {
                warnings.add(new CalendarWarning(Kind.PUBLIC_HOLIDAY, "calendar.warning.holiday.bothLands",
                        List.of(first.holiday(), day)));
                continue;
            }
            for (PublicHoliday holiday : holidays) {
                warnings.add(new CalendarWarning(Kind.PUBLIC_HOLIDAY,
                        holiday.regional() ? "calendar.warning.holiday.regional" : "calendar.warning.holiday",
                        List.of(holiday.holiday(), day, holiday.land())));
            }
        }
        return warnings;
    }

    private static List<CalendarWarning> overlapWarnings(Store store, Meeting meeting) {
        Set<UUID> persons = new HashSet<>(meeting.chairPersonIds());
        Set<UUID> ministries = new HashSet<>();
        for (Participant participant : meeting.participants()) {
            persons.add(participant.personId());
            ministries.add(participant.ministryId());
        }
        persons.remove(null);
        ministries.remove(null);
        List<CalendarWarning> warnings = new ArrayList<>();
        if (persons.isEmpty() && ministries.isEmpty()) {
            return warnings;
        }
        for (MeetingAttendance other : store.overlaps().findOverlapping(meeting.id(), meeting.startsAt(),
                meeting.endsAt())) {
            List<String> shared = new ArrayList<>();
            other.personIds().stream().filter(persons::contains)
                    .map(id -> store.persons().findById(id).map(Person::displayName).orElse(null))
                    .filter(Objects::nonNull).sorted().forEach(shared::add);
            other.ministryIds().stream().filter(ministries::contains)
                    .map(id -> store.ministries().findById(id).map(Ministry::abbreviation).orElse(null))
                    .filter(Objects::nonNull).sorted().forEach(shared::add);
            if (!shared.isEmpty()) {
                warnings.add(new CalendarWarning(Kind.OVERLAP, "calendar.warning.overlap", List.of(other.number(),
                        other.title(), other.startsAt(), other.endsAt(), String.join(", ", shared), other.id())));
            }
        }
        return warnings;
    }
}
