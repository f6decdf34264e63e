package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.ReferenceDataService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words of one document in its language: bundle texts, dates as the bundle formats them, and
 * the names of reference data (ministries, persons, Länder, theme areas, formats) by id.
 */
final class Texts {

    /** Stored instants (history) are shown as Berlin time, like the meetings. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String NONE = "–";

    private final Messages messages;
    private final DateTimeFormatter date;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter time;
    final Map<UUID, Ministry> ministries;
    final Map<UUID, Person> persons;
    final Map<UUID, Land> lands;
    final Map<UUID, ThemeArea> themeAreas;
    final Map<UUID, MeetingFormat> formats;

    Texts(Locale language, ReferenceDataService referenceData) {
        this.messages = Messages.of(language);
        Locale locale = messages.locale();
        this.date = DateTimeFormatter.ofPattern(messages.get("briefing.format.date"), locale);
        this.longDate = DateTimeFormatter.ofPattern(messages.get("briefing.format.longDate"), locale);
        this.time = DateTimeFormatter.ofPattern(messages.get("briefing.format.time"), locale);
        this.ministries = byId(referenceData.ministries(), Ministry::id);
        this.persons = byId(referenceData.persons(), Person::id);
        this.lands = byId(referenceData.lands(), Land::id);
        this.themeAreas = byId(referenceData.themeAreas(), ThemeArea::id);
        this.formats = byId(referenceData.meetingFormats(), MeetingFormat::id);
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, row -> row, (a, b) -> a));
    }

    Locale locale() {
        return messages.locale();
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String label(Enum<?> value) {
        return value == null ? NONE : messages.label(value);
    }

    String name(LocalizedText text) {
        return text == null ? NONE : text.in(locale());
    }

    String date(LocalDate day) {
        return day == null ? NONE : date.format(day);
    }

    String date(Instant at) {
        return at == null ? NONE : date.format(at.atZone(ZONE));
    }

    String longDate(TemporalAccessor day) {
        return longDate.format(day);
    }

    String time(LocalDateTime at) {
        return time.format(at);
    }

    /** "10:00–14:00" with the bundle's time format (English leaves out "Uhr"). */
    String timeSpan(LocalDateTime from, LocalDateTime to) {
        return messages.get("briefing.format.timeSpan", time(from), time(to));
    }

    String ministry(UUID id) {
        Ministry ministry = id == null ? null : ministries.get(id);
        return ministry == null ? NONE : ministry.abbreviation();
    }

    /** "StMD – Bayerisches Staatsministerium für Digitales". */
    String ministryInFull(UUID id) {
        Ministry ministry = id == null ? null : ministries.get(id);
        return ministry == null ? NONE : ministry.abbreviation() + " – " + name(ministry.name());
    }

    String person(UUID id) {
        Person person = id == null ? null : persons.get(id);
        return person == null ? NONE : person.displayName();
    }

    /** "Dr. Anna Schmidt (StMD)", or the person alone when the ministry is unknown. */
    String personWithMinistry(UUID id) {
        Person person = id == null ? null : persons.get(id);
        if (person == null) {
            return NONE;
        }
        return person.ministryId() == null ? person.displayName()
                : person.displayName() + " (" + ministry(person.ministryId()) + ")";
    }

    String land(UUID id) {
        Land land = id == null ? null : lands.get(id);
        return land == null ? NONE : name(land.name());
    }

    /** The Land's name by its code (DE-BY), or the code when unknown. */
    String landByCode(String code) {
        return lands.values().stream().filter(land -> land.code().equals(code)).findFirst()
                .map(land -> name(land.name())).orElse(code == null ? NONE : code);
    }

    String themeArea(UUID id) {
        ThemeArea area = id == null ? null : themeAreas.get(id);
        return area == null ? NONE : name(area.name());
    }

    /** " (VS-NfD)" after the title of an item included on purpose, else nothing. */
    String classifiedSuffix(Classification classification) {
        return classification == Classification.VS_NFD ? " (" + get("briefing.classifiedItem") + ")" : "";
    }

    /** "12.03.2019: Idee → In Abstimmung – reason (who)". */
    String historyLine(StatusChange change) {
        String from = change.fromValue() == null ? null : value(change.kind(), change.fromValue());
        String to = value(change.kind(), change.toValue());
        return date(change.changedAt()) + ": " + (from == null ? to : from + " → " + to)
                + (change.reason() == null ? "" : " – " + change.reason())
                + (change.changedBy() == null ? "" : " (" + change.changedBy() + ")");
    }

    private String value(StatusChange.Kind kind, String code) {
        return switch (kind) {
            case STATUS -> label(InitiativeStatus.valueOf(code));
            case ARENA -> label(Arena.valueOf(code));
            case HANDOVER -> get("briefing.history.handOver", ministry(UUID.fromString(code)));
        };
    }

    /** The text, or the dash that stands for "nothing recorded". */
    static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text.strip();
    }
}
