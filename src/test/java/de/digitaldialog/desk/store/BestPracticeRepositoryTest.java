package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Transferability;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Best practices on a real H2 file database. */
class BestPracticeRepositoryTest {

    @TempDir
    Path folder;

    private Database database;
    private final Actor actor = new Actor("Test User", null, Installation.SYSTEM,
            Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @BeforeEach
    void open() {
        database = Database.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aBestPracticeRoundTripsAndIsListedWithItsCodes() {
        BestPractice draft = practice(land("DE-NW"), ministry("DE-NW", "MSB"));

        BestPractice saved = database.inTransaction(store -> store.bestPractices().insert(draft, "BP-TST-0001", actor));

        BestPractice read = find(draft.id());
        assertThat(read).isEqualTo(saved);
        assertThat(read).usingRecursiveComparison().ignoringFields("audit").isEqualTo(draft);
        List<BestPracticeSummary> summaries = database.read(store -> store.bestPractices().findSummaries());
        assertThat(summaries).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo("BP-TST-0001");
            assertThat(row.themeAreaCodes()).containsExactly("EGOV", "BILDUNG");
            assertThat(row.themeAreaCode()).isEqualTo("EGOV");
            assertThat(row.landCode()).isEqualTo("DE-NW");
            assertThat(row.ministryAbbreviation()).isEqualTo("MSB");
            assertThat(row.transferability()).isEqualTo(Transferability.MITTEL);
            assertThat(row.adoption()).isEqualTo(Adoption.GEPLANT);
            assertThat(row.classification()).isEqualTo(Classification.OFFEN);
            assertThat(row.version()).isZero();
        });
    }

    @Test
    void anUpdateFromAStaleVersionIsRefused() {
        BestPractice saved = database.inTransaction(store -> store.bestPractices().insert(
                practice(land("DE-NW"), ministry("DE-NW", "MSB")), "BP-TST-0001", actor));
        database.inTransaction(store -> store.bestPractices().update(saved, actor));

        assertThatThrownBy(() -> database.inTransaction(store -> store.bestPractices().update(saved, actor)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(find(saved.id()).audit().version()).isEqualTo(1);
    }

    @Test
    void aMinistryOfAnotherLandIsRefusedByTheDatabase() {
        BestPractice wrong = practice(land("DE-BY"), ministry("DE-NW", "MSB"));

        assertThatThrownBy(() -> database.inTransaction(store -> store.bestPractices().insert(wrong, "BP-TST-0001",
                actor)))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("constraint.fk_best_practice_ministry_of_land"));
    }

    private BestPractice find(UUID id) {
        return database.read(store -> store.bestPractices().findById(id)).orElseThrow();
    }

    private BestPractice practice(UUID land, UUID ministry) {
        UUID education = database.read(store -> store.themeAreas().findByCode("BILDUNG")).orElseThrow().id();
        UUID government = database.read(store -> store.themeAreas().findByCode("EGOV")).orElseThrow().id();
        return new BestPractice(UUID.randomUUID(), "LOGINEO NRW", Set.of(education, government), land, ministry,
                "Arbeits- und Kommunikationsplattform für Schulen", null, "https://www.logineo.nrw.de",
                Transferability.MITTEL, Adoption.GEPLANT, null, Set.of(), Classification.OFFEN, null);
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
}
