package de.digitaldialog.desk.service;

import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Decision;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.domain.ThemeArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds the joint cabinet session of March 2019 and its people in a test's workspace. */
final class MeetingFixtures {

    static final String FORMAT_NAME = "Gemeinsame Kabinettssitzung";

    private final Workspace workspace;

    MeetingFixtures(Workspace workspace) {
        this.workspace = workspace;
    }

    Person person(String firstName, String lastName, String email) {
        return workspace.referenceData().savePerson(new Person(UUID.randomUUID(), Salutation.HERR, null, firstName,
                lastName, null, null, ministry("DE-BY", "StMD"), email, null, null));
    }

    /** A joint cabinet session in the Residenz, four hours, with a video link for guests. */
    Meeting meeting(String title, LocalDateTime start, Classification classification, List<UUID> chairs,
                    List<Participant> participants) {
        return workspace.meetings().create(new Meeting(UUID.randomUUID(), null, format(), title, MeetingMode.HYBRID,
                start, start.plusHours(4), "Residenz München", "https://video.example.de/kabinett", land("DE-BY"),
                chairs, MeetingStatus.GEPLANT, null, classification, "B II 3 – 1402/2019", "Interne Notiz",
                participants, Set.of(land("DE-BW")), 0, null, false, null, null, null));
    }

    static Participant participant(Person person, ParticipantRole role) {
        return new Participant(UUID.randomUUID(), person.id(), null, role, null);
    }

    /** Adds a fully prepared TOP: theme area, presenter, minutes, initiatives, texts and an input deadline. */
    AgendaItem addItem(Meeting meeting, String title, Classification classification, Set<UUID> initiatives) {
        return workspace.meetings().addAgendaItem(meeting.id(), new AgendaItem(UUID.randomUUID(), meeting.id(), null,
                0, title, themeArea("EGOV"), ministry("DE-BY", "StMD"), null, 30, "Hintergrund " + title,
                "Beschlussvorschlag " + title, "Sprechpunkte " + title, meeting.startsAt().toLocalDate().minusDays(7),
                ministry("DE-NW", "MWIDE"), null, null, classification, initiatives, List.of(), null));
    }

    /** Records an outcome on a TOP, with a decision text unless it was adjourned. */
    AgendaItem decide(AgendaItem item, AgendaOutcome outcome) {
        List<Decision> decisions = outcome == AgendaOutcome.VERTAGT ? List.of()
                : List.of(new Decision(UUID.randomUUID(), "Beschluss zu " + item.title(), null, null, null));
        return workspace.meetings().saveAgendaItem(new AgendaItem(item.id(), item.meetingId(), item.number(),
                item.position(), item.title(), item.themeAreaId(), item.presenterMinistryId(),
                item.presenterPersonId(), item.plannedMinutes(), item.background(), item.proposedDecision(),
                item.talkingPoints(), item.inputDeadline(), item.inputOwnerMinistryId(), item.inputReceivedAt(),
                outcome, item.classification(), item.initiativeIds(), decisions, item.audit()));
    }

    UUID initiative(String title) {
        return workspace.initiatives().create(new Initiative(UUID.randomUUID(), null, title, null,
                Set.of(themeArea("EGOV")), Map.of(land("DE-BY"), ministry("DE-BY", "StMD")), Set.of(), Set.of(),
                Set.of(), Arena.BILATERAL, InitiativeStatus.IDEE, null, null, null, null, null, null,
                LocalDate.of(2020, 12, 31), null, List.of(), null), "Angelegt").id();
    }

    UUID format() {
        return workspace.referenceData().meetingFormats().stream()
                .filter(f -> f.code().equals("GEMEINSAME_KABINETTSSITZUNG")).map(MeetingFormat::id)
                .findFirst().orElseThrow();
    }

    UUID land(String code) {
        return workspace.referenceData().lands().stream()
                .filter(l -> l.code().equals(code)).map(Land::id).findFirst().orElseThrow();
    }

    UUID ministry(String landCode, String abbreviation) {
        UUID land = land(landCode);
        return workspace.referenceData().ministries().stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals(abbreviation)).map(Ministry::id)
                .findFirst().orElseThrow();
    }

    UUID themeArea(String code) {
        return workspace.referenceData().themeAreas().stream()
                .filter(t -> t.code().equals(code)).map(ThemeArea::id).findFirst().orElseThrow();
    }
}
