package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Attachment;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Decision;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingServiceTest {

    /** "Now" in these tests: two days before the joint cabinet session of 12 March 2019. */
    private static final LocalDateTime NOW = LocalDateTime.of(2019, 3, 10, 12, 0);

    @TempDir
    Path folder;

    private Workspace workspace;
    private MeetingService meetings;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder, Clock.fixed(NOW.atZone(Meeting.ZONE).toInstant(), Meeting.ZONE));
        meetings = workspace.meetings();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aCreatedMeetingGetsTheNextNumberOfThisInstallation() {
        Meeting first = meetings.create(draft(NOW.plusDays(2)));
        Meeting second = meetings.create(draft(NOW.minusDays(5)));

        assertThat(first.number()).isEqualTo("SIT-BY1-0001");
        assertThat(second.number()).isEqualTo("SIT-BY1-0002");
        assertThat(meetings.load(first.id()).number()).isEqualTo("SIT-BY1-0001");
        assertThat(meetings.list()).extracting(MeetingSummary::number).containsExactly("SIT-BY1-0002", "SIT-BY1-0001");
    }

    @Test
    void aMeetingIsFoundByItsNumber() {
        Meeting created = meetings.create(draft(NOW.plusDays(2)));

        assertThat(meetings.findByNumber("sit-by1-0001")).contains(created);
        assertThat(meetings.findByNumber("SIT-BY1-0002")).isEmpty();
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        assertThatThrownBy(() -> meetings.load(UUID.randomUUID()))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("error.notFound"));
    }

    @Test
    void agendaNumbersRunOnWhilePlannedAndTakeALetterOnceInvited() {
        Meeting meeting = meetings.create(draft(NOW.plusDays(2)));
        for (String title : List.of("Zusammenarbeit", "Föderalismus", "Digitalisierung")) {
            meetings.addAgendaItem(meeting.id(), item(meeting, title));
        }
        assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::number).containsExactly("1", "2", "3");

        meetings.save(meetings.load(meeting.id()).withStatus(MeetingStatus.EINGELADEN, null));
        AgendaItem late = meetings.addAgendaItem(meeting.id(), item(meeting, "Nachgereicht"));
        AgendaItem later = meetings.addAgendaItem(meeting.id(), item(meeting, "Noch später"));

        assertThat(late.number()).isEqualTo("3a");
        assertThat(later.number()).isEqualTo("3b");
        List<AgendaItem> agenda = meetings.agenda(meeting.id());
        assertThat(agenda).extracting(AgendaItem::number).containsExactly("1", "2", "3", "3a", "3b");
        assertThat(agenda).extracting(AgendaItem::position).containsExactly(0, 1, 2, 3, 4);
    }

    /** Deletes the TOP as the agenda shows it now (renumbering changes its version). */
    private List<AgendaItem> remove(Meeting meeting, UUID id) {
        AgendaItem shown = meetings.agenda(meeting.id()).stream().filter(item -> item.id().equals(id))
                .findFirst().orElseThrow();
        return meetings.removeAgendaItem(id, shown.audit().version());
    }

    @Test
    void whilePlannedTheNumbersFollowOrderLevelsAndDeletions() {
        Meeting meeting = meetings.create(draft(NOW.plusDays(2)));
        List<UUID> ids = new ArrayList<>();
        for (String title : List.of("Begrüßung", "KI", "Rechenzentren", "Schulen")) {
            ids.add(meetings.addAgendaItem(meeting.id(), item(meeting, title)).id());
        }
        assertThat(numbered(meetings.setSubItem(ids.get(2), true)))
                .containsExactly("1 Begrüßung", "2 KI", "2.1 Rechenzentren", "3 Schulen");
        assertThat(numbered(meetings.moveAgendaItem(ids.get(3), -3)))
                .containsExactly("1 Schulen", "2 Begrüßung", "3 KI", "3.1 Rechenzentren");
        assertThat(numbered(remove(meeting, ids.get(0))))
                .containsExactly("1 Schulen", "2 KI", "2.1 Rechenzentren");
        assertThat(numbered(meetings.setSubItem(ids.get(2), false)))
                .containsExactly("1 Schulen", "2 KI", "3 Rechenzentren");
        assertThat(meetings.addAgendaItem(meeting.id(), item(meeting, "Verschiedenes")).number()).isEqualTo("4");
        assertThatThrownBy(() -> meetings.setSubItem(ids.get(3), true))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.agenda.subItemFirst"));
    }

    @Test
    void onceInvitedTheNumbersStayWhenTheOrderChanges() {
        Meeting meeting = meetings.create(draft(NOW.plusDays(2)));
        AgendaItem first = meetings.addAgendaItem(meeting.id(), item(meeting, "Zusammenarbeit"));
        AgendaItem second = meetings.addAgendaItem(meeting.id(), item(meeting, "Digitalisierung"));
        meetings.save(meetings.load(meeting.id()).withStatus(MeetingStatus.EINGELADEN, null));

        assertThat(numbered(meetings.moveAgendaItem(second.id(), -1)))
                .containsExactly("2 Digitalisierung", "1 Zusammenarbeit");
        assertThatThrownBy(() -> meetings.setSubItem(first.id(), true))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.agenda.numberFrozen"));
        AgendaItem saved = meetings.saveAgendaItem(withNumber(meetings.agenda(meeting.id()).get(1), "7"));
        assertThat(saved.number()).as("a TOP's own save leaves its number").isEqualTo("1");
        assertThat(numbered(remove(meeting, first.id()))).containsExactly("2 Digitalisierung");
        assertThat(meetings.addAgendaItem(meeting.id(), item(meeting, "Nachtrag")).number())
                .as("the deleted TOP keeps its number").isEqualTo("2a");
    }

    @Test
    void anInputDeadlineAfterTheMeetingIsRefusedAndNothingSaved() {
        Meeting meeting = meetings.create(draft(NOW.plusDays(2)));
        AgendaItem late = withDeadline(item(meeting, "Zu spät"), NOW.plusDays(3).toLocalDate());
        assertThatThrownBy(() -> meetings.addAgendaItem(meeting.id(), late))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("inputDeadline");
                    assertThat(e.key()).isEqualTo("validation.agenda.deadlineAfterMeeting");
                });
        assertThat(meetings.agenda(meeting.id())).isEmpty();
        AgendaItem onTime = meetings.addAgendaItem(meeting.id(),
                withDeadline(item(meeting, "Rechtzeitig"), NOW.plusDays(1).toLocalDate()));
        assertThatThrownBy(() -> meetings.saveAgendaItem(withDeadline(onTime, NOW.plusDays(5).toLocalDate())))
                .isInstanceOf(ValidationException.class);
        assertThat(meetings.agenda(meeting.id()).get(0).inputDeadline()).isEqualTo(NOW.plusDays(1).toLocalDate());
    }

    private static List<String> numbered(List<AgendaItem> agenda) {
        return agenda.stream().map(top -> top.number() + " " + top.title()).toList();
    }

    private static AgendaItem withDeadline(AgendaItem item, LocalDate deadline) {
        return new AgendaItem(item.id(), item.meetingId(), item.number(), item.position(), item.title(),
                item.themeAreaId(), item.presenterMinistryId(), item.presenterPersonId(), item.plannedMinutes(),
                item.background(), item.proposedDecision(), item.talkingPoints(), deadline,
                item.inputOwnerMinistryId(), item.inputReceivedAt(), item.outcome(), item.classification(),
                item.initiativeIds(), item.decisions(), item.audit());
    }

    @Test
    void theStatusOnlyMovesAlongTheAllowedSteps() {
        Meeting meeting = meetings.create(draft(NOW.plusDays(2)));

        assertThatThrownBy(() -> meetings.save(meeting.withStatus(MeetingStatus.DURCHGEFUEHRT, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.meeting.statusStep"));
        Meeting cancelled = meetings.save(meeting.withStatus(MeetingStatus.ABGESAGT, "Terminkollision"));
        assertThat(meetings.load(meeting.id()).status()).isEqualTo(MeetingStatus.ABGESAGT);
        assertThat(cancelled.cancelReason()).isEqualTo("Terminkollision");
    }

    @Test
    void minutesAreRecordedFromTheMeetingsStartOn() {
        Meeting upcoming = meetings.create(draft(NOW.plusDays(2)));
        Meeting held = meetings.create(draft(NOW.minusDays(5)));
        Decision decision = new Decision(UUID.randomUUID(), "Start des Digitaldialogs", null, null, null);

        assertThatThrownBy(() -> meetings.addAgendaItem(upcoming.id(), withMinutes(item(upcoming, "Digitalisierung"),
                decision)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.minutes.beforeStart"));
        AgendaItem planned = meetings.addAgendaItem(upcoming.id(), item(upcoming, "Digitalisierung"));
        assertThatThrownBy(() -> meetings.saveActionItem(actionItem(planned)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.minutes.beforeStart"));

        AgendaItem decided = meetings.addAgendaItem(held.id(), withMinutes(item(held, "Digitalisierung"), decision));
        ActionItem followUp = meetings.saveActionItem(actionItem(decided));

        assertThat(meetings.agenda(held.id()).get(0).decisions()).extracting(Decision::text)
                .containsExactly("Start des Digitaldialogs");
        assertThat(meetings.openActionItems()).extracting(ActionItem::id).containsExactly(followUp.id());
    }

    @Test
    void anAttachmentGetsItsSizeAndHashFromItsContent() throws Exception {
        Meeting meeting = meetings.create(draft(NOW.plusDays(2)));
        byte[] content = "Einladung zur gemeinsamen Kabinettssitzung".getBytes(StandardCharsets.UTF_8);

        Attachment attachment = meetings.attach(meeting.id(), null, null, "Einladung.txt", "text/plain", content);

        assertThat(attachment.sizeBytes()).isEqualTo(content.length);
        assertThat(attachment.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(meetings.attachmentContent(attachment.id())).isEqualTo(content);
    }

    private Meeting draft(LocalDateTime start) {
        UUID format = workspace.referenceData().meetingFormats().stream()
                .filter(f -> f.code().equals("GEMEINSAME_KABINETTSSITZUNG")).map(MeetingFormat::id)
                .findFirst().orElseThrow();
        return new Meeting(UUID.randomUUID(), null, format, "Gemeinsame Kabinettssitzung", MeetingMode.PRAESENZ,
                start, start.plusHours(4), "Residenz München", null, null, List.of(), MeetingStatus.GEPLANT, null,
                Classification.OFFEN, null, null, List.of(), Set.of(), 0, null, false, null, null, null);
    }

    private static AgendaItem item(Meeting meeting, String title) {
        return new AgendaItem(UUID.randomUUID(), meeting.id(), null, 0, title, null, null, null, 30, null, null, null,
                null, null, null, null, null, Set.of(), List.of(), null);
    }

    private static AgendaItem withNumber(AgendaItem item, String number) {
        return new AgendaItem(item.id(), item.meetingId(), number, item.position(), item.title(), item.themeAreaId(),
                item.presenterMinistryId(), item.presenterPersonId(), item.plannedMinutes(), item.background(),
                item.proposedDecision(), item.talkingPoints(), item.inputDeadline(), item.inputOwnerMinistryId(),
                item.inputReceivedAt(), item.outcome(), item.classification(), item.initiativeIds(),
                item.decisions(), item.audit());
    }

    private static AgendaItem withMinutes(AgendaItem item, Decision decision) {
        return new AgendaItem(item.id(), item.meetingId(), item.number(), item.position(), item.title(),
                item.themeAreaId(), item.presenterMinistryId(), item.presenterPersonId(), item.plannedMinutes(),
                item.background(), item.proposedDecision(), item.talkingPoints(), item.inputDeadline(),
                item.inputOwnerMinistryId(), item.inputReceivedAt(), AgendaOutcome.BESCHLOSSEN,
                item.classification(), item.initiativeIds(), List.of(decision), item.audit());
    }

    private ActionItem actionItem(AgendaItem top) {
        UUID owner = workspace.referenceData().ministries().stream()
                .filter(m -> m.abbreviation().equals("StMD")).map(Ministry::id).findFirst().orElseThrow();
        return new ActionItem(UUID.randomUUID(), top.id(), "Ansprechpartner benennen", owner, null,
                LocalDate.of(2019, 4, 30), null, null, null, null);
    }
}
