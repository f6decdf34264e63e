package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.domain.ThemeArea;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reference repository round-trips its rows on a real H2 file database. */
class ReferenceRepositoriesTest {

    @TempDir
    Path folder;

    private Database database;
    private final Actor actor = new Actor("Test User (StK)", "StK", Installation.SYSTEM,
            Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @BeforeEach
    void open() {
        database = Database.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private UUID land(String code) {
        return database.read(store -> store.lands().findAll()).stream()
                .filter(l -> l.code().equals(code)).map(Land::id).findFirst().orElseThrow();
    }

    @Test
    void aMinistryWithASuccessorRoundTrips() {
        UUID bavaria = land("DE-BY");
        Ministry old = new Ministry(UUID.randomUUID(), bavaria, "StMX", new LocalizedText("Altes Ministerium", "Old"),
                MinistryKind.MINISTERIUM, LocalDate.of(2018, 11, 12), LocalDate.of(2023, 10, 31), null, null);
        Ministry successor = new Ministry(UUID.randomUUID(), bavaria, "StMY",
                new LocalizedText("Neues Ministerium", "New"), MinistryKind.MINISTERIUM,
                LocalDate.of(2023, 11, 1), null, null, null);
        database.inTransaction(store -> {
            store.ministries().save(successor, actor);
            Ministry saved = store.ministries().save(old, actor);
            return store.ministries().save(new Ministry(saved.id(), saved.landId(), saved.abbreviation(),
                    saved.name(), saved.kind(), saved.validFrom(), saved.validTo(), Set.of(successor.id()), saved.audit()),
                    actor);
        });

        Ministry read = database.read(store -> store.ministries().findById(old.id())).orElseThrow();
        assertThat(read.successorIds()).containsExactly(successor.id());
        List<Ministry> predecessors = database.read(store -> store.ministries().findPredecessors(successor.id()));
        assertThat(predecessors).extracting(Ministry::id).containsExactly(old.id());
        assertThat(read.name()).isEqualTo(old.name());
        assertThat(read.validTo()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(read.isValidOn(LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(read.audit().version()).isEqualTo(1);
        assertThat(read.audit().createdBy()).isEqualTo("Test User (StK)");
    }

    @Test
    void aPersonRoundTripsAndATombstoneHidesIt() {
        UUID ministry = database.read(store -> store.ministries().findAll()).get(0).id();
        Person person = new Person(UUID.randomUUID(), Salutation.FRAU, "Dr.", "Anna", "Schmidt", "Referatsleiterin",
                40, ministry, "anna.schmidt@example.org", "+49 89 1234", null);
        Person saved = database.inTransaction(store -> store.persons().insert(person, "PER-BY1-0001", actor));

        Person read = database.read(store -> store.persons().findById(person.id())).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("audit")
                .isEqualTo(person.stored("PER-BY1-0001", null, null));
        assertThat(read).isEqualTo(saved);
        assertThat(read.displayName()).isEqualTo("Dr. Anna Schmidt");

        database.inTransaction(store -> {
            store.persons().delete(saved, actor);
            return null;
        });
        var read1 = database.read(store -> store.persons().findById(person.id()));
        assertThat(read1).isEmpty();
        var read2 = database.read(store -> store.statistics().rowCounts());
        assertThat(read2.get("person")).isEqualTo(1L);
    }

    @Test
    void aStaleUpdateIsRefusedAndChangesNothing() {
        ThemeArea area = database.read(store -> store.themeAreas().findByCode("KI")).orElseThrow();
        ThemeArea renamed = new ThemeArea(area.id(), area.code(), new LocalizedText("KI neu", "AI new"),
                area.description(), area.color(), area.icon(), area.sortOrder(), area.audit());
        database.inTransaction(store -> store.themeAreas().update(renamed, actor));

        ThemeArea stale = new ThemeArea(area.id(), area.code(), new LocalizedText("Zu spät", "Too late"),
                area.description(), area.color(), area.icon(), area.sortOrder(), area.audit());
        assertThatThrownBy(() -> database.inTransaction(store -> store.themeAreas().update(stale, actor)))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.args()).contains("Test User (StK)"));
        var read3 = database.read(store -> store.themeAreas().findByCode("KI"));
        assertThat(read3.orElseThrow().name().de())
                .isEqualTo("KI neu");
    }

    @Test
    void aMeetingFormatRoundTrips() {
        MeetingFormat format = new MeetingFormat(UUID.randomUUID(), "KLAUSUR",
                new LocalizedText("Klausurtagung", "Retreat"), "#336699", 60, true, null);
        database.inTransaction(store -> store.meetingFormats().save(format, actor));
        var read4 = database.read(store -> store.meetingFormats().findByCode("KLAUSUR"));
        assertThat(read4.orElseThrow())
                .usingRecursiveComparison().ignoringFields("audit").isEqualTo(format);
    }

    @Test
    void aRefusedConstraintBecomesADomainErrorAndNothingIsWritten() {
        UUID bavaria = land("DE-BY");
        Ministry orphan = new Ministry(UUID.randomUUID(), bavaria, "StMZ", new LocalizedText("Z", "Z"),
                MinistryKind.MINISTERIUM, LocalDate.of(2020, 1, 1), null, Set.of(UUID.randomUUID()), null);
        Ministry fine = new Ministry(UUID.randomUUID(), bavaria, "StMF", new LocalizedText("F", "F"),
                MinistryKind.MINISTERIUM, LocalDate.of(2020, 1, 1), null, null, null);

        assertThatThrownBy(() -> database.inTransaction(store -> {
            store.ministries().save(fine, actor);
            return store.ministries().save(orphan, actor);
        })).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("constraint.fk_ministry_successor_successor"));
        var read5 = database.read(store -> store.ministries().findById(fine.id()));
        assertThat(read5).isEmpty();
    }

    @Test
    void numbersCountPerInstallationAndKindInsideTheTransaction() {
        Installation local = new Installation(UUID.randomUUID(), "NW1", true);
        database.inTransaction(store -> {
            store.installations().insert(local, Instant.now());
            return null;
        });
        var read6 = database.read(store -> store.installations().hasIssuedNumbers(local));
        assertThat(read6).isFalse();
        String first = database.inTransaction(store -> store.installations().nextNumber(local, "INI"));
        String second = database.inTransaction(store -> store.installations().nextNumber(local, "INI"));
        String meeting = database.inTransaction(store -> store.installations().nextNumber(local, "SIT"));
        String person = database.inTransaction(store -> store.installations().nextNumber(local, "PER"));
        assertThat(person).isEqualTo("PER-NW1-0001");
        assertThat(first).isEqualTo("INI-NW1-0001");
        assertThat(second).isEqualTo("INI-NW1-0002");
        assertThat(meeting).isEqualTo("SIT-NW1-0001");
        var read7 = database.read(store -> store.installations().hasIssuedNumbers(local));
        assertThat(read7).isTrue();
    }

    @Test
    void settingsAreKeptAndReplaced() {
        database.inTransaction(store -> {
            store.settings().put("user.name", "Anna");
            store.settings().put("user.name", "Anna Schmidt");
            return null;
        });
        var read8 = database.read(store -> store.settings().get("user.name"));
        assertThat(read8).contains("Anna Schmidt");
        var read9 = database.read(store -> store.settings().get("missing"));
        assertThat(read9).isEmpty();
    }
}
