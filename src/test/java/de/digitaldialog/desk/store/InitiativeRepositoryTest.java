package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.domain.TrafficLight;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Initiatives with all their links and milestones on a real H2 file database. */
class InitiativeRepositoryTest {

    @TempDir
    Path folder;

    private Database database;
    private final Actor actor = new Actor("Test User", null, Installation.SYSTEM,
            Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private final Actor later = new Actor("Other User", null, Installation.SYSTEM, actor.at().plusSeconds(60));

    @BeforeEach
    void open() {
        database = Database.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aFullInitiativeRoundTrips() {
        Initiative draft = fullInitiative("INI-TST-0001", person("Schmidt"), person("Becker"));

        Initiative saved = database.inTransaction(store -> store.initiatives().save(draft, actor));
        Initiative read = find(draft.id()).orElseThrow();

        assertThat(read).isEqualTo(saved);
        assertThat(read).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*audit").isEqualTo(draft);
        assertThat(read.milestones()).extracting(Milestone::title).containsExactly("Eckpunkte", "Kabinettsvorlage");
        assertThat(read.leadMinistryByLand()).hasSize(2);
        assertThat(read.audit().version()).isZero();
        assertThat(read.audit().createdBy()).isEqualTo("Test User");
    }

    @Test
    void anUpdateReplacesLinksAndReordersMilestonesLeavingATombstoneForARemovedOne() {
        Initiative saved = database.inTransaction(store -> store.initiatives().save(
                fullInitiative("INI-TST-0001"), actor));
        Milestone first = saved.milestones().get(0);
        Milestone second = saved.milestones().get(1);
        Milestone added = new Milestone(UUID.randomUUID(), "Umsetzungsbericht", LocalDate.of(2021, 6, 30), false,
                null, null);
        Initiative edited = with(saved, "Neuer Titel", Set.of(theme("CYBER")), List.of(added, second));

        database.inTransaction(store -> store.initiatives().save(edited, later));

        Initiative read = find(saved.id()).orElseThrow();
        assertThat(read.title()).isEqualTo("Neuer Titel");
        assertThat(read.themeAreaIds()).containsExactly(theme("CYBER"));
        assertThat(read.milestones()).extracting(Milestone::title).containsExactly("Umsetzungsbericht",
                "Kabinettsvorlage");
        assertThat(read.audit().version()).isEqualTo(1);
        assertThat(rows("milestone")).isEqualTo(3L);
        assertThat(read.milestones()).extracting(Milestone::id).doesNotContain(first.id());
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndChangesNothing() {
        Initiative saved = database.inTransaction(store -> store.initiatives().save(
                fullInitiative("INI-TST-0001"), actor));
        Initiative current = database.inTransaction(store -> store.initiatives().save(
                with(saved, "Von anderer Seite geändert", saved.themeAreaIds(), saved.milestones()), later));

        Initiative stale = with(saved, "Veraltet", Set.of(theme("MOBIL")), List.of());
        assertThatThrownBy(() -> database.inTransaction(store -> store.initiatives().save(stale, actor)))
                .isInstanceOf(ConcurrentChangeException.class);

        Initiative read = find(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(current);
    }

    @Test
    void aLeadMinistryOfTheWrongLandIsRefusedByTheDatabase() {
        Initiative base = fullInitiative("INI-TST-0001");
        Initiative wrongLead = new Initiative(base.id(), base.number(), base.title(), null, Set.of(),
                Map.of(land("DE-BY"), ministry("DE-NW", "MWIDE")), Set.of(), Set.of(), Set.of(), Arena.BILATERAL,
                InitiativeStatus.IDEE, null, null, null, null, null, null, null, null, List.of(), null);

        assertThatThrownBy(() -> database.inTransaction(store -> store.initiatives().save(wrongLead, actor)))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).startsWith("constraint.")
                                .isEqualTo("constraint.fk_initiative_lead_ministry_of_land"));
        assertThat(find(base.id())).isEmpty();
    }

    @Test
    void summariesCarryThemeCodesLeadAbbreviationsAndTheNextOpenMilestone() {
        Initiative full = fullInitiative("INI-TST-0002");
        Initiative plain = new Initiative(UUID.randomUUID(), "INI-TST-0001", "Schlicht", null, Set.of(theme("MOBIL")),
                Map.of(land("DE-NW"), ministry("DE-NW", "VM")), Set.of(), Set.of(), Set.of(), Arena.BILATERAL,
                InitiativeStatus.IDEE, null, null, null, null, null, null, null, null, List.of(), null);
        database.inTransaction(store -> {
            store.initiatives().save(full, actor);
            return store.initiatives().save(plain, actor);
        });

        List<InitiativeSummary> all = summaries(null);

        assertThat(all).extracting(InitiativeSummary::number).containsExactly("INI-TST-0001", "INI-TST-0002");
        InitiativeSummary summary = all.get(1);
        assertThat(summary.themeAreaCodes()).containsExactly("KI", "EGOV");
        assertThat(summary.leadMinistries()).containsExactly("StMD", "MWIDE");
        assertThat(summary.nextMilestoneTitle()).isEqualTo("Kabinettsvorlage");
        assertThat(summary.nextMilestoneDue()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(summary.status()).isEqualTo(InitiativeStatus.IN_ABSTIMMUNG);
        assertThat(summary.trafficLight()).isEqualTo(TrafficLight.GELB);
        assertThat(summary.updatedBy()).isEqualTo("Test User");
        assertThat(all.get(0).nextMilestoneTitle()).isNull();
        assertThat(summaries(theme("KI")))
                .extracting(InitiativeSummary::number).containsExactly("INI-TST-0002");
        Map<UUID, Integer> counts = database.read(store -> store.initiatives().countByThemeArea());
        assertThat(counts).hasSize(8).containsEntry(theme("KI"), 1).containsEntry(theme("MOBIL"), 1)
                .containsEntry(theme("CYBER"), 0);
    }

    @Test
    void aDeletedInitiativeIsGoneButLeavesItsTombstone() {
        Initiative saved = database.inTransaction(store -> store.initiatives().save(
                fullInitiative("INI-TST-0001"), actor));

        database.inTransaction(store -> {
            store.initiatives().delete(saved, later);
            return null;
        });

        assertThat(find(saved.id())).isEmpty();
        assertThat(summaries(null)).isEmpty();
        assertThat(rows("initiative")).isEqualTo(1L);
    }

    @Test
    void aNumberFindsItsInitiativeInAnyCaseUntilItIsDeleted() {
        Initiative saved = database.inTransaction(store -> store.initiatives().save(
                fullInitiative("INI-TST-0001"), actor));

        assertThat(findByNumber("ini-tst-0001")).contains(saved);
        assertThat(findByNumber("INI-TST-0002")).isEmpty();

        database.inTransaction(store -> {
            store.initiatives().delete(saved, later);
            return null;
        });
        assertThat(findByNumber("INI-TST-0001")).isEmpty();
    }

    private Initiative fullInitiative(String number, UUID... contacts) {
        return new Initiative(UUID.randomUUID(), number, "Digitale Verwaltung gemeinsam", "Beschreibung",
                Set.of(theme("EGOV"), theme("KI")),
                Map.of(land("DE-BY"), ministry("DE-BY", "StMD"), land("DE-NW"), ministry("DE-NW", "MWIDE")),
                Set.of(ministry("DE-BY", "StMI"), ministry("DE-NW", "IM")), Set.of(land("DE-BW"), land("DE")),
                Set.of(contacts), Arena.LAENDERKREIS, InitiativeStatus.IN_ABSTIMMUNG, null, TrafficLight.GELB,
                "Abstimmung dauert", Classification.VS_NFD, "DD-EGOV-2019-01", LocalDate.of(2019, 3, 12),
                LocalDate.of(2021, 12, 31), "Ressortgespräch vorbereiten",
                List.of(new Milestone(UUID.randomUUID(), "Eckpunkte", LocalDate.of(2019, 6, 30), true,
                                LocalDate.of(2019, 6, 28), null),
                        new Milestone(UUID.randomUUID(), "Kabinettsvorlage", LocalDate.of(2020, 6, 30), false, null,
                                null)),
                null);
    }

    private static Initiative with(Initiative i, String title, Set<UUID> themes, List<Milestone> milestones) {
        return new Initiative(i.id(), i.number(), title, i.description(), themes, i.leadMinistryByLand(),
                i.participatingMinistryIds(), i.furtherLandIds(), i.contactPersonIds(), i.arena(), i.status(),
                i.deferredFrom(), i.trafficLight(), i.trafficLightReason(), i.classification(), i.fileReference(),
                i.startDate(), i.targetDate(), i.nextStep(), milestones, i.audit());
    }

    private Optional<Initiative> findByNumber(String number) {
        return database.read(store -> store.initiatives().findByNumber(number));
    }

    private Optional<Initiative> find(UUID id) {
        return database.read(store -> store.initiatives().findById(id));
    }

    private List<InitiativeSummary> summaries(UUID themeAreaId) {
        return database.read(store -> store.initiatives().findSummaries(themeAreaId));
    }

    /** Rows of a table, tombstones included. */
    private long rows(String table) {
        return database.read(store -> store.statistics().rowCounts()).get(table);
    }

    private UUID person(String lastName) {
        Person person = new Person(UUID.randomUUID(), Salutation.FRAU, "Dr.", "Anna", lastName, "Referentin", 40,
                ministry("DE-BY", "StK"), null, null, null);
        return database.inTransaction(store -> store.persons().insert(person, "PER-BY1-" + lastName, actor)).id();
    }

    private UUID land(String code) {
        return database.read(store -> store.lands().findAll()).stream()
                .filter(l -> l.code().equals(code)).map(Land::id).findFirst().orElseThrow();
    }

    private UUID ministry(String landCode, String abbreviation) {
        UUID land = land(landCode);
        return database.read(store -> store.ministries().findAll()).stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals(abbreviation))
                .map(Ministry::id).findFirst().orElseThrow();
    }

    private UUID theme(String code) {
        return database.read(store -> store.themeAreas().findByCode(code)).orElseThrow().id();
    }
}
