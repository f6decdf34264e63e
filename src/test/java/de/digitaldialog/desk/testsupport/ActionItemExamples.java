package de.digitaldialog.desk.testsupport;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Action items for the Beschlusskontrolle's tests, on 15 May 2019 ({@link #CLOCK}): a joint
 * cabinet session of 12 March with an overdue item (StMD, EGOV) and one due soon (a person of
 * MWIDE); a ministry round of 10 April with an item on a KI initiative (MWIDE) and a done one
 * (StMD); a workshop on 12 June whose TOPs owe input on 20 May (open), 21 May (arrived) and 5 June.
 */
public final class ActionItemExamples {

    public static final LocalDateTime NOW = LocalDateTime.of(2019, 5, 15, 12, 0);
    public static final Clock CLOCK = Clock.fixed(NOW.atZone(Meeting.ZONE).toInstant(), Meeting.ZONE);

    public final Meeting cabinet;
    public final ActionItem overdue;
    public final ActionItem dueSoon;
    public final ActionItem onInitiative;
    public final ActionItem done;
    public final AgendaItem inputOwed;

    private final Workspace workspace;

    public ActionItemExamples(Workspace workspace) {
        this.workspace = workspace;
        MeetingService meetings = workspace.meetings();
        Person becker = workspace.referenceData().savePerson(new Person(UUID.randomUUID(), null, "Dr.", "Jan",
                "Becker", null, null, ministry("DE-NW", "MWIDE"), null, null, null));
        Initiative supercomputing = workspace.initiatives().create(new Initiative(UUID.randomUUID(), null,
                "Supercomputing-Verbund", null, Set.of(themeArea("KI")),
                Map.of(land("DE-BY"), ministry("DE-BY", "StMD"), land("DE-NW"), ministry("DE-NW", "MWIDE")),
                Set.of(), Set.of(), Set.of(), Arena.BILATERAL, InitiativeStatus.IDEE, null, null, null, null, null,
                null, null, null, List.of(), null), "angelegt");

        cabinet = meetings.create(meeting("Gemeinsame Kabinettssitzung", LocalDateTime.of(2019, 3, 12, 10, 0)));
        AgendaItem digital = meetings.addAgendaItem(cabinet.id(),
                top(cabinet, "Start des Digitaldialogs", themeArea("EGOV"), Set.of(), null, null));
        overdue = meetings.saveActionItem(item(digital, "Ansprechpartner benennen", ministry("DE-BY", "StMD"), null,
                LocalDate.of(2019, 4, 30), ActionItemStatus.OFFEN, null));
        dueSoon = meetings.saveActionItem(item(digital, "Fortschrittsbericht vorlegen", null, becker.id(),
                LocalDate.of(2019, 5, 20), ActionItemStatus.IN_ARBEIT, null));

        Meeting round = meetings.create(meeting("Ressortgespräch KI", LocalDateTime.of(2019, 4, 10, 10, 0)));
        AgendaItem computing = meetings.addAgendaItem(round.id(),
                top(round, "Supercomputing", null, Set.of(supercomputing.id()), null, null));
        onInitiative = meetings.saveActionItem(item(computing, "Antrag beim Bund prüfen",
                ministry("DE-NW", "MWIDE"), null, LocalDate.of(2019, 7, 1), ActionItemStatus.OFFEN,
                supercomputing.id()));
        done = meetings.saveActionItem(item(computing, "Rechenbedarf erheben", ministry("DE-BY", "StMD"), null,
                LocalDate.of(2019, 5, 1), ActionItemStatus.ERLEDIGT, null));

        Meeting workshop = meetings.create(meeting("Fachworkshop E-Government", LocalDateTime.of(2019, 6, 12, 10, 0)));
        inputOwed = meetings.addAgendaItem(workshop.id(), top(workshop, "Stand der Nachnutzung", themeArea("EGOV"),
                Set.of(), LocalDate.of(2019, 5, 20), null));
        meetings.addAgendaItem(workshop.id(), top(workshop, "Servicekonten", null, Set.of(),
                LocalDate.of(2019, 5, 21), Instant.parse("2019-05-14T08:00:00Z")));
        meetings.addAgendaItem(workshop.id(), top(workshop, "Ausblick", null, Set.of(), LocalDate.of(2019, 6, 5), null));
    }

    public UUID ministry(String land, String abbreviation) {
        return new ReferenceIds(workspace).ministry(land, abbreviation);
    }

    private UUID land(String code) {
        return new ReferenceIds(workspace).land(code);
    }

    private UUID themeArea(String code) {
        return new ReferenceIds(workspace).themeArea(code);
    }

    private Meeting meeting(String title, LocalDateTime start) {
        UUID format = workspace.referenceData().meetingFormats().stream()
                .filter(f -> f.code().equals("GEMEINSAME_KABINETTSSITZUNG")).map(MeetingFormat::id)
                .findFirst().orElseThrow();
        return new Meeting(UUID.randomUUID(), null, format, title, MeetingMode.PRAESENZ, start, start.plusHours(3),
                "Residenz München", null, null, List.of(), MeetingStatus.GEPLANT, null, Classification.OFFEN, null,
                null, List.of(), Set.of(), 0, null, false, null, null, null);
    }

    private AgendaItem top(Meeting meeting, String title, UUID themeArea, Set<UUID> initiatives,
                           LocalDate inputDeadline, Instant inputReceived) {
        return new AgendaItem(UUID.randomUUID(), meeting.id(), null, 0, title, themeArea, null, null, 30, null, null,
                null, inputDeadline, inputDeadline == null ? null : ministry("DE-BY", "StMD"), inputReceived, null,
                null, initiatives, List.of(), null);
    }

    private static ActionItem item(AgendaItem top, String description, UUID ministry, UUID person, LocalDate due,
                                   ActionItemStatus status, UUID initiative) {
        return new ActionItem(UUID.randomUUID(), top.id(), description, ministry, person, due, status, null,
                initiative, null);
    }
}
