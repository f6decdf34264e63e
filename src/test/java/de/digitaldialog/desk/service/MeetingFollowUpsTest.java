package de.digitaldialog.desk.service;

import static de.digitaldialog.desk.service.MeetingFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingFollowUpsTest {

    /** "Now": the day after the joint cabinet session of 12 March 2019, so its minutes can be recorded. */
    private static final LocalDateTime NOW = LocalDateTime.of(2019, 3, 13, 9, 0);
    private static final LocalDateTime SESSION = LocalDateTime.of(2019, 3, 12, 10, 0);

    @TempDir
    Path folder;

    private Workspace workspace;
    private MeetingFixtures fixtures;
    private MeetingFollowUps followUps;
    private MeetingService meetings;
    private Person soeder;
    private Person laschet;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder, Clock.fixed(NOW.atZone(Meeting.ZONE).toInstant(), Meeting.ZONE));
        fixtures = new MeetingFixtures(workspace);
        followUps = workspace.followUps();
        meetings = workspace.meetings();
        soeder = fixtures.person("Markus", "Söder", "mp@stk.bayern.de");
        laschet = fixtures.person("Armin", "Laschet", "mp@stk.nrw.de");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aFollowUpTakesTheFrameAndCarriesOnlyAdjournedAndUnfinishedTops() {
        Meeting held = heldSession();
        List<AgendaItem> agendaBefore = meetings.agenda(held.id());
        LocalDateTime next = LocalDateTime.of(2019, 6, 18, 14, 0);

        Meeting followUp = followUps.createFollowUp(held.id(), next);

        Meeting stored = meetings.load(followUp.id());
        assertThat(stored.number()).isNotEqualTo(held.number()).startsWith("SIT-BY1-");
        assertThat(stored.predecessorId()).isEqualTo(held.id());
        assertThat(stored.status()).isEqualTo(MeetingStatus.GEPLANT);
        assertThat(stored.template()).isFalse();
        assertThat(stored.startsAt()).isEqualTo(next);
        assertThat(stored.endsAt()).isEqualTo(next.plusHours(4));
        assertThat(stored).extracting(Meeting::formatId, Meeting::mode, Meeting::title, Meeting::place,
                        Meeting::videoLink, Meeting::hostLandId, Meeting::chairPersonIds, Meeting::classification,
                        Meeting::fileReference, Meeting::invitedLandIds)
                .containsExactly(held.formatId(), held.mode(), held.title(), held.place(), held.videoLink(),
                        held.hostLandId(), List.of(soeder.id(), laschet.id()), held.classification(),
                        held.fileReference(), held.invitedLandIds());
        assertThat(stored.notes()).isNull();
        assertThat(stored.icalSequence()).isZero();
        assertThat(stored.icalExportedVersion()).isNull();
        assertThat(stored.participants()).extracting(Participant::personId, Participant::role)
                .containsExactlyInAnyOrderElementsOf(held.participants().stream()
                        .map(p -> Tuple.tuple(p.personId(), p.role())).toList());
        assertThat(stored.participants()).extracting(Participant::id)
                .doesNotContainAnyElementsOf(held.participants().stream().map(Participant::id).toList());

        List<AgendaItem> carried = meetings.agenda(followUp.id());
        assertThat(carried).extracting(AgendaItem::number, AgendaItem::title)
                .containsExactly(Tuple.tuple("1", "Vertagt"), Tuple.tuple("2", "Nicht erreicht"),
                        Tuple.tuple("3", "Vertraulich"));
        AgendaItem adjourned = carried.get(0);
        AgendaItem original = agendaBefore.get(1);
        assertThat(adjourned.id()).isNotEqualTo(original.id());
        assertThat(adjourned).extracting(AgendaItem::themeAreaId, AgendaItem::presenterMinistryId,
                        AgendaItem::plannedMinutes, AgendaItem::initiativeIds, AgendaItem::proposedDecision,
                        AgendaItem::talkingPoints, AgendaItem::background)
                .containsExactly(original.themeAreaId(), original.presenterMinistryId(), original.plannedMinutes(),
                        original.initiativeIds(), original.proposedDecision(), original.talkingPoints(),
                        original.background());
        assertThat(adjourned.initiativeIds()).hasSize(1);
        assertThat(carried).allSatisfy(item -> {
            assertThat(item.outcome()).isNull();
            assertThat(item.decisions()).isEmpty();
            assertThat(item.inputDeadline()).isNull();
            assertThat(item.inputOwnerMinistryId()).isNull();
        });
        assertThat(carried.get(2).classification()).isEqualTo(Classification.VS_NFD);

        // the original is as it was
        assertThat(meetings.load(held.id())).isEqualTo(held);
        assertThat(meetings.agenda(held.id())).isEqualTo(agendaBefore);
    }

    @Test
    void aTemplateKeepsTheAgendaWithoutMinutesAndMakesMeetings() {
        Meeting held = heldSession();

        Meeting template = followUps.saveAsTemplate(held.id());

        assertThat(followUps.templates()).extracting(MeetingSummary::id).containsExactly(template.id());
        assertThat(meetings.list()).extracting(MeetingSummary::id).containsExactly(held.id());
        UUID initiative = meetings.agenda(held.id()).get(0).initiativeIds().iterator().next();
        assertThat(workspace.initiatives().references(initiative).agendaItems()).extracting(AgendaItem::meetingId)
                .containsOnly(held.id());
        Meeting storedTemplate = meetings.load(template.id());
        assertThat(storedTemplate.template()).isTrue();
        assertThat(storedTemplate.predecessorId()).isNull();
        assertThat(storedTemplate.status()).isEqualTo(MeetingStatus.GEPLANT);
        List<AgendaItem> templateAgenda = meetings.agenda(template.id());
        assertThat(templateAgenda).extracting(AgendaItem::number, AgendaItem::title).containsExactly(
                Tuple.tuple("1", "Beschlossen"), Tuple.tuple("2", "Vertagt"), Tuple.tuple("3", "Nicht erreicht"),
                Tuple.tuple("4", "Vertraulich"), Tuple.tuple("5", "Zur Kenntnis"));
        assertThat(templateAgenda).allSatisfy(item -> {
            assertThat(item.outcome()).isNull();
            assertThat(item.decisions()).isEmpty();
            assertThat(item.inputDeadline()).isNull();
        });

        LocalDateTime autumn = LocalDateTime.of(2019, 10, 8, 9, 30);
        Meeting fromTemplate = followUps.createFromTemplate(template.id(), autumn);

        Meeting stored = meetings.load(fromTemplate.id());
        assertThat(stored.template()).isFalse();
        assertThat(stored.startsAt()).isEqualTo(autumn);
        assertThat(stored.endsAt()).isEqualTo(autumn.plusHours(4));
        assertThat(stored.title()).isEqualTo(held.title());
        assertThat(meetings.agenda(fromTemplate.id())).extracting(AgendaItem::title)
                .containsExactlyElementsOf(templateAgenda.stream().map(AgendaItem::title).toList());
        assertThat(meetings.load(template.id())).isEqualTo(storedTemplate);
    }

    @Test
    void onlyATemplateMakesAMeetingFromATemplate() {
        Meeting held = heldSession();
        int before = meetings.list().size();

        assertThatThrownBy(() -> followUps.createFromTemplate(held.id(), NOW.plusDays(30)))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.meeting.notTemplate"));
        assertThat(meetings.list()).hasSize(before);
    }

    @Test
    void aQuarterlySeriesIsCreatedInOneStepWithOneSeriesId() {
        Meeting held = heldSession();
        Meeting template = followUps.saveAsTemplate(held.id());

        List<Meeting> series = followUps.createSeries(template.id(), LocalDateTime.of(2019, 1, 31, 10, 0), 4, 3,
                MeetingFollowUps.Step.MONTHS);

        assertThat(series).extracting(Meeting::startsAt).containsExactly(
                LocalDateTime.of(2019, 1, 31, 10, 0), LocalDateTime.of(2019, 4, 30, 10, 0),
                LocalDateTime.of(2019, 7, 31, 10, 0), LocalDateTime.of(2019, 10, 31, 10, 0));
        UUID seriesId = series.get(0).seriesId();
        assertThat(seriesId).isNotNull();
        assertThat(series).allSatisfy(meeting -> {
            Meeting stored = meetings.load(meeting.id());
            assertThat(stored.seriesId()).isEqualTo(seriesId);
            assertThat(stored.template()).isFalse();
            assertThat(stored.status()).isEqualTo(MeetingStatus.GEPLANT);
            assertThat(meetings.agenda(meeting.id())).hasSize(5);
        });
        assertThat(series).extracting(Meeting::number).doesNotHaveDuplicates();
        assertThat(meetings.load(template.id()).seriesId()).isNull();
    }

    @Test
    void aWeeklySeriesFromAMeetingLeavesTheMeetingAlone() {
        Meeting held = heldSession();

        List<Meeting> series = followUps.createSeries(held.id(), LocalDateTime.of(2019, 3, 26, 10, 0), 3, 2,
                MeetingFollowUps.Step.WEEKS);

        assertThat(series).extracting(Meeting::startsAt).containsExactly(LocalDateTime.of(2019, 3, 26, 10, 0),
                LocalDateTime.of(2019, 4, 9, 10, 0), LocalDateTime.of(2019, 4, 23, 10, 0));
        assertThat(meetings.load(held.id())).isEqualTo(held);
    }

    @Test
    void aSeriesOutsideItsLimitsIsRefusedAndNothingIsSaved() {
        Meeting held = heldSession();
        int before = meetings.list().size();

        assertThatThrownBy(() -> followUps.createSeries(held.id(), NOW, 0, 3, MeetingFollowUps.Step.MONTHS))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("count");
                    assertThat(e.key()).isEqualTo("validation.series.count");
                });
        assertThatThrownBy(() -> followUps.createSeries(held.id(), NOW, 4, 0, MeetingFollowUps.Step.WEEKS))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("every");
                    assertThat(e.key()).isEqualTo("validation.series.every");
                });
        assertThatThrownBy(() -> followUps.createSeries(held.id(), null, 4, 3, MeetingFollowUps.Step.MONTHS))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.required"));
        assertThat(meetings.list()).hasSize(before);
    }

    /**
     * The session of 12 March 2019, held: TOP 1 decided, TOP 2 adjourned, TOP 3 not reached,
     * TOP 4 (VS-NfD) not reached, TOP 5 noted.
     */
    private Meeting heldSession() {
        List<Participant> participants = List.of(participant(soeder, ParticipantRole.TEILNAHME),
                participant(laschet, ParticipantRole.VERTRETUNG));
        Meeting meeting = fixtures.meeting("Gemeinsame Kabinettssitzung", SESSION, Classification.OFFEN,
                List.of(soeder.id(), laschet.id()), participants);
        UUID initiative = fixtures.initiative("Digitale Verwaltung gemeinsam");
        fixtures.decide(fixtures.addItem(meeting, "Beschlossen", Classification.OFFEN, Set.of(initiative)),
                AgendaOutcome.BESCHLOSSEN);
        fixtures.decide(fixtures.addItem(meeting, "Vertagt", Classification.OFFEN, Set.of(initiative)),
                AgendaOutcome.VERTAGT);
        fixtures.addItem(meeting, "Nicht erreicht", Classification.OFFEN, Set.of());
        fixtures.addItem(meeting, "Vertraulich", Classification.VS_NFD, Set.of());
        fixtures.decide(fixtures.addItem(meeting, "Zur Kenntnis", Classification.OFFEN, Set.of()),
                AgendaOutcome.ZUR_KENNTNIS);
        Meeting invited = meetings.save(meetings.load(meeting.id()).withStatus(MeetingStatus.EINGELADEN, null));
        return meetings.save(invited.withStatus(MeetingStatus.DURCHGEFUEHRT, null));
    }
}
