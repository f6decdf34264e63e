package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.Decision;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.Ministry;
import java.nio.file.Path;
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

class AgendaItemRepositoryTest {

    @TempDir
    Path folder;

    private final Actor actor = new Actor("Test User", null, new UUID(0, 0), Instant.now());
    private Database database;
    private Meeting meeting;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        UUID format = database.read(store -> store.meetingFormats().findByCode("GEMEINSAME_KABINETTSSITZUNG"))
                .orElseThrow().id();
        LocalDateTime start = LocalDateTime.of(2019, 3, 12, 10, 0);
        meeting = database.inTransaction(store -> store.meetings().save(new Meeting(UUID.randomUUID(),
                "SIT-TST-0001", format, "Gemeinsame Kabinettssitzung", MeetingMode.PRAESENZ, start,
                start.plusHours(4), "Residenz München", null, null, List.of(), null, null, null, null, null,
                List.of(), Set.of(), 0, null, false, null, null, null), actor));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void roundTripsFieldsLinkedInitiativesAndDecisionsInOrder() {
        UUID egov = database.read(store -> store.themeAreas().findByCode("EGOV")).orElseThrow().id();
        UUID stmd = ministry(Land.BAVARIA, "StMD");
        UUID initiative = initiative(stmd);
        AgendaItem draft = new AgendaItem(UUID.randomUUID(), meeting.id(), "3", 2,
                "Digitalisierung: Start des Digitaldialogs", egov, stmd, null, 90, "Hintergrund", "Beschlussvorschlag",
                "Sprechpunkte", LocalDate.of(2019, 3, 5), ministry(Land.NORTH_RHINE_WESTPHALIA, "MWIDE"),
                Instant.parse("2019-03-04T16:30:00Z"), AgendaOutcome.BESCHLOSSEN, Classification.VS_NFD,
                Set.of(initiative), List.of(decision("Start des Digitaldialogs", initiative),
                        decision("Acht Themenfelder", null)), null);

        AgendaItem saved = database.inTransaction(store -> store.agendaItems().save(draft, actor));
        AgendaItem loaded = database.read(store -> store.agendaItems().findById(draft.id())).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*audit").isEqualTo(draft);
        assertThat(loaded.audit().version()).isEqualTo(saved.audit().version()).isZero();
        assertThat(loaded.decisions()).extracting(Decision::text)
                .containsExactly("Start des Digitaldialogs", "Acht Themenfelder");
        assertThat(loaded.initiativeIds()).containsExactly(initiative);
    }

    @Test
    void decisionsAreKeptByIdAndRemovedOnesLeaveATombstone() {
        Decision a = decision("A", null);
        Decision b = decision("B", null);
        Decision c = decision("C", null);
        AgendaItem saved = database.inTransaction(store -> store.agendaItems().save(item("1", 0, List.of(a, b, c)),
                actor));
        Decision storedA = saved.decisions().get(0);
        Decision storedC = saved.decisions().get(2);
        Decision d = decision("D", null);

        AgendaItem edited = withDecisions(saved, List.of(storedA,
                new Decision(c.id(), "C geändert", null, Classification.OFFEN, storedC.audit()), d));
        database.inTransaction(store -> store.agendaItems().save(edited, actor));
        AgendaItem loaded = database.read(store -> store.agendaItems().findById(saved.id())).orElseThrow();

        assertThat(loaded.decisions()).extracting(Decision::text).containsExactly("A", "C geändert", "D");
        assertThat(loaded.decisions()).extracting(decision -> decision.audit().version()).containsExactly(0, 1, 0);
        assertThat(loaded.audit().version()).isEqualTo(1);
        assertThat(rowCounts()).containsEntry("decision", 4L);
    }

    @Test
    void theAgendaComesInPositionOrderWithoutDeletedItems() {
        database.inTransaction(store -> {
            store.agendaItems().save(item("3", 2, List.of()), actor);
            store.agendaItems().save(item("1", 0, List.of(decision("Beschluss", null))), actor);
            store.agendaItems().save(item("2", 1, List.of()), actor);
            store.agendaItems().delete(store.agendaItems().save(item("4", 3, List.of()), actor), actor);
            return null;
        });

        List<AgendaItem> agenda = database.read(store -> store.agendaItems().findByMeeting(meeting.id()));

        assertThat(agenda).extracting(AgendaItem::number).containsExactly("1", "2", "3");
        assertThat(agenda.get(0).decisions()).extracting(Decision::text).containsExactly("Beschluss");
        assertThat(agenda.get(1).decisions()).isEmpty();
        assertThat(numbersInUse())
                .containsExactlyInAnyOrder("1", "2", "3", "4");
    }

    @Test
    void aStaleUpdateIsRefused() {
        AgendaItem saved = database.inTransaction(store -> store.agendaItems().save(item("1", 0, List.of()), actor));
        database.inTransaction(store -> store.agendaItems().save(withDecisions(saved, List.of(decision("X", null))),
                actor));

        assertThatThrownBy(() -> database.inTransaction(store -> store.agendaItems().save(saved, actor)))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    private AgendaItem item(String number, int position, List<Decision> decisions) {
        return new AgendaItem(UUID.randomUUID(), meeting.id(), number, position, "TOP " + number, null, null, null,
                30, null, null, null, null, null, null, null, null, Set.of(), decisions, null);
    }

    private static AgendaItem withDecisions(AgendaItem item, List<Decision> decisions) {
        return new AgendaItem(item.id(), item.meetingId(), item.number(), item.position(), item.title(),
                item.themeAreaId(), item.presenterMinistryId(), item.presenterPersonId(), item.plannedMinutes(),
                item.background(), item.proposedDecision(), item.talkingPoints(), item.inputDeadline(),
                item.inputOwnerMinistryId(), item.inputReceivedAt(), item.outcome(), item.classification(),
                item.initiativeIds(), decisions, item.audit());
    }

    private static Decision decision(String text, UUID initiative) {
        return new Decision(UUID.randomUUID(), text, initiative, Classification.OFFEN, null);
    }

    private UUID initiative(UUID leadMinistry) {
        UUID bavaria = database.read(store -> store.lands().findAll()).stream()
                .filter(land -> land.code().equals(Land.BAVARIA)).findFirst().orElseThrow().id();
        return database.inTransaction(store -> store.initiatives().save(new Initiative(UUID.randomUUID(),
                "INI-TST-0001", "OZG-Umsetzung", null, Set.of(), Map.of(bavaria, leadMinistry), Set.of(), Set.of(),
                Set.of(), Arena.BILATERAL, InitiativeStatus.IDEE, null, null, null, null, null, null, null, null,
                List.of(), null), actor)).id();
    }

    private UUID ministry(String landCode, String abbreviation) {
        UUID land = database.read(store -> store.lands().findAll()).stream()
                .filter(l -> l.code().equals(landCode)).findFirst().orElseThrow().id();
        return database.read(store -> store.ministries().findAll()).stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals(abbreviation))
                .map(Ministry::id).findFirst().orElseThrow();
    }

    private Set<String> numbersInUse() {
        return database.read(store -> store.agendaItems().numbersInUse(meeting.id()));
    }

    private Map<String, Long> rowCounts() {
        return database.read(store -> store.statistics().rowCounts());
    }
}
