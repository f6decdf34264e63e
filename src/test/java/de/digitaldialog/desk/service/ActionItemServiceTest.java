package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Deadline;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.FollowUpFilter;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.OpenOptions;
import de.digitaldialog.desk.testsupport.ActionItemExamples;
import de.digitaldialog.desk.testsupport.TestCredentials;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Beschlusskontrolle on a real database, with the examples of {@link ActionItemExamples}. */
class ActionItemServiceTest {

    private static final Set<ActionItemStatus> EVERY_STATUS = Set.of(ActionItemStatus.values());

    @TempDir
    Path folder;

    private Workspace workspace;
    private ActionItemService actionItems;
    private ActionItemExamples examples;
    private Meeting cabinet;
    private ActionItem overdue;
    private ActionItem dueSoon;
    private ActionItem onInitiative;
    private ActionItem done;
    private AgendaItem inputOwed;

    @BeforeEach
    void open() {
        openWorkspace();
        examples = new ActionItemExamples(workspace);
        cabinet = examples.cabinet;
        overdue = examples.overdue;
        dueSoon = examples.dueSoon;
        onInitiative = examples.onInitiative;
        done = examples.done;
        inputOwed = examples.inputOwed;
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
        try (Database database = Database.open(folder, OpenOptions.STANDARD, TestCredentials.of(folder))) {
            database.inTransaction(store -> {
                store.meetings().delete(store.meetings().findById(cabinet.id()).orElseThrow(),
                        new Actor("Test", null, installation, ActionItemExamples.CLOCK.instant()));
                return null;
            });
        }
        openWorkspace();

        assertThat(ids(FollowUpFilter.ALL)).containsExactly(done.id(), onInitiative.id());
        assertThat(actionItems.upcomingDeadlines()).extracting(Deadline::id).containsExactly(inputOwed.id());
    }

    private void openWorkspace() {
        workspace = Workspace.open(folder, ActionItemExamples.CLOCK);
        actionItems = workspace.actionItems();
    }

    private List<UUID> ids(FollowUpFilter filter) {
        return actionItems.list(filter).stream().map(row -> row.item().id()).toList();
    }

    private static FollowUpFilter filter(UUID ministry, String land, String themeArea, Set<ActionItemStatus> statuses,
                                         String text) {
        return new FollowUpFilter(ministry, land, themeArea, statuses, text);
    }

    private UUID ministry(String land, String abbreviation) {
        return examples.ministry(land, abbreviation);
    }
}
