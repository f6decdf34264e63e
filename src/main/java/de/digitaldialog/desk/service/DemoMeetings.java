package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Decision;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.service.DemoData.People;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The example meetings: the joint cabinet session of 12 March 2019 that launched the
 * Digitaldialog, a ministry round that followed it, and a workshop still to come.
 */
final class DemoMeetings {

    private final Catalog catalog;
    private final People people;
    private final MeetingService meetings;
    private final Clock clock;

    DemoMeetings(Catalog catalog, People people, MeetingService meetings, Clock clock) {
        this.catalog = catalog;
        this.people = people;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** Creates the meetings; returns how many. */
    int load(List<Initiative> initiatives) {
        jointCabinetSession(initiatives);
        ministryRound(initiatives);
        upcomingWorkshop(initiatives);
        return 3;
    }

    private void jointCabinetSession(List<Initiative> initiatives) {
        Meeting meeting = meetings.create(new Meeting(UUID.randomUUID(), null,
                catalog.format("GEMEINSAME_KABINETTSSITZUNG"),
                "Gemeinsame Kabinettssitzung Bayern – Nordrhein-Westfalen", MeetingMode.PRAESENZ,
                LocalDateTime.of(2019, 3, 12, 10, 0), LocalDateTime.of(2019, 3, 12, 14, 0),
                "Residenz München, Residenzstraße 1, 80333 München", null, catalog.land("DE-BY"),
                List.of(people.get("soeder"), people.get("laschet")), MeetingStatus.GEPLANT, null,
                Classification.OFFEN, "B II 3 – 1402/2019", "Erste gemeinsame Kabinettssitzung beider Länder.",
                List.of(participant("soeder"), participant("laschet"), participant("herrmann"),
                        participant("liminski"), participant("gerlach"), participant("pinkwart"),
                        participant("huber"), participant("becker")),
                Set.of(), 0, null, false, null, null, null));
        UUID bavaria = catalog.ministry("DE-BY", "StK");
        UUID northRhineWestphalia = catalog.ministry("DE-NW", "StK NRW");
        AgendaItem cooperation = meetings.addAgendaItem(meeting.id(), item(meeting,
                "Agenda für eine vertiefte Zusammenarbeit Bayern – Nordrhein-Westfalen", null, bavaria, 60,
                "Beide Landesregierungen wollen ihre Zusammenarbeit in zahlreichen Themenfeldern vertiefen.",
                "Die Kabinette beschließen die gemeinsame Agenda für eine vertiefte Zusammenarbeit.",
                AgendaOutcome.BESCHLOSSEN, Set.of(initiativeTitled(initiatives, "Testfelder")),
                List.of(decision("Die Landesregierungen von Bayern und Nordrhein-Westfalen beschließen eine "
                                + "Agenda für die Zusammenarbeit in zahlreichen Themenfeldern."),
                        decision("Gemeinsame Position zur vernetzten Mobilität."),
                        decision("Gemeinsame Position zu Industrie und Energie."))));
        meetings.addAgendaItem(meeting.id(), item(meeting, "Zukunft des Föderalismus", null,
                northRhineWestphalia, 60,
                "Damit die Länder auch in Zukunft handlungsfähig sind, arbeiten beide gemeinsam am "
                        + "Föderalismus der Zukunft.",
                "Die Kabinette beschließen eine gemeinsame Position zur Zukunft des Föderalismus und der "
                        + "Medienlandschaft.",
                AgendaOutcome.BESCHLOSSEN, Set.of(),
                List.of(decision("Gemeinsame Position zur Zukunft des Föderalismus und der Medienlandschaft."))));
        AgendaItem digital = meetings.addAgendaItem(meeting.id(), item(meeting,
                "Digitalisierung: Start des Digitaldialogs Bayern – Nordrhein-Westfalen",
                catalog.themeArea("EGOV"), catalog.ministry("DE-BY", "StMD"), 90,
                "Der Digitaldialog soll als fester Austausch und gemeinsame Plattform der Zusammenarbeit dienen: "
                        + "Best Practices austauschen, gemeinsame Initiativen im Länderkreis und im Bund.",
                "Die Kabinette starten den Digitaldialog mit acht Themenfeldern; die Ausgestaltung obliegt den "
                        + "zuständigen Ressorts.",
                AgendaOutcome.BESCHLOSSEN, Set.of(initiativeTitled(initiatives, "OZG-Umsetzung")),
                List.of(decision("Start des Digitaldialogs Bayern – Nordrhein-Westfalen in den Themenfeldern "
                        + "künstliche Intelligenz und Supercomputing, digitale Infrastruktur und Wirtschaft, "
                        + "E-Government, digitale Arbeitswelt und digitale Arbeitsmodelle, Bildung, E-Health, "
                        + "Cyber-Sicherheit und Mobilität."))));
        meetings.saveActionItem(new ActionItem(UUID.randomUUID(), digital.id(),
                "Ansprechpartner der Ressorts für die acht Themenfelder benennen", bavaria, people.get("huber"),
                LocalDate.of(2019, 4, 30), ActionItemStatus.ERLEDIGT, null, null, null));
        meetings.saveActionItem(new ActionItem(UUID.randomUUID(), cooperation.id(),
                "Jährlichen Fortschrittsbericht zur gemeinsamen Agenda vorlegen", northRhineWestphalia,
                people.get("becker"), nextWorkday(clock.instant().atZone(Meeting.ZONE).toLocalDate().plusDays(10)),
                ActionItemStatus.IN_ARBEIT, null, null, null));
        advance(meeting, MeetingStatus.EINGELADEN, MeetingStatus.DURCHGEFUEHRT);
    }

    private void ministryRound(List<Initiative> initiatives) {
        Meeting meeting = meetings.create(new Meeting(UUID.randomUUID(), null, catalog.format("RESSORTGESPRAECH"),
                "Ressortgespräch Künstliche Intelligenz und Supercomputing", MeetingMode.HYBRID,
                LocalDateTime.of(2019, 6, 4, 10, 0), LocalDateTime.of(2019, 6, 4, 13, 0),
                "MWIDE, Berger Allee 25, 40213 Düsseldorf", "https://video.example.org/digitaldialog-ki",
                catalog.land("DE-NW"), List.of(people.get("pinkwart"), people.get("gerlach")),
                MeetingStatus.GEPLANT, null, Classification.OFFEN, "DD-KI-2019", null,
                List.of(participant("pinkwart"), participant("gerlach"), participant("huber"),
                        new Participant(UUID.randomUUID(), null, catalog.ministry("DE-BY", "StMWK"),
                                ParticipantRole.TEILNAHME, null),
                        new Participant(UUID.randomUUID(), null, catalog.ministry("DE-NW", "MKW"),
                                ParticipantRole.TEILNAHME, null)),
                Set.of(), 0, null, false, null, null, null));
        AgendaItem network = meetings.addAgendaItem(meeting.id(), item(meeting,
                "KI-Kompetenznetzwerk der Hochschulen", catalog.themeArea("KI"),
                catalog.ministry("DE-BY", "StMWK"), 60, "Vorschlag der Wissenschaftsressorts.",
                "Das Netzwerk wird gegründet; die Wissenschaftsressorts legen eine Vereinbarung vor.",
                AgendaOutcome.BESCHLOSSEN, Set.of(initiativeTitled(initiatives, "KI-Kompetenznetzwerk")),
                List.of(decision("Gründung des KI-Kompetenznetzwerks der Hochschulen beider Länder."))));
        AgendaItem computing = meetings.addAgendaItem(meeting.id(), item(meeting, "Supercomputing-Verbund",
                catalog.themeArea("KI"), catalog.ministry("DE-NW", "MKW"), 45, "Bedarf an Rechenzeit für KI-Projekte.",
                "Die Ressorts prüfen einen gemeinsamen Antrag beim Bund.", AgendaOutcome.VERTAGT,
                Set.of(initiativeTitled(initiatives, "Supercomputing")), List.of()));
        meetings.saveActionItem(new ActionItem(UUID.randomUUID(), network.id(),
                "Entwurf der Gründungsvereinbarung vorlegen", catalog.ministry("DE-BY", "StMWK"), null,
                LocalDate.of(2019, 9, 30), ActionItemStatus.ERLEDIGT, null,
                initiativeTitled(initiatives, "KI-Kompetenznetzwerk"), null));
        // still open long after its date: the Beschlusskontrolle marks it overdue
        meetings.saveActionItem(new ActionItem(UUID.randomUUID(), computing.id(),
                "Rechenzeitbedarf der Hochschulen für einen gemeinsamen Antrag erheben",
                catalog.ministry("DE-NW", "MKW"), null, LocalDate.of(2019, 7, 31), ActionItemStatus.OFFEN, null,
                initiativeTitled(initiatives, "Supercomputing"), null));
        advance(meeting, MeetingStatus.EINGELADEN, MeetingStatus.DURCHGEFUEHRT);
    }

    private void upcomingWorkshop(List<Initiative> initiatives) {
        // three weeks ahead, on a Tuesday, so the example always has something still to prepare
        LocalDate day = clock.instant().atZone(Meeting.ZONE).toLocalDate().plusWeeks(3)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Meeting meeting = meetings.create(new Meeting(UUID.randomUUID(), null, catalog.format("FACHWORKSHOP"),
                "Fachworkshop E-Government: Nachnutzung von Onlinediensten", MeetingMode.VIDEO,
                day.atTime(LocalTime.of(10, 0)), day.atTime(LocalTime.of(12, 30)), null,
                "https://video.example.org/digitaldialog-egov", catalog.land("DE-BY"),
                List.of(people.get("huber")), MeetingStatus.GEPLANT, null, Classification.OFFEN, "DD-EGOV-2019",
                null, List.of(participant("huber"), participant("becker")), Set.of(catalog.land("DE-HE")),
                0, null, false, null, null, null));
        UUID reuse = initiativeTitled(initiatives, "OZG-Umsetzung");
        meetings.addAgendaItem(meeting.id(), plannedItem(meeting, "Stand der Nachnutzung", "EGOV",
                catalog.ministry("DE-BY", "StMD"), 45, Set.of(reuse), day.minusDays(7)));
        meetings.addAgendaItem(meeting.id(), plannedItem(meeting, "Schnittstellen der Servicekonten", "EGOV",
                catalog.ministry("DE-NW", "IM"), 45, Set.of(initiativeTitled(initiatives, "Interoperable Servicekonten")),
                day.minusDays(10)));
        meetings.addAgendaItem(meeting.id(), plannedItem(meeting, "Verschiedenes", null,
                catalog.ministry("DE-BY", "StK"), 15, Set.of(), null));
    }

    private void advance(Meeting meeting, MeetingStatus... steps) {
        Meeting current = meeting;
        for (MeetingStatus step : steps) {
            current = meetings.save(meetings.load(current.id()).withStatus(step, null));
        }
    }

    private Participant participant(String person) {
        return new Participant(UUID.randomUUID(), people.get(person), null, ParticipantRole.TEILNAHME, null);
    }

    private static Decision decision(String text) {
        return new Decision(UUID.randomUUID(), text, null, Classification.OFFEN, null);
    }

    private static AgendaItem item(Meeting meeting, String title, UUID themeArea, UUID presenter, int minutes,
                                   String background, String proposal, AgendaOutcome outcome,
                                   Set<UUID> initiatives, List<Decision> decisions) {
        return new AgendaItem(UUID.randomUUID(), meeting.id(), null, 0, title, themeArea, presenter, null, minutes,
                background, proposal, null, null, null, null, outcome, Classification.OFFEN, initiatives,
                decisions, null);
    }

    private AgendaItem plannedItem(Meeting meeting, String title, String themeCode, UUID presenter, int minutes,
                                   Set<UUID> initiatives, LocalDate inputDeadline) {
        return new AgendaItem(UUID.randomUUID(), meeting.id(), null, 0, title,
                themeCode == null ? null : catalog.themeArea(themeCode), presenter, null, minutes, null, null,
                null, inputDeadline, inputDeadline == null ? null : presenter, null, null, Classification.OFFEN,
                initiatives, List.of(), null);
    }

    private static UUID initiativeTitled(List<Initiative> initiatives, String titleStart) {
        return initiatives.stream().filter(i -> i.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No example initiative " + titleStart)).id();
    }

    private static LocalDate nextWorkday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
