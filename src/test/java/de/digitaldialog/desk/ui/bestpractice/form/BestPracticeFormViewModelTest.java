package de.digitaldialog.desk.ui.bestpractice.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The best-practice form's state and messages, built from the services of a workspace with the
 * example data on a temporary folder, without the shell or the JavaFX toolkit.
 */
class BestPracticeFormViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        workspace.demoData().load(false);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private BestPracticeFormViewModel form(Locale locale) {
        return new BestPracticeFormViewModel(Messages.of(locale), new DirectTaskExecutor(), workspace.bestPractices(),
                workspace.referenceData(), workspace.persons(), workspace.initiatives(), workspace.settings());
    }

    private static Land land(BestPracticeFormViewModel form, String code) {
        return form.choices().lands().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private static Ministry ministry(BestPracticeFormViewModel form, String abbreviation) {
        return form.choices().ministries().stream().filter(m -> m.abbreviation().equals(abbreviation))
                .findFirst().orElseThrow();
    }

    private BestPracticeSummary stored(String title) {
        return workspace.bestPractices().list().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void everyRefusedFieldGetsItsMessageAtOnceAndNothingIsSaved() {
        int before = workspace.bestPractices().list().size();
        BestPracticeFormViewModel form = form(Locale.GERMAN);
        form.load(null);
        assertThat(form.numberProperty().get()).as("no number before the first save").isEmpty();
        form.titleProperty().set("  ");
        form.linkProperty().set("www.logineo nrw");
        form.adoptionProperty().set(Adoption.ABGELEHNT);

        assertThat(form.save(saved -> { })).isFalse();

        assertThat(form.form().messages()).containsOnly(
                entry("title", "Pflichtfeld"),
                entry("themeAreas", "Pflichtfeld"),
                entry("land", "Pflichtfeld"),
                entry("link", "Eine Web-Adresse mit http:// oder https://, z. B. https://www.logineo.nrw.de"),
                entry("adoptionReason", "Eine Ablehnung braucht eine Begründung."));
        assertThat(workspace.bestPractices().list()).hasSize(before);

        form.linkProperty().set("ftp://files.example.org");
        assertThat(form.form().errorProperty("link").get()).as("editing clears the message").isEmpty();
        form.check("link");
        assertThat(form.form().messages()).containsKey("link");
        form.linkProperty().set("https://www.logineo.nrw.de");
        form.check("link");
        assertThat(form.form().messages()).doesNotContainKey("link");
    }

    @Test
    void theReasonIsAskedOnlyForARefusalAndTheAdoptionNamesThePartnerOfTheOwningLand() {
        BestPracticeFormViewModel form = form(Locale.ENGLISH);
        form.load(null);
        assertThat(form.reasonAskedProperty().get()).isFalse();
        assertThat(form.reasonLabelProperty().get()).as("not required while open")
                .isEqualTo("Reason for refusing (only when “Refused”)");
        assertThat(form.adoptionLabelProperty().get()).isEqualTo("Adoption by the partner Land");

        form.landProperty().set(land(form, Land.NORTH_RHINE_WESTPHALIA));
        assertThat(form.adoptionLabelProperty().get()).isEqualTo("Adoption by Bavaria");
        assertThat(form.choices().ministries()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.landId()).isEqualTo(form.landProperty().get().id()));
        form.ministryProperty().set(ministry(form, "MWIDE"));

        form.landProperty().set(land(form, Land.BAVARIA));
        assertThat(form.ministryProperty().get()).as("a ministry of the Land before goes").isNull();
        assertThat(form.choices().ministries()).extracting(Ministry::abbreviation).contains("StMD")
                .doesNotContain("MWIDE");

        form.adoptionProperty().set(Adoption.UEBERNOMMEN);
        assertThat(form.reasonLabelProperty().get()).doesNotEndWith("*");
        form.adoptionProperty().set(Adoption.ABGELEHNT);
        assertThat(form.reasonAskedProperty().get()).isTrue();
        assertThat(form.reasonLabelProperty().get()).isEqualTo("Reason for refusing *");
    }

    @Test
    void editsAStoredPracticeAndDropsTheReasonOnceItIsNoLongerARefusal() {
        BestPracticeSummary row = stored("LOGINEO NRW");
        BestPractice before = workspace.bestPractices().load(row.id());
        BestPracticeFormViewModel form = form(Locale.GERMAN);
        form.load(row.id());

        assertThat(form.numberProperty().get()).isEqualTo(row.number());
        assertThat(form.form().headingProperty().get()).isEqualTo(row.number() + " – LOGINEO NRW");
        assertThat(form.landProperty().get().code()).isEqualTo(Land.NORTH_RHINE_WESTPHALIA);
        assertThat(form.ministryProperty().get().id()).isEqualTo(before.ministryId());
        assertThat(form.themeAreas()).hasSize(before.themeAreaIds().size());
        assertThat(form.form().isDirty()).isFalse();

        form.adoptionProperty().set(Adoption.ABGELEHNT);
        form.adoptionReasonProperty().set("Eigene Plattform im Aufbau");
        form.transferabilityProperty().set(Transferability.GERING);
        form.related().setAll(form.choices().initiatives().subList(0, 2));
        assertThat(form.form().isDirty()).isTrue();
        List<BestPractice> saved = new ArrayList<>();
        assertThat(form.save(saved::add)).isTrue();

        BestPractice after = workspace.bestPractices().load(row.id());
        assertThat(saved).singleElement().isEqualTo(after);
        assertThat(after.adoption()).isEqualTo(Adoption.ABGELEHNT);
        assertThat(after.adoptionReason()).isEqualTo("Eigene Plattform im Aufbau");
        assertThat(after.transferability()).isEqualTo(Transferability.GERING);
        assertThat(after.initiativeIds()).hasSize(2);
        assertThat(after.audit().version()).isGreaterThan(before.audit().version());
        assertThat(workspace.bestPractices().number(row.id())).as("the number stays").isEqualTo(row.number());
        assertThat(form.form().isDirty()).isFalse();

        form.adoptionProperty().set(Adoption.GEPLANT);
        assertThat(form.save(practice -> { })).isTrue();
        assertThat(workspace.bestPractices().load(row.id()).adoptionReason()).isNull();
    }

    @Test
    void aStaleSaveShowsWhoChangedItMeanwhileAndOverwritesNothing() {
        BestPracticeSummary row = stored("LOGINEO NRW");
        BestPracticeFormViewModel form = form(Locale.GERMAN);
        form.load(row.id());
        // someone else saves the same practice meanwhile
        BestPractice loaded = form.form().stored();
        workspace.bestPractices().save(new BestPractice(loaded.id(), "Ihr Titel", loaded.themeAreaIds(),
                loaded.landId(), loaded.ministryId(), loaded.description(), loaded.contactPersonId(), loaded.link(),
                loaded.transferability(), loaded.adoption(), loaded.adoptionReason(), loaded.initiativeIds(),
                loaded.classification(), loaded.audit()));

        form.titleProperty().set("Mein Titel");
        List<BestPractice> saved = new ArrayList<>();
        assertThat(form.save(saved::add)).isTrue();

        assertThat(saved).isEmpty();
        assertThat(form.form().problemProperty().get())
                .startsWith("Der Datensatz wurde zwischenzeitlich von Dr. Katrin Huber (StK) am ");
        assertThat(form.form().staleProperty().get()).isTrue();
        assertThat(workspace.bestPractices().load(row.id()).title()).isEqualTo("Ihr Titel");

        form.reload();
        assertThat(form.titleProperty().get()).isEqualTo("Ihr Titel");
        assertThat(form.form().staleProperty().get()).isFalse();
        assertThat(form.form().isDirty()).isFalse();
    }
}
