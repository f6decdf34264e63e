package de.digitaldialog.desk.service;

import static de.digitaldialog.desk.service.MeetingFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingCalendarExportTest {

    /** "Now": two days before the joint cabinet session of Tuesday, 12 March 2019, 10:00 in Munich. */
    private static final LocalDateTime NOW = LocalDateTime.of(2019, 3, 10, 12, 0);
    private static final LocalDateTime SESSION = LocalDateTime.of(2019, 3, 12, 10, 0);

    @TempDir
    Path folder;

    private Workspace workspace;
    private MeetingFixtures fixtures;
    private MeetingCalendarExport export;
    private Person soeder;
    private Person laschet;
    private Person guest;
    private Person withoutEmail;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("data"),
                Clock.fixed(NOW.atZone(Meeting.ZONE).toInstant(), Meeting.ZONE));
        workspace.settings().saveUserProfile(new UserProfile("Anna Koordinatorin", "StK", "anna.k@stk.bayern.de"));
        fixtures = new MeetingFixtures(workspace);
        export = workspace.calendarExport();
        soeder = fixtures.person("Markus", "Söder", "ministerpraesident@stk.bayern.de");
        laschet = fixtures.person("Armin", "Laschet", "Ministerpraesident@stk.nrw.de");
        guest = fixtures.person("Gerd", "Gast", "gast@bund.de");
        withoutEmail = fixtures.person("Ohne", "Adresse", null);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anInvitationNamesOrganizerAttendeesPlaceTimesAndAgenda() throws Exception {
        Meeting meeting = session(Classification.OFFEN);
        Path target = folder.resolve("sitzung.ics");

        MeetingCalendarExport.Written written = export.exportMeeting(meeting.id(), target, false, Messages.GERMAN);

        assertThat(written.file()).isEqualTo(target.toAbsolutePath());
        assertThat(written.method()).isEqualTo("REQUEST");
        assertThat(written.events())
                .containsExactly(new MeetingCalendarExport.Event(meeting.id(), meeting.number(), 0));
        Calendar calendar = read(target);
        assertThat(calendar.validate(true).getEntries()).as("RFC 5545/5546 findings").isEmpty();
        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
        VEvent event = onlyEvent(calendar);
        assertThat(value(event, "UID")).isEqualTo(meeting.id().toString());
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        assertThat(value(event, "SUMMARY")).isEqualTo("Gemeinsame Kabinettssitzung Bayern–NRW");
        assertThat(value(event, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(value(event, "DTSTAMP")).isEqualTo("20190310T110000Z");

        Property start = event.getRequiredProperty("DTSTART");
        assertThat(start.getValue()).isEqualTo("20190312T100000");
        assertThat(parameter(start, "TZID")).isEqualTo("Europe/Berlin");
        Property end = event.getRequiredProperty("DTEND");
        assertThat(end.getValue()).isEqualTo("20190312T140000");
        assertThat(parameter(end, "TZID")).isEqualTo("Europe/Berlin");
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(value(zones.get(0), "TZID")).isEqualTo("Europe/Berlin");

        Property organizer = event.getRequiredProperty("ORGANIZER");
        assertThat(organizer.getValue()).isEqualTo("mailto:anna.k@stk.bayern.de");
        assertThat(parameter(organizer, "CN")).isEqualTo("Anna Koordinatorin");
        Map<String, Property> attendees = event.<Property>getProperties("ATTENDEE").stream()
                .collect(Collectors.toMap(Property::getValue, p -> p));
        // the chair listed again as participant is invited once, as chair; no e-mail, no invitation
        assertThat(attendees).containsOnlyKeys("mailto:ministerpraesident@stk.bayern.de",
                "mailto:Ministerpraesident@stk.nrw.de", "mailto:gast@bund.de", "mailto:anna.k@stk.bayern.de");
        Property chair = attendees.get("mailto:ministerpraesident@stk.bayern.de");
        assertThat(parameter(chair, "CN")).isEqualTo("Markus Söder");
        assertThat(parameter(chair, "ROLE")).isEqualTo("CHAIR");
        assertThat(parameter(chair, "PARTSTAT")).isEqualTo("NEEDS-ACTION");
        assertThat(parameter(chair, "RSVP")).isEqualTo("TRUE");
        assertThat(parameter(attendees.get("mailto:gast@bund.de"), "ROLE")).isEqualTo("OPT-PARTICIPANT");
        assertThat(parameter(attendees.get("mailto:anna.k@stk.bayern.de"), "PARTSTAT")).isEqualTo("ACCEPTED");

        assertThat(value(event, "LOCATION")).isEqualTo("Residenz München, https://video.example.de/kabinett");
        assertThat(value(event, "URL")).isEqualTo("https://video.example.de/kabinett");
        String description = value(event, "DESCRIPTION");
        assertThat(description).isEqualTo("Tagesordnung:\nTOP 1: Zusammenarbeit (30 Min.)\n"
                + "TOP 3: Digitalisierung der Verwaltung (30 Min.)");
        assertThat(Files.readString(target, StandardCharsets.UTF_8))
                .doesNotContain("Sicherheitslage").doesNotContain(Classification.MARKING);
        assertThat(event.getProperty("CLASS")).isEmpty();
    }

    @Test
    void theUidStaysAndTheSequenceRisesOnlyAfterTheMeetingChanged() throws Exception {
        Meeting meeting = session(Classification.OFFEN);
        Path target = folder.resolve("sitzung.ics");

        Meeting loadedBefore = workspace.meetings().load(meeting.id());
        export.exportMeeting(meeting.id(), target, false, Messages.GERMAN);
        int again = export.exportMeeting(meeting.id(), target, false, Messages.GERMAN).events().get(0).sequence();
        assertThat(again).isZero();
        assertThat(value(onlyEvent(read(target)), "SEQUENCE")).isEqualTo("0");

        // a form loaded before the exports still saves, and does not undo their record
        Meeting moved = workspace.meetings().save(at(loadedBefore, SESSION.plusHours(1)));
        assertThat(moved.audit().version()).isEqualTo(loadedBefore.audit().version() + 1);
        assertThat(workspace.meetings().load(meeting.id()).icalExportedVersion())
                .isEqualTo(loadedBefore.audit().version());
        export.exportMeeting(meeting.id(), target, false, Messages.GERMAN);
        VEvent changed = onlyEvent(read(target));
        assertThat(value(changed, "UID")).isEqualTo(meeting.id().toString());
        assertThat(value(changed, "SEQUENCE")).isEqualTo("1");
        assertThat(changed.getRequiredProperty("DTSTART").getValue()).isEqualTo("20190312T110000");

        export.exportMeeting(meeting.id(), target, false, Messages.GERMAN);
        assertThat(value(onlyEvent(read(target)), "SEQUENCE")).isEqualTo("1");
        Meeting stored = workspace.meetings().load(meeting.id());
        assertThat(stored.icalSequence()).isEqualTo(1);
        assertThat(stored.icalExportedVersion()).isEqualTo(stored.audit().version());
    }

    @Test
    void aCancelledMeetingIsSentAsCancellationWithTheNextSequence() throws Exception {
        Meeting meeting = session(Classification.OFFEN);
        Path target = folder.resolve("absage.ics");
        export.exportMeeting(meeting.id(), target, false, Messages.GERMAN);

        workspace.meetings().save(workspace.meetings().load(meeting.id())
                .withStatus(MeetingStatus.ABGESAGT, "Terminkollision im Bundesrat"));
        MeetingCalendarExport.Written written = export.exportMeeting(meeting.id(), target, false, Messages.GERMAN);

        assertThat(written.method()).isEqualTo("CANCEL");
        Calendar calendar = read(target);
        assertThat(calendar.validate(true).getEntries()).as("RFC 5545/5546 findings").isEmpty();
        assertThat(value(calendar, "METHOD")).isEqualTo("CANCEL");
        VEvent event = onlyEvent(calendar);
        assertThat(value(event, "UID")).isEqualTo(meeting.id().toString());
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(event.<Property>getProperties("ATTENDEE")).isNotEmpty();
    }

    @Test
    void aClassifiedTopAppearsOnlyWhenIncludedAndThenUnderTheMarking() throws Exception {
        Meeting meeting = session(Classification.OFFEN);
        Path target = folder.resolve("vs.ics");

        export.exportMeeting(meeting.id(), target, true, Messages.GERMAN);

        String description = value(onlyEvent(read(target)), "DESCRIPTION");
        assertThat(description).startsWith(Classification.MARKING + "\n\nTagesordnung:")
                .contains("TOP 2: Sicherheitslage (30 Min.)");
    }

    @Test
    void aClassifiedMeetingLeftOutKeepsOnlyItsFrameUnderANeutralSummary() throws Exception {
        Meeting meeting = session(Classification.VS_NFD);
        Path target = folder.resolve("vs.ics");

        export.exportMeeting(meeting.id(), target, false, Messages.GERMAN);

        VEvent event = onlyEvent(read(target));
        assertThat(value(event, "SUMMARY")).isEqualTo(MeetingFixtures.FORMAT_NAME + " " + meeting.number());
        assertThat(event.getProperty("DESCRIPTION")).isEmpty();
        assertThat(value(event, "CLASS")).isEqualTo("CONFIDENTIAL");
        assertThat(value(event, "LOCATION")).startsWith("Residenz München");
        assertThat(Files.readString(target, StandardCharsets.UTF_8))
                .doesNotContain("Bayern–NRW").doesNotContain("Zusammenarbeit").doesNotContain("Sicherheitslage");

        export.exportMeeting(meeting.id(), target, true, Messages.ENGLISH);

        VEvent included = onlyEvent(read(target));
        assertThat(value(included, "SUMMARY")).isEqualTo("Gemeinsame Kabinettssitzung Bayern–NRW");
        assertThat(value(included, "DESCRIPTION")).startsWith(Classification.MARKING + "\n\nAgenda:\nItem 1: ")
                .contains("Item 2: Sicherheitslage (30 min)");
    }

    @Test
    void withoutTheUsersEmailNothingIsWrittenAndTheSettingsAreNamed() {
        workspace.settings().saveUserProfile(new UserProfile("Anna Koordinatorin", "StK", null));
        Meeting meeting = session(Classification.OFFEN);
        Path target = folder.resolve("sitzung.ics");

        assertThatThrownBy(() -> export.exportMeeting(meeting.id(), target, false, Messages.GERMAN))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.calendar.noEmail"));
        assertThat(target).doesNotExist();
        assertThat(Messages.of(Messages.GERMAN).get("error.calendar.noEmail")).contains("Einstellungen");
    }

    @Test
    void aFailedWriteLeavesNoFileAndNoRecordedSequence() throws Exception {
        Meeting meeting = session(Classification.OFFEN);
        Path directory = Files.createDirectory(folder.resolve("ordner.ics"));

        assertThatThrownBy(() -> export.exportMeeting(meeting.id(), directory, false, Messages.GERMAN))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.export.write"));
        assertThat(workspace.meetings().load(meeting.id()).icalExportedVersion()).isNull();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "ordner.ics");
        }
    }

    @Test
    void aTemplateIsNoAppointment() {
        Meeting template = workspace.followUps().saveAsTemplate(session(Classification.OFFEN).id());

        assertThatThrownBy(() -> export.exportMeeting(template.id(), folder.resolve("v.ics"), false, Messages.GERMAN))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.calendar.template"));
    }

    @Test
    void aPeriodIsPublishedWithoutTemplatesAndClassifiedMeetingsUnlessIncluded() throws Exception {
        Meeting march = session(Classification.OFFEN);
        Meeting classified = fixtures.meeting("Vertrauliche Runde", LocalDateTime.of(2019, 3, 31, 9, 0),
                Classification.VS_NFD, List.of(), List.of());
        Meeting april = fixtures.meeting("Ressortgespräch", LocalDateTime.of(2019, 4, 1, 23, 30),
                Classification.OFFEN, List.of(), List.of());
        fixtures.meeting("Zu spät", LocalDateTime.of(2019, 4, 2, 0, 0), Classification.OFFEN, List.of(), List.of());
        workspace.followUps().saveAsTemplate(march.id());
        Path target = folder.resolve("zeitraum.ics");

        MeetingCalendarExport.Written written = export.exportPeriod(LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 4, 1), target, false, Messages.GERMAN);

        assertThat(written.method()).isEqualTo("PUBLISH");
        assertThat(written.classifiedLeftOut()).isEqualTo(1);
        Calendar calendar = read(target);
        assertThat(calendar.validate(true).getEntries()).as("RFC 5545/5546 findings").isEmpty();
        assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e, "UID"))
                .containsExactly(march.id().toString(), april.id().toString());
        assertThat(events).allSatisfy(e -> {
            assertThat(e.<Property>getProperties("ATTENDEE")).isEmpty();
            assertThat(value(e, "ORGANIZER")).isEqualTo("mailto:anna.k@stk.bayern.de");
            assertThat(parameter(e.getRequiredProperty("DTSTART"), "TZID")).isEqualTo("Europe/Berlin");
        });
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
        assertThat(value(events.get(0), "DESCRIPTION")).doesNotContain("Sicherheitslage");

        MeetingCalendarExport.Written all = export.exportPeriod(LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 4, 1), target, true, Messages.GERMAN);

        assertThat(all.classifiedLeftOut()).isZero();
        assertThat(all.events()).extracting(MeetingCalendarExport.Event::meetingId)
                .containsExactly(march.id(), classified.id(), april.id());
        VEvent marked = read(target).<VEvent>getComponents("VEVENT").get(1);
        assertThat(value(marked, "SUMMARY")).isEqualTo("Vertrauliche Runde");
        assertThat(value(marked, "DESCRIPTION")).isEqualTo(Classification.MARKING);
    }

    @Test
    void aPeriodMustEndAfterItStartsAndHoldAMeeting() {
        Path target = folder.resolve("leer.ics");

        assertThatThrownBy(() -> export.exportPeriod(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 3, 1), target,
                false, Messages.GERMAN))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.key()).isEqualTo("validation.calendar.period");
                });
        assertThatThrownBy(() -> export.exportPeriod(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), target,
                false, Messages.GERMAN))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.calendar.noMeetings"));
        assertThat(target).doesNotExist();
    }

    /** The session with Söder (chair, also listed as participant) and Laschet as chairs, a guest, three TOPs. */
    private Meeting session(Classification classification) {
        List<Participant> participants = List.of(participant(soeder, ParticipantRole.TEILNAHME),
                participant(guest, ParticipantRole.GAST), participant(withoutEmail, ParticipantRole.VERTRETUNG),
                new Participant(UUID.randomUUID(), null, fixtures.ministry("DE-NW", "MWIDE"),
                        ParticipantRole.TEILNAHME, null));
        Meeting meeting = fixtures.meeting("Gemeinsame Kabinettssitzung Bayern–NRW", SESSION, classification,
                List.of(soeder.id(), laschet.id()), participants);
        fixtures.addItem(meeting, "Zusammenarbeit", Classification.OFFEN, Set.of());
        fixtures.addItem(meeting, "Sicherheitslage", Classification.VS_NFD, Set.of());
        fixtures.addItem(meeting, "Digitalisierung der Verwaltung", Classification.OFFEN, Set.of());
        return workspace.meetings().load(meeting.id());
    }

    private static Meeting at(Meeting m, LocalDateTime start) {
        return new Meeting(m.id(), m.number(), m.formatId(), m.title(), m.mode(), start,
                start.plusHours(4), m.place(), m.videoLink(), m.hostLandId(), m.chairPersonIds(), m.status(),
                m.cancelReason(), m.classification(), m.fileReference(), m.notes(), m.participants(),
                m.invitedLandIds(), m.icalSequence(), m.icalExportedVersion(), m.template(), m.predecessorId(),
                m.seriesId(), m.audit());
    }

    private static Calendar read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new CalendarBuilder().build(in);
        }
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String parameter(Property property, String name) {
        return property.<Parameter>getParameter(name).map(Parameter::getValue).orElse(null);
    }
}
