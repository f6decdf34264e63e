package de.digitaldialog.desk.ui.person.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.testsupport.ReferenceIds;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person form without a window: the domain's rules at the fields, numbers, the Land, a stale save. */
class PersonFormViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private ReferenceIds ids;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        ids = new ReferenceIds(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private PersonFormViewModel form(Locale language) {
        return new PersonFormViewModel(Messages.of(language), new DirectTaskExecutor(), workspace.persons(),
                workspace.referenceData());
    }

    private static Ministry ministry(PersonFormViewModel form, UUID id) {
        return form.ministries().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void refusesEverythingWrongAtOnceAndSavesNothing() {
        PersonFormViewModel form = form(Locale.ENGLISH);
        form.load(null);
        form.emailProperty().set("not an address");
        form.activeFromProperty().set(LocalDate.of(2024, 6, 1));
        form.activeToProperty().set(LocalDate.of(2024, 5, 31));

        assertThat(form.save(person -> { })).isFalse();
        assertThat(form.form().messages()).containsOnly(
                entry(PersonFormViewModel.LAST_NAME, "Required"),
                entry(PersonFormViewModel.EMAIL, "Not a valid e-mail address"),
                entry(PersonFormViewModel.ACTIVE_TO, "The end of the activity lies before its start."));
        assertThat(workspace.persons().list()).isEmpty();

        form.lastNameProperty().set("Schmidt");
        assertThat(form.form().messages()).doesNotContainKey(PersonFormViewModel.LAST_NAME);
    }

    @Test
    void createsAPersonWithANumberAndTheLandOfTheMinistryThenSavesAnEdit() {
        PersonFormViewModel form = form(Locale.GERMAN);
        form.load(null);
        assertThat(form.form().headingProperty().get()).isEqualTo("Neue Person");
        form.firstNameProperty().set(" Anna ");
        form.lastNameProperty().set("Schmidt");
        form.ministryProperty().set(ministry(form, ids.ministry("DE-NW", "MWIDE")));
        assertThat(form.landProperty().get().id()).isEqualTo(ids.land("DE-NW"));
        assertThat(form.form().isDirty()).isTrue();
        List<Person> saved = new ArrayList<>();

        assertThat(form.save(saved::add)).isTrue();

        Person anna = saved.get(0);
        assertThat(anna.number()).matches("PER-[A-Z]+\\d-0001");
        assertThat(anna.firstName()).isEqualTo("Anna");
        assertThat(anna.landId()).isEqualTo(ids.land("DE-NW"));
        assertThat(form.form().headingProperty().get()).isEqualTo(anna.number() + " – Anna Schmidt");
        assertThat(form.form().isDirty()).isFalse();

        form.activeToProperty().set(LocalDate.of(2020, 12, 31));
        assertThat(form.save(saved::add)).isTrue();
        assertThat(workspace.persons().load(anna.id()).activeTo()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void aMinistryOfAnotherLandIsRefusedAtTheLand() {
        PersonFormViewModel form = form(Locale.GERMAN);
        form.load(null);
        form.lastNameProperty().set("Schmidt");
        form.ministryProperty().set(ministry(form, ids.ministry("DE-BY", "StMD")));
        form.landProperty().set(form.lands().stream().filter(l -> l.id().equals(ids.land("DE-NW")))
                .findFirst().orElseThrow());

        assertThat(form.save(person -> { })).isTrue();

        assertThat(form.form().messages()).containsOnlyKeys(PersonFormViewModel.LAND);
        assertThat(workspace.persons().list()).isEmpty();
    }

    @Test
    void aStaleSaveSaysWhoChangedItMeanwhileAndOverwritesNothing() {
        Person stored = workspace.persons().create(new Person(UUID.randomUUID(), null, null, "Anna",
                "Schmidt", null, null, null, null, null, null));
        PersonFormViewModel form = form(Locale.GERMAN);
        form.load(stored.id());
        Person other = workspace.persons().load(stored.id());
        workspace.persons().save(new Person(other.id(), other.number(), null, null, "Anna", "Schmidt",
                "Referatsleiterin", null, null, null, null, null, null, null, other.audit()));

        form.functionTitleProperty().set("Ministerin");
        assertThat(form.save(person -> { })).isTrue();

        assertThat(form.form().problemProperty().get()).startsWith("Der Datensatz wurde zwischenzeitlich von");
        assertThat(form.form().staleProperty().get()).isTrue();
        assertThat(workspace.persons().load(stored.id()).functionTitle()).isEqualTo("Referatsleiterin");
        form.reload();
        assertThat(form.functionTitleProperty().get()).isEqualTo("Referatsleiterin");
        assertThat(form.form().staleProperty().get()).isFalse();
    }
}
