package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.domain.ValidationException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingRepositoryTest {

    private static final LocalDateTime MARCH_12 = LocalDateTime.of(2019, 3, 12, 10, 0);

    @TempDir
    Path folder;

    private final Actor actor = new Actor("Test User", null, new UUID(0, 0), Instant.now());
    private Database database;
    private int numbers;

    @BeforeEach
    void open() {
        database = Database.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void roundTripsChairsInOrderParticipantsWithRolesAndInvitedLaender() {
        UUID soeder = person("Markus", "Söder", ministry("DE-BY", "StK"));
        UUID laschet = person("Armin", "Laschet", ministry("DE-NW", "StK NRW"));
        Meeting draft = meeting("Gemeinsame Kabinettssitzung", MARCH_12, List.of(soeder, laschet), List.of(
                        new Participant(UUID.randomUUID(), soeder, null, ParticipantRole.TEILNAHME, null),
                        new Participant(UUID.randomUUID(), null, ministry("DE-BY", "StMD"), ParticipantRole.VERTRETUNG,
                                null),
                        new Participant(UUID.randomUUID(), laschet, ministry("DE-NW", "StK NRW"), ParticipantRole.GAST,
                                null),
                        new Participant(UUID.randomUUID(), null, ministry("DE-BY", "StK"), ParticipantRole.PROTOKOLL,
                                null)),
                Set.of(land("DE-BW"), land(Land.FEDERATION)));

        Meeting saved = database.inTransaction(store -> store.meetings().save(draft, actor));
        Meeting loaded = find(draft.id()).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().ignoringFields("audit", "participants").isEqualTo(draft);
        assertThat(loaded.chairPersonIds()).containsExactly(soeder, laschet);
        assertThat(loaded.startsAt()).isEqualTo(MARCH_12);
        assertThat(loaded.participants()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("audit")
                .containsExactlyInAnyOrderElementsOf(saved.participants());
        assertThat(loaded.participants()).extracting(Participant::role).containsExactlyInAnyOrder(
                ParticipantRole.TEILNAHME, ParticipantRole.VERTRETUNG, ParticipantRole.GAST, ParticipantRole.PROTOKOLL);
        assertThat(loaded.audit().version()).isZero();
        assertThat(loaded.audit().createdBy()).isEqualTo("Test User");
    }

    @Test
    void anUpdateReplacesLinksAndKeepsParticipantsById() {
        UUID soeder = person("Markus", "Söder", ministry("DE-BY", "StK"));
        UUID laschet = person("Armin", "Laschet", ministry("DE-NW", "StK NRW"));
        Participant staying = new Participant(UUID.randomUUID(), soeder, null, ParticipantRole.TEILNAHME, null);
        Participant changing = new Participant(UUID.randomUUID(), laschet, null, ParticipantRole.GAST, null);
        Participant leaving = new Participant(UUID.randomUUID(), null, ministry("DE-BY", "StMD"),
                ParticipantRole.VERTRETUNG, null);
        Meeting saved = database.inTransaction(store -> store.meetings().save(meeting("Kabinett", MARCH_12,
                List.of(soeder, laschet), List.of(staying, changing, leaving), Set.of(land("DE-BW"))), actor));

        Participant stayed = saved.participants().get(0);
        Participant changed = saved.participants().get(1);
        Participant joining = new Participant(UUID.randomUUID(), null, ministry("DE-NW", "StK NRW"),
                ParticipantRole.TEILNAHME, null);
        Meeting edited = rebuild(saved, "Kabinett (geändert)", List.of(laschet, soeder), List.of(stayed,
                new Participant(changed.id(), laschet, null, ParticipantRole.TEILNAHME, changed.audit()), joining),
                Set.of(land("DE-HE")), null);
        database.inTransaction(store -> store.meetings().save(edited, actor));
        Meeting loaded = find(saved.id()).orElseThrow();

        assertThat(loaded.title()).isEqualTo("Kabinett (geändert)");
        assertThat(loaded.audit().version()).isEqualTo(1);
        assertThat(loaded.chairPersonIds()).containsExactly(laschet, soeder);
        assertThat(loaded.invitedLandIds()).containsExactly(land("DE-HE"));
        assertThat(loaded.participants()).extracting(Participant::id)
                .containsExactlyInAnyOrder(staying.id(), changing.id(), joining.id());
        assertThat(version(loaded, staying)).isZero();
        assertThat(version(loaded, changing)).isEqualTo(1);
        assertThat(version(loaded, joining)).isZero();
        // the removed participant stays as a tombstone, so a merge learns it is gone
        assertThat(rowCounts()).containsEntry("meeting_participant", 4L);
    }

    @Test
    void aStaleUpdateIsRefused() {
        Meeting saved = database.inTransaction(store -> store.meetings().save(
                meeting("Kabinett", MARCH_12, List.of(), List.of(), Set.of()), actor));
        database.inTransaction(store -> store.meetings().save(
                rebuild(saved, "Erste Änderung", List.of(), List.of(), Set.of(), null), actor));

        assertThatThrownBy(() -> database.inTransaction(store -> store.meetings().save(
                rebuild(saved, "Zweite Änderung", List.of(), List.of(), Set.of(), null), actor)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(find(saved.id()).orElseThrow().title())
                .isEqualTo("Erste Änderung");
    }

    @Test
    void anEndBeforeTheStartIsRefusedByTheDomain() {
        assertThatThrownBy(() -> new Meeting(UUID.randomUUID(), null, format("FACHWORKSHOP"), "Workshop",
                MeetingMode.VIDEO, MARCH_12, MARCH_12.minusHours(1), null, null, null, List.of(), null, null, null,
                null, null, List.of(), Set.of(), 0, null, false, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("endsAt");
                    assertThat(e.key()).isEqualTo("validation.meeting.endBeforeStart");
                });
    }

    @Test
    void aRuleOnlyTheDatabaseKnowsComesBackAsAConstraintError() {
        // only a cancelled meeting may carry a cancellation reason: the record lets it through
        Meeting planned = rebuild(meeting("Kabinett", MARCH_12, List.of(), List.of(), Set.of()), "Kabinett",
                List.of(), List.of(), Set.of(), "verschoben");

        assertThatThrownBy(() -> database.inTransaction(store -> store.meetings().save(planned, actor)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.key()).startsWith("constraint.");
                    assertThat(e.key()).isEqualTo("constraint.ck_meeting_cancel_reason");
                });
        assertThat(find(planned.id())).isEmpty();
    }

    @Test
    void summariesComeByStartWithFormatHostAndLiveAgendaItemCount() {
        Meeting later = database.inTransaction(store -> store.meetings().save(
                meeting("Ressortgespräch", MARCH_12.plusMonths(3), List.of(), List.of(), Set.of()), actor));
        Meeting earlier = database.inTransaction(store -> store.meetings().save(
                meeting("Kabinett", MARCH_12, List.of(), List.of(), Set.of()), actor));
        database.inTransaction(store -> {
            store.agendaItems().save(agendaItem(earlier, "1", 0), actor);
            store.agendaItems().save(agendaItem(earlier, "2", 1), actor);
            store.agendaItems().delete(store.agendaItems().save(agendaItem(earlier, "3", 2), actor), actor);
            return null;
        });

        List<MeetingSummary> summaries = summaries();

        assertThat(summaries).extracting(MeetingSummary::id).containsExactly(earlier.id(), later.id());
        MeetingSummary first = summaries.get(0);
        assertThat(first.number()).isEqualTo(earlier.number());
        assertThat(first.formatName().de()).isEqualTo("Gemeinsame Kabinettssitzung");
        assertThat(first.formatName().en()).isEqualTo("Joint cabinet session");
        assertThat(first.formatColor()).startsWith("#");
        assertThat(first.hostLandCode()).isEqualTo(Land.BAVARIA);
        assertThat(first.startsAt()).isEqualTo(MARCH_12);
        assertThat(first.status()).isEqualTo(MeetingStatus.GEPLANT);
        assertThat(first.agendaItemCount()).isEqualTo(2);
        assertThat(summaries.get(1).agendaItemCount()).isZero();
    }

    @Test
    void aDeletedMeetingLeavesATombstoneAndDisappearsFromLists() {
        Meeting saved = database.inTransaction(store -> store.meetings().save(
                meeting("Kabinett", MARCH_12, List.of(), List.of(), Set.of()), actor));

        database.inTransaction(store -> {
            store.meetings().delete(saved, actor);
            return null;
        });

        assertThat(find(saved.id())).isEmpty();
        assertThat(summaries()).isEmpty();
        assertThat(rowCounts()).containsEntry("meeting", 1L);
    }

    @Test
    void aNumberFindsItsMeetingInAnyCaseUntilItIsDeleted() {
        Meeting saved = database.inTransaction(store -> store.meetings().save(
                meeting("Kabinett", MARCH_12, List.of(), List.of(), Set.of()), actor));

        assertThat(findByNumber(saved.number().toLowerCase())).isPresent().isEqualTo(find(saved.id()));
        assertThat(findByNumber("SIT-TST-9999")).isEmpty();

        database.inTransaction(store -> {
            store.meetings().delete(saved, actor);
            return null;
        });
        assertThat(findByNumber(saved.number())).isEmpty();
    }

    private Meeting meeting(String title, LocalDateTime start, List<UUID> chairs, List<Participant> participants,
                            Set<UUID> invited) {
        return new Meeting(UUID.randomUUID(), String.format("SIT-TST-%04d", ++numbers),
                format("GEMEINSAME_KABINETTSSITZUNG"), title, MeetingMode.PRAESENZ, start, start.plusHours(4),
                "Residenz München", null, land(Land.BAVARIA), chairs, MeetingStatus.GEPLANT, null,
                Classification.OFFEN, "B II 3 – 1402/2019", "Notizen", participants, invited, 0, null, false, null,
                null, null);
    }

    private static Meeting rebuild(Meeting m, String title, List<UUID> chairs, List<Participant> participants,
                                   Set<UUID> invited, String cancelReason) {
        return new Meeting(m.id(), m.number(), m.formatId(), title, m.mode(), m.startsAt(), m.endsAt(), m.place(),
                m.videoLink(), m.hostLandId(), chairs, m.status(), cancelReason, m.classification(),
                m.fileReference(), m.notes(), participants, invited, m.icalSequence(), m.icalExportedVersion(),
                m.template(), m.predecessorId(), m.seriesId(), m.audit());
    }

    private static AgendaItem agendaItem(Meeting meeting, String number, int position) {
        return new AgendaItem(UUID.randomUUID(), meeting.id(), number, position, "TOP " + number, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of(), List.of(), null);
    }

    private static int version(Meeting meeting, Participant participant) {
        return meeting.participants().stream().filter(p -> p.id().equals(participant.id())).findFirst()
                .orElseThrow().audit().version();
    }

    private UUID person(String firstName, String lastName, UUID ministry) {
        return database.inTransaction(store -> store.persons().insert(new Person(UUID.randomUUID(), Salutation.HERR,
                null, firstName, lastName, "Ministerpräsident", 1, ministry, null, null, null),
                "PER-BY1-" + lastName, actor)).id();
    }

    private UUID land(String code) {
        return database.read(store -> store.lands().findAll()).stream().filter(land -> land.code().equals(code))
                .findFirst().orElseThrow().id();
    }

    private UUID ministry(String landCode, String abbreviation) {
        UUID land = land(landCode);
        return database.read(store -> store.ministries().findAll()).stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals(abbreviation))
                .map(Ministry::id).findFirst().orElseThrow();
    }

    private UUID format(String code) {
        return database.read(store -> store.meetingFormats().findByCode(code)).orElseThrow().id();
    }

    private Optional<Meeting> findByNumber(String number) {
        return database.read(store -> store.meetings().findByNumber(number));
    }

    private Optional<Meeting> find(UUID id) {
        return database.read(store -> store.meetings().findById(id));
    }

    private List<MeetingSummary> summaries() {
        return database.read(store -> store.meetings().findSummaries());
    }

    private Map<String, Long> rowCounts() {
        return database.read(store -> store.statistics().rowCounts());
    }
}
