package de.digitaldialog.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A with-method changes the components it names and keeps every other one. */
class RecordCopiesTest {

    private static final LocalDate DAY = LocalDate.of(2019, 3, 12);
    private static final Audit AUDIT = new Audit(Installation.SYSTEM, Instant.EPOCH, "a", Instant.EPOCH, "a", 1);

    @Test
    void initiative() {
        Milestone milestone = new Milestone(UUID.randomUUID(), "Konzept", DAY, false, null, null);
        Initiative initiative = new Initiative(UUID.randomUUID(), null, "KI-Allianz", "gemeinsam",
                Set.of(UUID.randomUUID()), Map.of(UUID.randomUUID(), UUID.randomUUID()), Set.of(), Set.of(), Set.of(),
                Arena.BILATERAL, InitiativeStatus.IDEE, null, TrafficLight.GRUEN, null, Classification.OFFEN,
                "DD-KI-2019/1", DAY, DAY.plusYears(1), "Kabinett", List.of(), null);

        Initiative changed = initiative.withNumber("INI-BY1-0001")
                .withStatus(InitiativeStatus.ZURUECKGESTELLT, InitiativeStatus.IDEE)
                .withTrafficLight(TrafficLight.ROT, "Haushalt")
                .withMilestones(List.of(milestone))
                .withAudit(AUDIT);

        assertThat(changed).extracting(Initiative::number, Initiative::status, Initiative::deferredFrom,
                        Initiative::trafficLight, Initiative::trafficLightReason, Initiative::milestones,
                        Initiative::audit)
                .containsExactly("INI-BY1-0001", InitiativeStatus.ZURUECKGESTELLT, InitiativeStatus.IDEE,
                        TrafficLight.ROT, "Haushalt", List.of(milestone), AUDIT);
        assertThat(changed.withNumber(null).withStatus(InitiativeStatus.IDEE, null)
                .withTrafficLight(TrafficLight.GRUEN, null).withMilestones(List.of()).withAudit(null))
                .isEqualTo(initiative);
    }

    @Test
    void meeting() {
        Participant guest = new Participant(UUID.randomUUID(), UUID.randomUUID(), null, ParticipantRole.GAST, null);
        Meeting meeting = new Meeting(UUID.randomUUID(), null, UUID.randomUUID(), "Kabinett", MeetingMode.PRAESENZ,
                DAY.atTime(10, 0), DAY.atTime(13, 0), "Residenz", null, null, List.of(), MeetingStatus.GEPLANT, null,
                Classification.OFFEN, null, null, List.of(), Set.of(), 0, null, false, null, null, null);

        Meeting changed = meeting.withNumber("SIT-BY1-0001").withStatus(MeetingStatus.ABGESAGT, "Sturm")
                .withParticipants(List.of(guest)).withAudit(AUDIT);

        assertThat(changed).extracting(Meeting::number, Meeting::status, Meeting::cancelReason,
                        Meeting::participants, Meeting::audit)
                .containsExactly("SIT-BY1-0001", MeetingStatus.ABGESAGT, "Sturm", List.of(guest), AUDIT);
        assertThat(changed.withNumber(null).withStatus(MeetingStatus.GEPLANT, null).withParticipants(List.of())
                .withAudit(null)).isEqualTo(meeting);
    }

    @Test
    void agendaItem() {
        Decision decision = new Decision(UUID.randomUUID(), "Beschluss", null, null, null);
        UUID meetingId = UUID.randomUUID();
        AgendaItem draft = new AgendaItem(UUID.randomUUID(), null, null, 0, "KI", null, null, null, 30, null, null,
                null, null, null, null, null, null, Set.of(), List.of(), null);

        AgendaItem changed = draft.withMeeting(meetingId).withPlace("3", 2).withDecisions(List.of(decision))
                .withAudit(AUDIT);

        assertThat(changed).extracting(AgendaItem::meetingId, AgendaItem::number, AgendaItem::position,
                        AgendaItem::decisions, AgendaItem::audit)
                .containsExactly(meetingId, "3", 2, List.of(decision), AUDIT);
        assertThat(changed.withNumber("3a").number()).isEqualTo("3a");
        assertThat(changed.withMeeting(null).withPlace(null, 0).withDecisions(List.of()).withAudit(null))
                .isEqualTo(draft);
    }
}
