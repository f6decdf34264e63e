package de.digitaldialog.desk.ui.ministry.form;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MinistryService;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
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

/** The ministry form on a temp database: create and edit, and the rules among ministries at their fields. */
class MinistryFormViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private MinistryService ministries;
    private MinistryFormViewModel form;
    private final List<Ministry> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        ministries = workspace.ministries();
        form = new MinistryFormViewModel(Messages.of(Locale.GERMAN), new DirectTaskExecutor(), ministries,
                workspace.referenceData());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Ministry stmd() {
        return ministries.list().stream().filter(m -> "StMD".equals(m.abbreviation())).findFirst().orElseThrow();
    }

    private Land bavaria() {
        return form.lands().stream().filter(land -> Land.BAVARIA.equals(land.code())).findFirst().orElseThrow();
    }

    @Test
    void aNewMinistryIsCreatedAndTheFormShowsWhoChangedItLast() {
        form.load(null);
        assertThat(form.form().headingProperty().get()).isEqualTo("Neues Ressort");
        form.landProperty().set(bavaria());
        form.abbreviationProperty().set(" StMKI ");
        form.nameDeProperty().set("Staatsministerium für Künstliche Intelligenz");
        form.nameEnProperty().set("Ministry of Artificial Intelligence");
        form.validFromProperty().set(LocalDate.of(2024, 1, 1));
        assertThat(form.form().isDirty()).isTrue();

        assertThat(form.save(saved::add)).isTrue();

        assertThat(saved).singleElement().satisfies(ministry -> {
            assertThat(ministry.abbreviation()).isEqualTo("StMKI");
            assertThat(ministry.kind()).isEqualTo(MinistryKind.MINISTERIUM);
            assertThat(ministries.load(ministry.id()).audit().createdBy()).isEqualTo("Dr. Katrin Huber (StK)");
        });
        assertThat(form.form().isDirty()).isFalse();
        assertThat(form.changedProperty().get()).startsWith("zuletzt geändert von Dr. Katrin Huber (StK) am ");
    }

    @Test
    void anEditIsSavedFromTheVersionLoaded() {
        Ministry stmd = stmd();
        form.load(stmd.id());
        assertThat(form.abbreviationProperty().get()).isEqualTo("StMD");
        form.nameEnProperty().set("Bavarian State Ministry for Digital Affairs (corrected)");

        assertThat(form.save(saved::add)).isTrue();

        Ministry read = ministries.load(stmd.id());
        assertThat(read.name().en()).isEqualTo("Bavarian State Ministry for Digital Affairs (corrected)");
        assertThat(read.audit().version()).isEqualTo(stmd.audit().version() + 1);
    }

    @Test
    void aDuplicateAbbreviationAndMissingNamesShowAtTheirFieldsAndNothingIsSaved() {
        int before = ministries.list().size();
        form.load(null);
        form.landProperty().set(bavaria());
        form.abbreviationProperty().set("stmd");
        form.validFromProperty().set(LocalDate.of(2024, 1, 1));

        form.check(MinistryFormViewModel.ABBREVIATION);
        assertThat(form.form().errorProperty(MinistryFormViewModel.ABBREVIATION).get())
                .startsWith("Die Abkürzung StMD hat im selben Zeitraum bereits");
        assertThat(form.form().errorProperty(MinistryFormViewModel.NAME_DE).get()).isEmpty();

        assertThat(form.save(saved::add)).isFalse();

        assertThat(form.form().messages()).containsKeys(MinistryFormViewModel.ABBREVIATION,
                MinistryFormViewModel.NAME_DE, MinistryFormViewModel.NAME_EN);
        assertThat(saved).isEmpty();
        assertThat(ministries.list()).hasSize(before);
    }

    @Test
    void aSuccessorValidBeforeItsPredecessorEndsIsRefusedAtValidFrom() {
        Ministry stmd = stmd();
        Ministry successor = new Ministry(UUID.randomUUID(), stmd.landId(), "StMDW",
                new LocalizedText("Staatsministerium für Digitales und Wirtschaft", "Ministry for Digital and Economy"),
                MinistryKind.MINISTERIUM, LocalDate.of(2024, 1, 1), null, Set.of(), null);
        ministries.replace(stmd.id(), LocalDate.of(2023, 12, 31), List.of(successor));
        form.load(successor.id());
        assertThat(form.predecessorsProperty().get()).startsWith("StMD (");

        form.validFromProperty().set(LocalDate.of(2023, 6, 1));
        form.check(MinistryFormViewModel.VALID_FROM);

        assertThat(form.form().errorProperty(MinistryFormViewModel.VALID_FROM).get())
                .isEqualTo("Das Ressort gilt schon vor dem Ende seines Vorgängers StMD (31.12.2023).");
        assertThat(form.save(saved::add)).isFalse();
        assertThat(ministries.load(successor.id()).validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    }
}
