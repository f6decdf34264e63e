package de.digitaldialog.desk.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the UI language writes them: German {@code 12.03.2019 10:00},
 * English {@code 12 Mar 2019 10:00}. Stored instants are shown in Europe/Berlin.
 */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;

    private Formats(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        this.date = DateTimeFormatter.ofPattern(english ? "d MMM yyyy" : "dd.MM.yyyy", locale);
        this.dateTime = DateTimeFormatter.ofPattern(english ? "d MMM yyyy, HH:mm" : "dd.MM.yyyy, HH:mm", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String dateTime(LocalDateTime value) {
        return value == null ? "" : dateTime.format(value);
    }

    public String dateTime(Instant value) {
        return value == null ? "" : dateTime.format(value.atZone(ZONE));
    }

    public String time(LocalDateTime value) {
        return value == null ? "" : time.format(value);
    }

    /** A start and end: {@code 12.03.2019, 10:00–13:00}, or both in full when they differ in date. */
    public String span(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "";
        }
        if (end == null) {
            return dateTime(start);
        }
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return dateTime(start) + "–" + time(end);
        }
        return dateTime(start) + " – " + dateTime(end);
    }
}
