package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Deadline;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.FollowUpFilter;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Beschlusskontrolle on a real database: the action items of two held meetings (one with an
 * overdue item, one with an item on an initiative, one done) and a meeting ahead whose TOPs owe
 * input, on 15 May 2019.
 */
class ActionItemServiceTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2019, 5, 15, 12, 0);
    private static final Set<ActionItemStatus> EVERY_STATUS = Set.of(ActionItemStatus.values());

    @TempDir
    Path folder;

    private Workspace workspace;
    private ActionItemService actionItems;
    private Meeting cabinet;
    private ActionItem overdue;
    private ActionItem dueSoon;
    private ActionItem onInitiative;
    private ActionItem done;
    private AgendaItem inputOwed;

    @BeforeEach
    void open() {
        openWorkspace();
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

        Meeting workshop = meetings.create(meeting("Fachworkshop E-Government", LocalDateTime.of(2019, 5, 28, 10, 0)));
        inputOwed = meetings.addAgendaItem(workshop.id(), top(workshop, "Stand der Nachnutzung", themeArea("EGOV"),
                Set.of(), LocalDate.of(2019, 5, 20), null));
        meetings.addAgendaItem(workshop.id(), top(workshop, "Servicekonten", null, Set.of(),
                LocalDate.of(2019, 5, 21), Instant.parse("2019-05-14T08:00:00Z")));
        meetings.addAgendaItem(workshop.id(), top(workshop, "Ausblick", null, Set.of(), LocalDate.of(2019, 6, 3), null));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theListHoldsTheUnfinishedItemsOfAllMeetingsSoonestDueFirst() {
        List<FollowUp> open = actionItems.list(filter(null, null, null, FollowUpFilter.UNFINISHED, null));

        assertThat(open).extracting(row -> row.item().id())
                .containsExactly(overdue.id(), dueSoon.id(), onInitiative.id());
        FollowUp first = open.get(0);
        assertThat(first.meetingNumber()).isEqualTo(cabinet.number());
        assertThat(first.meetingStartsAt()).isEqualTo(LocalDateTime.of(2019, 3, 12, 10, 0));
        assertThat(first.agendaNumber()).isEqualTo("1");
        assertThat(first.agendaTitle()).isEqualTo("Start des Digitaldialogs");
        assertThat(first.owner()).isEqualTo("StMD");
        assertThat(first.landCode()).isEqualTo("DE-BY");
        assertThat(first.isOverdue(actionItems.today())).isTrue();
        assertThat(open.get(1).owner()).isEqualTo("Dr. Jan Becker (MWIDE)");
        assertThat(open.get(1).isOverdue(actionItems.today())).isFalse();
        assertThat(open.get(2).initiativeNumber()).startsWith("INI-");
        assertThat(open.get(2).themeAreaCodes()).containsExactly("KI");
        assertThat(actionItems.list(FollowUpFilter.ALL)).extracting(row -> row.item().id()).contains(done.id());
    }

    @Test
    void theFiltersNarrowByMinistryLandThemeAreaAndText() {
        assertThat(ids(filter(ministry("DE-BY", "StMD"), null, null, FollowUpFilter.UNFINISHED, null)))
                .containsExactly(overdue.id());
        assertThat(ids(filter(ministry("DE-BY", "StMD"), null, null, EVERY_STATUS, null)))
                .containsExactly(overdue.id(), done.id());
        // a person's Land and ministry are those of the ministry the person works in
        assertThat(ids(filter(null, "DE-NW", null, FollowUpFilter.UNFINISHED, null)))
                .containsExactly(dueSoon.id(), onInitiative.id());
        assertThat(ids(filter(ministry("DE-NW", "MWIDE"), null, null, FollowUpFilter.UNFINISHED, null)))
                .containsExactly(dueSoon.id(), onInitiative.id());
        assertThat(ids(filter(null, null, "EGOV", FollowUpFilter.UNFINISHED, null)))
                .containsExactly(overdue.id(), dueSoon.id());
        // the TOP has no theme area: the linked initiative's counts
        assertThat(ids(filter(null, null, "KI", FollowUpFilter.UNFINISHED, null)))
                .containsExactly(onInitiative.id());
        assertThat(ids(filter(null, null, null, FollowUpFilter.UNFINISHED, "  BECKER ")))
                .containsExactly(dueSoon.id());
        assertThat(ids(filter(null, null, null, Set.of(ActionItemStatus.ERLEDIGT), null)))
                .containsExactly(done.id());
    }

    @Test
    void anOverdueItemMovesOnlyWithAReasonForTheDelay() {
        assertThatThrownBy(() -> actionItems.update(overdue, ActionItemStatus.IN_ARBEIT, LocalDate.of(2019, 6, 30),
                "   "))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("delayReason");
                    assertThat(e.key()).isEqualTo("validation.actionItem.delayReason");
                });
        ActionItem unchanged = workspace.meetings().openActionItems().get(0);
        assertThat(unchanged).isEqualTo(overdue);

        ActionItem moved = actionItems.update(overdue, ActionItemStatus.IN_ARBEIT, LocalDate.of(2019, 6, 30),
                "Abstimmung mit NRW dauert an");

        FollowUp stored = actionItems.list(FollowUpFilter.ALL).stream()
                .filter(row -> row.item().id().equals(overdue.id())).findFirst().orElseThrow();
        assertThat(stored.item().status()).isEqualTo(ActionItemStatus.IN_ARBEIT);
        assertThat(stored.item().dueDate()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(stored.item().delayReason()).isEqualTo("Abstimmung mit NRW dauert an");
        assertThat(stored.item().audit().version()).isEqualTo(moved.audit().version())
                .isGreaterThan(overdue.audit().version());
        assertThat(stored.isOverdue(actionItems.today())).isFalse();
    }

    @Test
    void aDoneItemLeavesTheOpenListAndAnItemOnTimeNeedsNoReason() {
        actionItems.update(dueSoon, ActionItemStatus.ERLEDIGT, dueSoon.dueDate(), null);

        assertThat(ids(filter(null, null, null, FollowUpFilter.UNFINISHED, null)))
                .containsExactly(overdue.id(), onInitiative.id());
        assertThat(ids(FollowUpFilter.ALL)).contains(dueSoon.id());
        assertThat(actionItems.upcomingDeadlines()).extracting(Deadline::id).doesNotContain(dueSoon.id());
    }

    @Test
    void theDeadlinesOfTheNextFourteenDaysAreInputsOwedAndItemsDueOrOverdue() {
        List<Deadline> deadlines = actionItems.upcomingDeadlines();

        assertThat(deadlines).extracting(Deadline::id).containsExactly(overdue.id(), inputOwed.id(), dueSoon.id());
        assertThat(deadlines).extracting(Deadline::kind)
                .containsExactly(Deadline.Kind.ACTION_ITEM, Deadline.Kind.INPUT, Deadline.Kind.ACTION_ITEM);
        Deadline input = deadlines.get(1);
        assertThat(input.date()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(input.owner()).isEqualTo("StMD");
        assertThat(input.subject()).isEqualTo("Stand der Nachnutzung");
        assertThat(deadlines.get(0).isOverdue(actionItems.today())).isTrue();
    }

    @Test
    void theItemsOfADeletedMeetingAreGone() {
        UUID installation = workspace.settings().localInstallation().id();
        workspace.close();
        try (Database database = Database.open(folder)) {
            database.inTransaction(store -> {
                store.meetings().delete(store.meetings().findById(cabinet.id()).orElseThrow(),
                        new Actor("Test", null, installation, NOW.atZone(Meeting.ZONE).toInstant()));
                return null;
            });
        }
        openWorkspace();

        assertThat(ids(FollowUpFilter.ALL)).containsExactly(done.id(), onInitiative.id());
        assertThat(actionItems.upcomingDeadlines()).extracting(Deadline::id).containsExactly(inputOwed.id());
    }

    private void openWorkspace() {
        workspace = Workspace.open(folder, Clock.fixed(NOW.atZone(Meeting.ZONE).toInstant(), Meeting.ZONE));
        actionItems = workspace.actionItems();
    }

    private List<UUID> ids(FollowUpFilter filter) {
        return actionItems.list(filter).stream().map(row -> row.item().id()).toList();
    }

    private static FollowUpFilter filter(UUID ministry, String land, String themeArea, Set<ActionItemStatus> statuses,
                                         String text) {
        return new FollowUpFilter(ministry, land, themeArea, statuses, text);
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

    private UUID ministry(String land, String abbreviation) {
        UUID landId = land(land);
        return workspace.referenceData().ministries().stream()
                .filter(m -> m.landId().equals(landId) && m.abbreviation().equals(abbreviation))
                .map(Ministry::id).findFirst().orElseThrow();
    }

    private UUID land(String code) {
        return workspace.referenceData().lands().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow().id();
    }

    private UUID themeArea(String code) {
        return workspace.referenceData().themeAreas().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow().id();
    }
}
