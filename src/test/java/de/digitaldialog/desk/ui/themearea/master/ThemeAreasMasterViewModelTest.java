package de.digitaldialog.desk.ui.themearea.master;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.ThemeAreaService;
import de.digitaldialog.desk.testsupport.ReferenceIds;
import de.digitaldialog.desk.testsupport.TestModels;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Themenfelder master-data page's view model: description and responsible ministries per Land saved together. */
class ThemeAreasMasterViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private ThemeAreasMasterViewModel viewModel;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        viewModel = new ThemeAreasMasterViewModel(Messages.of(Locale.ENGLISH), new DirectTaskExecutor(),
                workspace.themeAreas(), workspace.referenceData(), TestModels.ready(workspace));
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theEightAreasShowAndTheFirstIsChosen() {
        assertThat(viewModel.areas()).extracting(ThemeArea::code).containsExactlyElementsOf(ThemeArea.CODES);
        assertThat(viewModel.form().stored().code()).isEqualTo("KI");
        assertThat(viewModel.bavariaNameProperty().get()).isEqualTo("Bavaria");
        assertThat(viewModel.bavaria()).isNotEmpty();
        assertThat(viewModel.nrw()).isNotEmpty();
    }

    @Test
    void theDescriptionAndTheResponsibleMinistriesOfBothLaenderAreSavedTogether() {
        ThemeArea cyber = viewModel.areas().stream().filter(area -> "CYBER".equals(area.code())).findFirst()
                .orElseThrow();
        viewModel.choose(cyber);
        Ministry interior = viewModel.bavaria().stream().filter(m -> "StMI".equals(m.abbreviation())).findFirst()
                .orElseThrow();
        Ministry nrwInterior = viewModel.nrw().stream().filter(m -> "IM".equals(m.abbreviation())).findFirst()
                .orElseThrow();
        viewModel.descriptionDeProperty().set("Schutz der Netze von Land und Kommunen");
        viewModel.descriptionEnProperty().set("Protecting the networks of the Länder and municipalities");
        viewModel.chosenBavaria().setAll(interior);
        viewModel.chosenNrw().setAll(nrwInterior);
        assertThat(viewModel.form().isDirty()).isTrue();

        assertThat(viewModel.save()).isTrue();

        ThemeAreaService.Details details = workspace.themeAreas().details(cyber.id());
        assertThat(details.area().description().de()).isEqualTo("Schutz der Netze von Land und Kommunen");
        assertThat(details.area().description().en()).isEqualTo("Protecting the networks of the Länder and municipalities");
        ReferenceIds ids = new ReferenceIds(workspace);
        assertThat(details.responsibleMinistriesByLand().get(ids.land(Land.BAVARIA))).containsExactly(interior.id());
        assertThat(details.responsibleMinistriesByLand().get(ids.land(Land.NORTH_RHINE_WESTPHALIA)))
                .containsExactly(nrwInterior.id());
        assertThat(details.area().audit().updatedBy()).isEqualTo("Dr. Katrin Huber (StK)");
        assertThat(viewModel.form().isDirty()).isFalse();
        assertThat(viewModel.changedProperty().get()).startsWith("last changed by Dr. Katrin Huber (StK) on ");
    }
}
