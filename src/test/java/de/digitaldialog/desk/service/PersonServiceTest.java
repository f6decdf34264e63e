package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.PersonFilter;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Persons: numbered on creation, edited from the version loaded, searched; those who left are not offered. */
class PersonServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 3, 12);

    @TempDir
    Path folder;

    private Workspace workspace;
    private PersonService persons;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder, Clock.fixed(Instant.parse("2019-03-12T09:00:00Z"), ZoneId.of("Europe/Berlin")));
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        persons = workspace.persons();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void createHandsOutNumbersAndTakesTheLandOfTheMinistry() {
        Person first = persons.create(person("Anna", "Schmidt", ministry("DE-BY", "StMD"), null, null, null));
        Person second = persons.create(person("Jan", "Becker", ministry("DE-NW", "StK NRW"), null, null, null));
        Person third = persons.create(person("Eva", "Ohne", null, land("DE-HE"), null, null));

        assertThat(first.number()).isEqualTo("PER-BY1-0001");
        assertThat(second.number()).isEqualTo("PER-BY1-0002");
        assertThat(first.landId()).isEqualTo(land("DE-BY"));
        assertThat(second.landId()).isEqualTo(land("DE-NW"));
        assertThat(third.landId()).isEqualTo(land("DE-HE"));
        assertThat(persons.load(first.id())).isEqualTo(first);
        assertThat(first.audit().createdBy()).isEqualTo("Dr. Katrin Huber (StK)");
        assertThat(workspace.settings().installationCodeEditable()).isFalse();
    }

    @Test
    void anEditKeepsTheNumberAndAStaleEditIsRefused() {
        Person created = persons.create(person("Anna", "Schmidt", ministry("DE-BY", "StMD"), null, null, null));
        Person edited = persons.save(changed(created, "Referatsleiterin", TODAY.plusYears(1)));

        assertThat(edited.number()).isEqualTo("PER-BY1-0001");
        assertThat(edited.audit().version()).isEqualTo(1);
        assertThat(persons.load(created.id())).isEqualTo(edited);
        assertThatThrownBy(() -> persons.save(changed(created, "Referentin", null)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(persons.load(created.id()).functionTitle()).isEqualTo("Referatsleiterin");
    }

    @Test
    void aPersonWithoutLastNameOrEndingBeforeStartingIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> persons.create(person("Anna", " ", null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("lastName"));
        assertThatThrownBy(() -> persons.create(person("Anna", "Schmidt", null, null, TODAY, TODAY.minusDays(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("activeTo");
                    assertThat(e.key()).isEqualTo("validation.person.activeTo");
                });
        assertThatThrownBy(() -> persons.create(person("Anna", "Schmidt", ministry("DE-BY", "StMD"), land("DE-NW"),
                null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("landId"));
        assertThat(persons.list()).isEmpty();
        assertThat(workspace.settings().installationCodeEditable()).isTrue();
    }

    @Test
    void searchFindsByNameMinistryLandAndEmailAndOffersOnlyActivePersons() {
        Person schmidt = persons.create(person("Anna", "Schmidt", ministry("DE-BY", "StMD"), null, null, null));
        Person becker = persons.create(person("Jan", "Becker", ministry("DE-NW", "StK NRW"), null, null, null));
        Person retired = persons.create(person("Otto", "Schmitz", ministry("DE-NW", "MWIDE"), null,
                LocalDate.of(2010, 1, 1), TODAY.minusDays(1)));
        Person coming = persons.create(person("Lea", "Schmolke", null, land("DE-NW"), TODAY.plusDays(1), null));
        Person lastDay = persons.create(person("Ida", "Bauer", null, land("DE-BY"), null, TODAY));

        assertThat(persons.search(PersonFilter.ACTIVE)).extracting(Person::lastName)
                .containsExactly("Bauer", "Becker", "Schmidt");
        assertThat(persons.search(PersonFilter.byName("anna schm"))).containsExactly(schmidt);
        assertThat(persons.search(PersonFilter.byName("SCHM"))).containsExactly(schmidt);
        assertThat(persons.search(PersonFilter.byName("PER-BY1-0002"))).containsExactly(becker);
        assertThat(persons.search(new PersonFilter("schm", null, null, null, true))).extracting(Person::lastName)
                .containsExactly("Schmidt", "Schmitz", "Schmolke");
        assertThat(persons.search(new PersonFilter(null, ministry("DE-NW", "StK NRW"), null, null, false)))
                .containsExactly(becker);
        assertThat(persons.search(new PersonFilter(null, null, land("DE-NW"), null, true)))
                .containsExactlyInAnyOrder(becker, retired, coming);
        assertThat(persons.search(new PersonFilter(null, null, land("DE-BY"), null, false)))
                .containsExactlyInAnyOrder(schmidt, lastDay);
        assertThat(persons.search(new PersonFilter(null, null, null, "STMD.bayern", false))).containsExactly(schmidt);
        assertThat(persons.list()).hasSize(5);
        assertThat(persons.offered(null, Set.of(retired.id()))).extracting(Person::lastName)
                .containsExactly("Bauer", "Becker", "Schmidt", "Schmitz");
        assertThat(persons.offered("schm", Set.of())).containsExactly(schmidt);
    }

    private Person person(String first, String last, UUID ministry, UUID land, LocalDate from, LocalDate to) {
        String email = ministry == null ? null : first.toLowerCase() + "@" + ministryAbbreviation(ministry) + ".bayern.example";
        return new Person(UUID.randomUUID(), null, Salutation.FRAU, null, first, last, null, null, ministry, land,
                email, null, from, to, null);
    }

    private static Person changed(Person person, String function, LocalDate activeTo) {
        return new Person(person.id(), person.number(), person.salutation(), person.academicTitle(), person.firstName(),
                person.lastName(), function, person.protocolRank(), person.ministryId(), person.landId(), person.email(),
                person.phone(), person.activeFrom(), activeTo, person.audit());
    }

    private String ministryAbbreviation(UUID ministry) {
        return workspace.referenceData().ministries().stream().filter(m -> m.id().equals(ministry)).findFirst()
                .orElseThrow().abbreviation().replace(" ", "").toLowerCase();
    }

    private UUID land(String code) {
        return workspace.referenceData().lands().stream().filter(l -> l.code().equals(code)).findFirst()
                .map(Land::id).orElseThrow();
    }

    private UUID ministry(String land, String abbreviation) {
        return workspace.referenceData().ministries().stream()
                .filter(m -> m.landId().equals(land(land)) && m.abbreviation().equals(abbreviation))
                .findFirst().map(Ministry::id).orElseThrow();
    }
}
