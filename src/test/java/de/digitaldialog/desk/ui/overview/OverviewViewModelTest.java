package de.digitaldialog.desk.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.Destination;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview's view model without any JavaFX toolkit: tiles, counts and example data. */
class OverviewViewModelTest {

    @TempDir
    Path folder;

    @Test
    void offersExampleDataOnAnEmptyDatabaseAndCountsThemOnceLoaded() {
        try (Workspace workspace = Workspace.open(folder)) {
            DirectTaskExecutor executor = new DirectTaskExecutor();
            WorkspaceModel model = new WorkspaceModel(executor, folder);
            List<Destination> opened = new ArrayList<>();
            OverviewViewModel overview = new OverviewViewModel(Messages.of(Locale.ENGLISH), model, executor,
                    workspace.meetings(), workspace.initiatives(), workspace.demoData(), opened::add);

            assertThat(overview.tiles()).isEmpty();
            assertThat(overview.loadedProperty().get()).isFalse();

            model.ready(DeskWindow.snapshot(workspace), () -> DeskWindow.snapshot(workspace));
            assertThat(overview.tiles()).hasSize(8);
            assertThat(overview.tiles()).allSatisfy(tile -> assertThat(tile.count()).isZero());
            assertThat(overview.tiles().get(0).name()).isEqualTo("Artificial Intelligence and Supercomputing");
            assertThat(overview.offerExamplesBinding().get()).isTrue();

            overview.loadExamples();

            assertThat(overview.offerExamplesBinding().get()).isFalse();
            assertThat(overview.loadingExamplesProperty().get()).isFalse();
            assertThat(overview.noticeProperty().get()).startsWith("Example data loaded:");
            var counts = workspace.initiatives().countsByThemeArea();
            assertThat(overview.tiles()).allSatisfy(tile ->
                    assertThat(tile.count()).as(tile.code()).isEqualTo(counts.getOrDefault(tile.id(), 0)));
            assertThat(overview.tiles()).anySatisfy(tile -> assertThat(tile.count()).isPositive());
            assertThat(overview.countText(1)).isEqualTo("1 initiative");
            assertThat(overview.countText(3)).isEqualTo("3 initiatives");

            overview.open(overview.tiles().get(2));
            assertThat(opened).containsExactly(Destination.themeArea(overview.tiles().get(2).id()));
        }
    }
}
