package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.Ministry;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionItemRepositoryTest {

    @TempDir
    Path folder;

    private final Actor actor = new Actor("Test User", null, new UUID(0, 0), Instant.now());
    private Database database;
    private AgendaItem top1;
    private AgendaItem top2;
    private UUID stmd;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        UUID format = database.read(store -> store.meetingFormats().findByCode("RESSORTGESPRAECH")).orElseThrow().id();
        UUID bavaria = database.read(store -> store.lands().findAll()).stream()
                .filter(land -> land.code().equals(Land.BAVARIA)).findFirst().orElseThrow().id();
        stmd = database.read(store -> store.ministries().findAll()).stream()
                .filter(m -> m.landId().equals(bavaria) && m.abbreviation().equals("StMD"))
                .map(Ministry::id).findFirst().orElseThrow();
        LocalDateTime start = LocalDateTime.of(2019, 6, 4, 10, 0);
        Meeting meeting = database.inTransaction(store -> store.meetings().save(new Meeting(UUID.randomUUID(),
                "SIT-TST-0001", format, "Ressortgespräch", MeetingMode.HYBRID, start, start.plusHours(3), null, null,
                null, List.of(), null, null, null, null, null, List.of(), Set.of(), 0, null, false, null, null, null),
                actor));
        top1 = database.inTransaction(store -> store.agendaItems().save(agendaItem(meeting, "1", 0), actor));
        top2 = database.inTransaction(store -> store.agendaItems().save(agendaItem(meeting, "2", 1), actor));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void roundTripsAndUpdatesFromTheLoadedVersion() {
        ActionItem draft = actionItem(top1, "Ansprechpartner benennen", LocalDate.of(2019, 4, 30),
                ActionItemStatus.OFFEN);
        database.inTransaction(store -> store.actionItems().save(draft, actor));
        ActionItem loaded = database.read(store -> store.actionItems().findById(draft.id())).orElseThrow();
        assertThat(loaded).usingRecursiveComparison().ignoringFields("audit").isEqualTo(draft);

        ActionItem late = new ActionItem(loaded.id(), loaded.agendaItemId(), loaded.description(),
                loaded.ownerMinistryId(), null, LocalDate.of(2019, 5, 31), ActionItemStatus.IN_ARBEIT,
                "Ressortabstimmung dauert", null, loaded.audit());
        database.inTransaction(store -> store.actionItems().save(late, actor));

        ActionItem reloaded = database.read(store -> store.actionItems().findById(draft.id())).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(ActionItemStatus.IN_ARBEIT);
        assertThat(reloaded.delayReason()).isEqualTo("Ressortabstimmung dauert");
        assertThat(reloaded.audit().version()).isEqualTo(1);
        assertThatThrownBy(() -> database.inTransaction(store -> store.actionItems().save(loaded, actor)))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void findsTheItemsOfOneAgendaItemByDueDate() {
        ActionItem later = actionItem(top1, "Später", LocalDate.of(2019, 9, 1), ActionItemStatus.OFFEN);
        ActionItem undated = actionItem(top1, "Ohne Frist", null, ActionItemStatus.OFFEN);
        ActionItem sooner = actionItem(top1, "Früher", LocalDate.of(2019, 7, 1), ActionItemStatus.ERLEDIGT);
        ActionItem elsewhere = actionItem(top2, "Anderer TOP", LocalDate.of(2019, 7, 1), ActionItemStatus.OFFEN);
        saveAll(later, undated, sooner, elsewhere);

        assertThat(itemsOf(top1))
                .extracting(ActionItem::id).containsExactly(sooner.id(), later.id(), undated.id());
    }

    @Test
    void openItemsAreThoseNotDoneOfLiveAgendaItemsSoonestFirst() {
        ActionItem may = actionItem(top1, "Mai", LocalDate.of(2019, 5, 1), ActionItemStatus.OFFEN);
        ActionItem april = actionItem(top1, "April", LocalDate.of(2019, 4, 1), ActionItemStatus.IN_ARBEIT);
        ActionItem done = actionItem(top1, "Erledigt", LocalDate.of(2019, 3, 1), ActionItemStatus.ERLEDIGT);
        ActionItem undated = actionItem(top1, "Ohne Frist", null, ActionItemStatus.OFFEN);
        ActionItem ofDeletedTop = actionItem(top2, "Gestrichener TOP", LocalDate.of(2019, 3, 2),
                ActionItemStatus.OFFEN);
        saveAll(may, april, done, undated, ofDeletedTop);
        database.inTransaction(store -> {
            store.agendaItems().delete(top2, actor);
            return null;
        });

        assertThat(openItems())
                .extracting(ActionItem::id).containsExactly(april.id(), may.id(), undated.id());
    }

    @Test
    void anItemOfAnAgendaItemThatDoesNotExistComesBackAsAConstraintError() {
        ActionItem orphan = new ActionItem(UUID.randomUUID(), UUID.randomUUID(), "Ohne TOP", stmd, null, null, null,
                null, null, null);

        assertThatThrownBy(() -> database.inTransaction(store -> store.actionItems().save(orphan, actor)))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("constraint.fk_action_item_agenda_item"));
    }

    private void saveAll(ActionItem... items) {
        database.inTransaction(store -> {
            for (ActionItem item : items) {
                store.actionItems().save(item, actor);
            }
            return null;
        });
    }

    private ActionItem actionItem(AgendaItem top, String description, LocalDate due, ActionItemStatus status) {
        return new ActionItem(UUID.randomUUID(), top.id(), description, stmd, null, due, status, null, null, null);
    }

    private static AgendaItem agendaItem(Meeting meeting, String number, int position) {
        return new AgendaItem(UUID.randomUUID(), meeting.id(), number, position, "TOP " + number, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of(), List.of(), null);
    }

    private List<ActionItem> itemsOf(AgendaItem top) {
        return database.read(store -> store.actionItems().findByAgendaItem(top.id()));
    }

    private List<ActionItem> openItems() {
        return database.read(store -> store.actionItems().findOpen());
    }
}
