package de.digitaldialog.desk.ui.person.quick;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.testsupport.ReferenceIds;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.common.PersonOptions;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Neue Person …" without a window: the name from the search, the number, a nameless person refused. */
class QuickPersonViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private QuickPersonViewModel quick() {
        return new QuickPersonViewModel(Messages.of(Locale.GERMAN), new DirectTaskExecutor(), workspace.persons(),
                workspace.referenceData(), workspace.settings());
    }

    @Test
    void offersTheMinistriesOfTheInstallationsLandFirstThenThoseOfThePartnerLand() {
        workspace.settings().setUp(PartnerLand.NW, "NW1", "Jan Becker", "MWIDE", null);
        QuickPersonViewModel quick = quick();
        quick.prefill("Schmidt");
        ReferenceIds ids = new ReferenceIds(workspace);
        UUID nrw = ids.land("DE-NW");
        UUID bavaria = ids.land("DE-BY");
        List<String> groups = quick.ministries().stream().map(m -> m.landId().equals(nrw) ? "NW"
                : m.landId().equals(bavaria) ? "BY" : "rest").distinct().toList();

        assertThat(groups).containsExactly("NW", "BY", "rest");
    }

    @Test
    void takesTheNameFromTheSearchAndCreatesThePersonWithANumber() {
        QuickPersonViewModel quick = quick();
        quick.prefill("  Anna Maria Schmidt ");
        assertThat(quick.firstNameProperty().get()).isEqualTo("Anna Maria");
        assertThat(quick.lastNameProperty().get()).isEqualTo("Schmidt");
        assertThat(quick.ministries()).isNotEmpty().allMatch(m -> m.isValidOn(LocalDate.now()));
        UUID stmd = new ReferenceIds(workspace).ministry("DE-BY", "StMD");
        quick.ministryProperty().set(quick.ministries().stream().filter(m -> m.id().equals(stmd)).findFirst()
                .orElseThrow());
        List<Person> created = new ArrayList<>();

        assertThat(quick.create(created::add)).isTrue();

        assertThat(created).singleElement().satisfies(person -> {
            assertThat(person.number()).startsWith("PER-");
            assertThat(person.displayName()).isEqualTo("Anna Maria Schmidt");
            assertThat(person.ministryId()).isEqualTo(stmd);
        });
    }

    @Test
    void aSingleWordIsTheLastNameAndNoNameIsRefusedAtTheField() {
        QuickPersonViewModel quick = quick();
        quick.prefill("Schmidt");
        assertThat(quick.firstNameProperty().get()).isEmpty();
        assertThat(quick.lastNameProperty().get()).isEqualTo("Schmidt");

        quick.prefill(null);
        quick.firstNameProperty().set("Anna");
        List<Person> created = new ArrayList<>();
        assertThat(quick.create(created::add)).isFalse();
        assertThat(quick.lastNameErrorProperty().get()).isEqualTo("Pflichtfeld");
        assertThat(created).isEmpty();
        assertThat(workspace.persons().list()).isEmpty();
    }

    @Test
    void pickersOfferActivePersonsAndThoseAlreadyChosenByName() {
        Person active = person("Aktiv", null);
        person("Ruhestand", LocalDate.of(2020, 12, 31));
        Person chosenRetired = person("Altvorsitz", LocalDate.of(2020, 12, 31));
        List<Person> all = workspace.persons().list();

        assertThat(PersonOptions.offered(all, Set.of(chosenRetired.id()))).extracting(Person::id)
                .containsExactly(active.id(), chosenRetired.id());
    }

    private Person person(String lastName, LocalDate activeTo) {
        return workspace.persons().create(new Person(UUID.randomUUID(), null, null, null, "Eva", lastName, null, null,
                null, null, null, null, null, activeTo, null));
    }
}
