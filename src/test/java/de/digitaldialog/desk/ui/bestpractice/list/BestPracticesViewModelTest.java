package de.digitaldialog.desk.ui.bestpractice.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.testsupport.ReferenceIds;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.testsupport.TestModels;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.trash.DeletionFlow;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's filters, count, export and delete on a temp database. */
class BestPracticesViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private ReferenceIds ids;
    private BestPracticesViewModel viewModel;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("data"));
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        ids = new ReferenceIds(workspace);
        DirectTaskExecutor executor = new DirectTaskExecutor();
        viewModel = new BestPracticesViewModel(Messages.of(Locale.GERMAN), executor, TestModels.ready(workspace),
                workspace.bestPractices(), workspace.bestPracticeExport(), workspace.referenceData());
        workspace.bestPractices().create(practice("Logineo", "DE-NW", ids.ministry("DE-NW", "MSB"),
                Transferability.HOCH, Adoption.UEBERNOMMEN, "BILDUNG", "EGOV"));
        workspace.bestPractices().create(practice("BayernID", "DE-BY", null, Transferability.MITTEL, Adoption.OFFEN,
                "EGOV"));
        workspace.bestPractices().create(practice("Funkloch-App", "DE-BY", null, Transferability.GERING,
                Adoption.OFFEN, "INFRA"));
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private BestPractice practice(String title, String land, UUID ministry, Transferability transferability,
                                  Adoption adoption, String... areas) {
        Set<UUID> areaIds = Stream.of(areas).map(ids::themeArea).collect(Collectors.toSet());
        return new BestPractice(UUID.randomUUID(), title, areaIds, ids.land(land), ministry, null, null, null,
                transferability, adoption, null, Set.of(), Classification.OFFEN, null);
    }

    private List<String> titles() {
        return viewModel.rows().stream().map(BestPracticeSummary::title).sorted().toList();
    }

    @Test
    void theFacetsNarrowTheListAndTheCountSaysHowMany() {
        assertThat(titles()).containsExactly("BayernID", "Funkloch-App", "Logineo");
        assertThat(viewModel.countProperty().get()).isEqualTo("3 von 3");
        assertThat(viewModel.lands()).extracting(choice -> choice.value()).containsExactly(null, "DE-BY", "DE-NW");
        assertThat(viewModel.ministries()).hasSize(2);

        viewModel.landProperty().set(viewModel.lands().get(1));
        assertThat(titles()).containsExactly("BayernID", "Funkloch-App");
        viewModel.themeAreaProperty().set(viewModel.themeAreas().stream()
                .filter(choice -> "EGOV".equals(choice.value())).findFirst().orElseThrow());
        assertThat(titles()).containsExactly("BayernID");
        assertThat(viewModel.countProperty().get()).isEqualTo("1 von 3");

        viewModel.clearFilter();
        viewModel.adoptionProperty().set(viewModel.adoptions().stream()
                .filter(choice -> choice.value() == Adoption.UEBERNOMMEN).findFirst().orElseThrow());
        assertThat(titles()).containsExactly("Logineo");
        viewModel.clearFilter();
        viewModel.transferabilityProperty().set(viewModel.transferabilities().stream()
                .filter(choice -> choice.value() == Transferability.GERING).findFirst().orElseThrow());
        assertThat(titles()).containsExactly("Funkloch-App");
        viewModel.clearFilter();
        viewModel.ministryProperty().set(viewModel.ministries().get(1));
        assertThat(titles()).containsExactly("Logineo");
        viewModel.clearFilter();
        viewModel.textProperty().set("funkloch");
        assertThat(titles()).containsExactly("Funkloch-App");

        viewModel.clearFilter();
        assertThat(viewModel.countProperty().get()).isEqualTo("3 von 3");
    }

    @Test
    void theExportWritesTheFilteredRows() throws Exception {
        viewModel.landProperty().set(viewModel.lands().get(1));
        Path file = folder.resolve("best-practices.csv");
        List<String> done = new ArrayList<>();

        viewModel.export(viewModel.exportRows(), file, false, done::add);

        String written = Files.readString(file);
        assertThat(written).contains("BayernID", "Funkloch-App").doesNotContain("Logineo");
        assertThat(done).containsExactly("2 Zeilen nach best-practices.csv geschrieben.");
    }

    @Test
    void aDeleteRemovesThePracticeAndAStaleOneIsRefusedWithWhoChangedIt() {
        BestPracticeSummary logineo = viewModel.rows().stream().filter(row -> row.title().equals("Logineo"))
                .findFirst().orElseThrow();
        BestPracticeSummary bayernId = viewModel.rows().stream().filter(row -> row.title().equals("BayernID"))
                .findFirst().orElseThrow();
        BestPractice stored = workspace.bestPractices().load(bayernId.id());
        workspace.bestPractices().save(stored);
        ScriptedDialogs dialogs = new ScriptedDialogs().answer(true).answer(true);
        DeletionFlow deletion = new DeletionFlow(Messages.of(Locale.GERMAN), new DirectTaskExecutor(),
                workspace.trash(), TestModels.ready(workspace), dialogs);

        deletion.delete(null, DeletionKind.BEST_PRACTICE, logineo.id(), logineo.version(), () -> { });
        deletion.delete(null, DeletionKind.BEST_PRACTICE, bayernId.id(), bayernId.version(), () -> { });
        viewModel.refresh();

        assertThat(titles()).containsExactly("BayernID", "Funkloch-App");
        assertThat(dialogs.asked()).hasSize(3).last().asString()
                .contains("zwischenzeitlich von Dr. Katrin Huber (StK)");
    }
}
