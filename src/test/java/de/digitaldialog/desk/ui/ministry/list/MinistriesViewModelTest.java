package de.digitaldialog.desk.ui.ministry.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ressorts page's view model on a temp database: the filters and the successors column. */
class MinistriesViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private MinistriesViewModel viewModel;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        viewModel = new MinistriesViewModel(Messages.of(Locale.GERMAN), new DirectTaskExecutor(),
                workspace.ministries(), workspace.referenceData());
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theLandFilterNarrowsTheListAndTheSummaryCounts() {
        int all = viewModel.ministries().size();
        assertThat(all).isPositive();
        Land bavaria = viewModel.lands().stream().filter(land -> Land.BAVARIA.equals(land.code())).findFirst().orElseThrow();

        viewModel.landProperty().set(bavaria);

        assertThat(viewModel.ministries()).isNotEmpty().allMatch(ministry -> ministry.landId().equals(bavaria.id()));
        assertThat(viewModel.ministries().size()).isLessThan(all);
        assertThat(viewModel.summaryProperty().get()).contains(String.valueOf(viewModel.ministries().size()));
        assertThat(viewModel.landName(bavaria.id())).isEqualTo("Bayern");
    }

    @Test
    void anEndedMinistryShowsOnlyWithEndedOnesAndNamesItsSuccessor() {
        Ministry stmd = viewModel.ministries().stream().filter(ministry -> "StMD".equals(ministry.abbreviation()))
                .findFirst().orElseThrow();
        Ministry successor = new Ministry(UUID.randomUUID(), stmd.landId(), "StMDx", stmd.name(),
                stmd.kind(), LocalDate.of(2024, 1, 1), null, null, null);
        workspace.ministries().replace(stmd.id(), LocalDate.of(2023, 12, 31), List.of(successor));

        viewModel.refresh();
        assertThat(viewModel.ministries()).extracting(Ministry::abbreviation).contains("StMDx").doesNotContain("StMD");

        viewModel.withEndedProperty().set(true);
        Ministry ended = viewModel.ministries().stream().filter(ministry -> "StMD".equals(ministry.abbreviation()))
                .findFirst().orElseThrow();
        assertThat(viewModel.successors(ended)).isEqualTo("StMDx");
        assertThat(viewModel.date(ended.validTo())).isEqualTo("31.12.2023");
    }
}
