package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Holiday;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.CalendarWarning.Kind;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar's warnings on a real database: weekends, holidays of each Land, double bookings. */
class CalendarWarningsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 2, 9, 0);
    /** A Tuesday without any holiday. */
    private static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 3, 10, 10, 0);

    @TempDir
    Path folder;

    private Workspace workspace;
    private CalendarWarnings warnings;
    private Person minister;
    private Person secretary;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder, Clock.fixed(NOW.atZone(Meeting.ZONE).toInstant(), Meeting.ZONE));
        warnings = workspace.calendarWarnings();
        minister = workspace.referenceData().savePerson(person("Mehring"));
        secretary = workspace.referenceData().savePerson(person("Schmidt"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anOrdinaryWeekdayGetsNoWarning() {
        assertThat(warnings.check(meeting(TUESDAY, List.of(minister.id()), List.of()))).isEmpty();
    }

    @Test
    void aSaturdayIsAWeekend() {
        LocalDateTime saturday = LocalDateTime.of(2026, 3, 14, 10, 0);

        assertThat(warnings.check(meeting(saturday, List.of(), List.of())))
                .containsExactly(new CalendarWarning(Kind.WEEKEND, "calendar.warning.weekend",
                        List.of(LocalDate.of(2026, 3, 14))));
    }

    @Test
    void heiligeDreiKoenigeIsAHolidayInBavariaOnly() {
        List<CalendarWarning> found = warnings.check(meeting(LocalDateTime.of(2026, 1, 6, 10, 0), List.of(), List.of()));

        assertThat(found).containsExactly(new CalendarWarning(Kind.PUBLIC_HOLIDAY, "calendar.warning.holiday",
                List.of(Holiday.HEILIGE_DREI_KOENIGE, LocalDate.of(2026, 1, 6), PartnerLand.BY)));
        assertThat(Messages.of(Locale.GERMAN).get(found.get(0).key(), found.get(0).args().toArray()))
                .isEqualTo("06.01.2026 ist Heilige Drei Könige, gesetzlicher Feiertag in Bayern.");
    }

    @Test
    void fronleichnamIsAHolidayInBothLaender() {
        List<CalendarWarning> found = warnings.check(meeting(LocalDateTime.of(2026, 6, 4, 10, 0), List.of(), List.of()));

        assertThat(found).containsExactly(new CalendarWarning(Kind.PUBLIC_HOLIDAY, "calendar.warning.holiday.bothLands",
                List.of(Holiday.FRONLEICHNAM, LocalDate.of(2026, 6, 4))));
    }

    @Test
    void mariaeHimmelfahrtIsRegionalInBavariaAndOnASaturdayToo() {
        assertThat(warnings.check(meeting(LocalDateTime.of(2026, 8, 15, 10, 0), List.of(), List.of())))
                .extracting(CalendarWarning::key)
                .containsExactly("calendar.warning.weekend", "calendar.warning.holiday.regional");
    }

    @Test
    void anOverlappingMeetingWithTheSamePersonIsNamed() {
        Meeting other = workspace.meetings().create(meeting(TUESDAY.plusHours(1), List.of(minister.id()), List.of()));

        List<CalendarWarning> found = warnings.check(meeting(TUESDAY, List.of(secretary.id()),
                List.of(new Participant(UUID.randomUUID(), minister.id(), null, ParticipantRole.TEILNAHME, null))));

        assertThat(found).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(Kind.OVERLAP);
            assertThat(warning.args()).containsExactly(other.number(), other.title(), other.startsAt(),
                    other.endsAt(), "Dr. Anna Mehring", other.id());
        });
    }

    @Test
    void anOverlappingMeetingWithTheSameMinistryIsNamed() {
        Ministry ministry = workspace.referenceData().ministries().get(0);
        workspace.meetings().create(meeting(TUESDAY, List.of(),
                List.of(new Participant(UUID.randomUUID(), null, ministry.id(), ParticipantRole.TEILNAHME, null))));

        List<CalendarWarning> found = warnings.check(meeting(TUESDAY.plusMinutes(30), List.of(),
                List.of(new Participant(UUID.randomUUID(), null, ministry.id(), ParticipantRole.GAST, null))));

        assertThat(found).singleElement().satisfies(warning ->
                assertThat(warning.args().get(4)).isEqualTo(ministry.abbreviation()));
    }

    @Test
    void anOverlapWithoutASharedParticipantIsNoConflict() {
        workspace.meetings().create(meeting(TUESDAY, List.of(minister.id()), List.of()));

        assertThat(warnings.check(meeting(TUESDAY, List.of(secretary.id()), List.of()))).isEmpty();
    }

    @Test
    void meetingsThatOnlyTouchDoNotOverlap() {
        workspace.meetings().create(meeting(TUESDAY.plusHours(4), List.of(minister.id()), List.of()));

        assertThat(warnings.check(meeting(TUESDAY, List.of(minister.id()), List.of()))).isEmpty();
    }

    @Test
    void cancelledMeetingsTemplatesAndTheMeetingItselfAreIgnored() {
        Meeting cancelled = workspace.meetings().create(meeting(TUESDAY, List.of(minister.id()), List.of()));
        workspace.meetings().save(workspace.meetings().load(cancelled.id())
                .withStatus(MeetingStatus.ABGESAGT, "Terminkollision"));
        Meeting template = meeting(TUESDAY, List.of(minister.id()), List.of());
        workspace.meetings().create(new Meeting(template.id(), null, template.formatId(), template.title(),
                template.mode(), template.startsAt(), template.endsAt(), null, null, null, template.chairPersonIds(),
                MeetingStatus.GEPLANT, null, Classification.OFFEN, null, null, List.of(), Set.of(), 0, null, true,
                null, null, null));
        Meeting itself = workspace.meetings().create(meeting(TUESDAY, List.of(minister.id()), List.of()));

        assertThat(warnings.check(workspace.meetings().load(itself.id()))).isEmpty();
    }

    private Meeting meeting(LocalDateTime start, List<UUID> chairs, List<Participant> participants) {
        UUID format = workspace.referenceData().meetingFormats().stream()
                .filter(f -> f.code().equals("RESSORTGESPRAECH")).map(MeetingFormat::id)
                .findFirst().orElseThrow();
        return new Meeting(UUID.randomUUID(), null, format, "Ressortgespräch", MeetingMode.PRAESENZ,
                start, start.plusHours(4), "München", null, null, chairs, MeetingStatus.GEPLANT, null,
                Classification.OFFEN, null, null, participants, Set.of(), 0, null, false, null, null, null);
    }

    private static Person person(String lastName) {
        return new Person(UUID.randomUUID(), Salutation.FRAU, "Dr.", "Anna", lastName, null, null, null, null, null,
                null);
    }
}
