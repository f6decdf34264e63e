package de.digitaldialog.desk.ui.initiative.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeExport;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which rows an export writes and in which format, and the changes of many rows, without the JavaFX toolkit. */
class InitiativesExportViewModelTest {

    private static final InitiativeSummary A = row("INI-BY1-0001", "Breitband", InitiativeStatus.IDEE);
    private static final InitiativeSummary B = row("INI-BY1-0002", "Cloud", InitiativeStatus.BESCHLOSSEN);
    private static final InitiativeSummary C = row("INI-BY1-0003", "Akten", InitiativeStatus.IDEE);

    @TempDir
    Path folder;
    private Workspace workspace;
    private InitiativesViewModel viewModel;
    private InitiativeBulkViewModel bulk;

    private static InitiativeSummary row(String number, String title, InitiativeStatus status) {
        return InitiativesViewModelTest.row(number, title, null, null, List.of("EGOV"), List.of("StMD"), List.of(),
                List.of("DE-BY"), Arena.BILATERAL, status, TrafficLight.GRUEN, null, null);
    }

    @BeforeEach
    void loadRows() {
        workspace = Workspace.open(folder);
        Messages messages = Messages.of(Locale.GERMAN);
        DirectTaskExecutor executor = new DirectTaskExecutor();
        WorkspaceModel model = new WorkspaceModel(executor, folder);
        viewModel = new InitiativesViewModel(messages, executor, workspace.initiatives(), workspace.referenceData(),
                model);
        bulk = new InitiativeBulkViewModel(messages, executor, workspace.initiatives(), workspace.export(), model);
        viewModel.today(() -> LocalDate.of(2026, 11, 28));
        viewModel.show(List.of(A, B, C), List.of(), List.of());
    }

    @AfterEach
    void close() {
        workspace.close();
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
        assertThat(InitiativeBulkViewModel.exportFormat(Path.of("liste.XLSX"))).isEqualTo(InitiativeExport.Format.XLSX);
        assertThat(InitiativeBulkViewModel.exportFormat(Path.of("liste.csv"))).isEqualTo(InitiativeExport.Format.CSV);
        assertThat(InitiativeBulkViewModel.exportFormat(Path.of("liste"))).isEqualTo(InitiativeExport.Format.CSV);
        assertThat(bulk.exportFile(viewModel.today()).initialName()).isEqualTo("initiativen-2026-11-28.csv");
        assertThat(bulk.exportFile(viewModel.today()).types()).extracting(type -> type.extension())
                .containsExactly("csv", "xlsx");
    }

    @Test
    void theRowsAreWrittenAndAStatusChangeOfManyReloadsTheList() throws Exception {
        workspace.settings().saveUserProfile(new UserProfile("Anna Schmidt", "StMD", null));
        workspace.demoData().load(false);
        List<InitiativeSummary> ideas = workspace.initiatives().list().stream()
                .filter(row -> row.status() == InitiativeStatus.IDEE).limit(1).toList();
        String[] told = new String[1];
        Path file = folder.resolve("ideen.csv");
        bulk.export(ideas, file, false, text -> told[0] = text);
        assertThat(told[0]).isEqualTo("1 Zeilen nach ideen.csv geschrieben.");
        assertThat(Files.readString(file)).contains(ideas.get(0).number());

        boolean[] reloaded = new boolean[1];
        bulk.afterChange(() -> reloaded[0] = true);
        bulk.changeStatus(ideas, InitiativeStatus.IN_ABSTIMMUNG, "Beschluss der Runde", text -> told[0] = text);
        assertThat(told[0]).isEqualTo("1 Initiativen geändert.");
        assertThat(reloaded[0]).isTrue();
        assertThat(workspace.initiatives().list()).filteredOn(row -> row.id().equals(ideas.get(0).id()))
                .singleElement().satisfies(row -> assertThat(row.status()).isEqualTo(InitiativeStatus.IN_ABSTIMMUNG));
    }
}
