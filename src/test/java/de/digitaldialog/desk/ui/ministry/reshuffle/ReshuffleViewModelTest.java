package de.digitaldialog.desk.ui.ministry.reshuffle;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MinistryService;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reshuffle's view model: the rules at the new successor's fields, and new and existing successors stored together. */
class ReshuffleViewModelTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2023, 12, 31);

    @TempDir
    Path folder;

    private Workspace workspace;
    private MinistryService ministries;
    private ReshuffleViewModel viewModel;
    private Ministry stmd;
    private final List<Ministry> ended = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        ministries = workspace.ministries();
        viewModel = new ReshuffleViewModel(Messages.of(Locale.GERMAN), new DirectTaskExecutor(), ministries);
        stmd = byAbbreviation("StMD");
        viewModel.start(stmd, ministries.list(), LAST_DAY);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Ministry byAbbreviation(String abbreviation) {
        return ministries.list().stream().filter(m -> abbreviation.equals(m.abbreviation())).findFirst().orElseThrow();
    }

    @Test
    void aTakenAbbreviationAndAStartBeforeTheLastDayAreRefusedAtTheirFields() {
        assertThat(viewModel.validFromProperty().get()).isEqualTo(LAST_DAY.plusDays(1));
        viewModel.abbreviationProperty().set("StMI");
        viewModel.validFromProperty().set(LAST_DAY.minusDays(3));

        assertThat(viewModel.addNew()).isFalse();

        assertThat(viewModel.errorProperty(ReshuffleViewModel.ABBREVIATION).get())
                .startsWith("Die Abkürzung StMI hat im selben Zeitraum bereits");
        assertThat(viewModel.errorProperty(ReshuffleViewModel.VALID_FROM).get())
                .isEqualTo("Der Nachfolger StMI gilt schon vor dem Ende dieses Ressorts (31.12.2023).");
        assertThat(viewModel.errorProperty(ReshuffleViewModel.NAME_DE).get()).isNotEmpty();
        assertThat(viewModel.newSuccessors()).isEmpty();
        assertThat(viewModel.save(ended::add)).isFalse();
        assertThat(ministries.load(stmd.id()).validTo()).isNull();
    }

    @Test
    void aNewRowKeepingTheAbbreviationAndAnExistingMinistryFollowTogether() {
        viewModel.abbreviationProperty().set("StMD");
        viewModel.nameDeProperty().set("Bayerisches Staatsministerium für Digitales und Medien");
        viewModel.nameEnProperty().set("Bavarian State Ministry for Digital Affairs and Media");
        assertThat(viewModel.addNew()).isTrue();
        Ministry economy = byAbbreviation("StMWi");
        viewModel.chosen().setAll(economy);
        // an existing ministry valid since 2018 cannot follow one that ends in 2023: refused, nothing stored
        assertThat(viewModel.save(ended::add)).isTrue();
        assertThat(ended).isEmpty();
        assertThat(viewModel.problemProperty().get() + viewModel.errorProperty(ReshuffleViewModel.SUCCESSORS).get())
                .contains("StMWi");
        assertThat(ministries.load(stmd.id()).validTo()).isNull();

        viewModel.chosen().clear();
        assertThat(viewModel.save(ended::add)).isTrue();

        assertThat(ended).singleElement().satisfies(m -> assertThat(m.validTo()).isEqualTo(LAST_DAY));
        Ministry successor = ministries.load(ended.get(0).successorIds().iterator().next());
        assertThat(successor.abbreviation()).isEqualTo("StMD");
        assertThat(successor.validFrom()).isEqualTo(LAST_DAY.plusDays(1));
    }

    @Test
    void withoutAnySuccessorNothingIsStored() {
        assertThat(viewModel.save(ended::add)).isFalse();
        assertThat(viewModel.errorProperty(ReshuffleViewModel.SUCCESSORS).get())
                .isEqualTo("Bitte mindestens einen Nachfolger anlegen oder wählen.");
    }
}
