package de.digitaldialog.desk.ui.initiative.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeExport;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which rows an export writes and in which format, without the JavaFX toolkit. */
class InitiativesExportViewModelTest {

    private static final InitiativeSummary A = row("INI-BY1-0001", "Breitband", InitiativeStatus.IDEE);
    private static final InitiativeSummary B = row("INI-BY1-0002", "Cloud", InitiativeStatus.BESCHLOSSEN);
    private static final InitiativeSummary C = row("INI-BY1-0003", "Akten", InitiativeStatus.IDEE);

    private InitiativesViewModel viewModel;

    private static InitiativeSummary row(String number, String title, InitiativeStatus status) {
        return InitiativesViewModelTest.row(number, title, null, null, List.of("EGOV"), List.of("StMD"), List.of(),
                List.of("DE-BY"), Arena.BILATERAL, status, TrafficLight.GRUEN, null, null);
    }

    @BeforeEach
    void loadRows() {
        viewModel = new InitiativesViewModel(Messages.of(Locale.GERMAN),
                new WorkspaceModel(new DirectTaskExecutor(), null));
        viewModel.today(() -> LocalDate.of(2026, 11, 28));
        viewModel.show(List.of(A, B, C), List.of(), List.of());
    }

    @Test
    void exportsTheFilteredRowsInTheTablesOrder() {
        viewModel.statusProperty().set(InitiativeStatus.IDEE);
        viewModel.initiatives().setComparator(Comparator.comparing(InitiativeSummary::title));

        assertThat(viewModel.exportRows()).containsExactly(C, A);
    }

    @Test
    void exportsTheSelectionThatPassesTheFilterInTheTablesOrder() {
        viewModel.initiatives().setComparator(Comparator.comparing(InitiativeSummary::title));

        assertThat(viewModel.exportRows(List.of(B, C))).containsExactly(C, B);
        assertThat(viewModel.exportRows(List.of())).containsExactly(C, A, B);

        viewModel.statusProperty().set(InitiativeStatus.IDEE);
        assertThat(viewModel.exportRows(List.of(B, C))).containsExactly(C);
    }

    @Test
    void theFileNameChoosesTheFormat() {
        assertThat(InitiativesViewModel.exportFormat(Path.of("liste.XLSX"))).isEqualTo(InitiativeExport.Format.XLSX);
        assertThat(InitiativesViewModel.exportFormat(Path.of("liste.csv"))).isEqualTo(InitiativeExport.Format.CSV);
        assertThat(InitiativesViewModel.exportFormat(Path.of("liste"))).isEqualTo(InitiativeExport.Format.CSV);
        assertThat(viewModel.exportFileName()).isEqualTo("initiativen-2026-11-28.csv");
    }
}
