package de.digitaldialog.desk.ui.ministry.handover;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MinistryService;
import de.digitaldialog.desk.service.MinistryService.HandOverResult;
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

/** The hand-over's view model: named successors first, what moves said before, another ministry named a successor. */
class HandOverViewModelTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2023, 12, 31);

    @TempDir
    Path folder;

    private Workspace workspace;
    private MinistryService ministries;
    private HandOverViewModel viewModel;
    private Ministry stmd;
    private Ministry named;
    private Ministry later;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.demoData().load(false);
        ministries = workspace.ministries();
        stmd = ministries.list().stream().filter(m -> "StMD".equals(m.abbreviation())).findFirst().orElseThrow();
        named = ministry("StMDW", LAST_DAY.plusDays(1));
        later = ministry("StMAI", LAST_DAY.plusDays(1));
        ministries.replace(stmd.id(), LAST_DAY, List.of(named));
        ministries.create(later);
        viewModel = new HandOverViewModel(Messages.of(Locale.GERMAN), new DirectTaskExecutor(), ministries);
        viewModel.load(stmd.id());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Ministry ministry(String abbreviation, LocalDate from) {
        return new Ministry(UUID.randomUUID(), stmd.landId(), abbreviation,
                new LocalizedText("Ministerium " + abbreviation, "Ministry " + abbreviation), MinistryKind.MINISTERIUM,
                from, null, Set.of(), null);
    }

    @Test
    void theNamedSuccessorComesFirstAndOnlyMinistriesThatMayFollowAreOffered() {
        assertThat(viewModel.candidates()).extracting(Ministry::abbreviation).containsExactly("StMDW", "StMAI");
        assertThat(viewModel.successorProperty().get().id()).isEqualTo(named.id());
        assertThat(viewModel.label(viewModel.candidates().get(0))).endsWith("(Nachfolger)");
        assertThat(viewModel.previewProperty().get()).startsWith("Offen: ");
        assertThat(viewModel.confirmation()).startsWith("Von StMD an StMDW übergeben: ");
    }

    @Test
    void handingOverToAnotherMinistryNamesItASuccessorAndSaysWhatMoved() {
        viewModel.successorProperty().set(viewModel.candidates().get(1));
        viewModel.reasonProperty().set("Zuschnitt geändert");
        List<HandOverResult> moved = new ArrayList<>();

        assertThat(viewModel.ready()).isTrue();
        viewModel.handOver(moved::add);

        assertThat(moved).hasSize(1);
        assertThat(moved.get(0).initiatives()).isPositive();
        assertThat(ministries.load(stmd.id()).successorIds()).contains(named.id(), later.id());
        assertThat(viewModel.result(moved.get(0))).endsWith("sind an StMAI übergeben.");
    }
}
