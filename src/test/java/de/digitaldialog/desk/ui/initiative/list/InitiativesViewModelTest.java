package de.digitaldialog.desk.ui.initiative.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list's filter without the JavaFX toolkit: free text, every facet, "mine", overdue, the count. */
class InitiativesViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);

    private WorkspaceModel model;
    private InitiativesViewModel viewModel;

    static InitiativeSummary row(String number, String title, String description, String nextStep,
                                 List<String> areas, List<String> leads, List<String> participants,
                                 List<String> lands, Arena arena, InitiativeStatus status, TrafficLight light,
                                 LocalDate milestoneDue, LocalDate target) {
        return new InitiativeSummary(UUID.randomUUID(), number, title, areas, leads, arena, status, light,
                Classification.OFFEN, milestoneDue == null ? null : "Zwischenbericht", milestoneDue, target,
                Instant.parse("2019-03-12T10:00:00Z"), "Anna Schmidt (StMD)", description, nextStep, participants,
                lands, 0);
    }

    private static final InitiativeSummary KI = row("INI-BY1-0001", "KI-Kompetenzzentrum Supercomputing",
            "Gemeinsamer Großrechner für Hochschulen", "Standort prüfen", List.of("KI"), List.of("StMD", "MWIDE"),
            List.of("StMWK"), List.of("DE-BY", "DE-NW"), Arena.BILATERAL, InitiativeStatus.IN_UMSETZUNG,
            TrafficLight.GRUEN, LocalDate.of(2019, 9, 1), LocalDate.of(2020, 12, 31));
    private static final InitiativeSummary EGOV = row("INI-BY1-0002", "Digitale Bauanträge",
            "Antrag ohne Papier in allen Kommunen", "Pilotkommunen auswählen", List.of("EGOV", "INFRA"),
            List.of("StMB", "MHKBG"), List.of(), List.of("DE-BY", "DE-NW", "DE-HE"), Arena.LAENDERKREIS,
            InitiativeStatus.IDEE, TrafficLight.GELB, LocalDate.of(2019, 4, 1), LocalDate.of(2021, 1, 1));
    private static final InitiativeSummary CYBER = row("INI-NW1-0003", "Cyberabwehr der Kommunen",
            null, "Bundesratsantrag formulieren", List.of("CYBER"), List.of("StMI", "IM"), List.of("StMD"),
            List.of("DE-BY", "DE-NW"), Arena.BUNDESRAT, InitiativeStatus.BESCHLOSSEN, TrafficLight.ROT,
            null, LocalDate.of(2019, 5, 1));
    private static final InitiativeSummary DONE = row("INI-NW1-0004", "Schul-WLAN",
            "Netz in jedem Klassenzimmer", null, List.of("BILDUNG"), List.of("StMUK", "MSB"), List.of(),
            List.of("DE-BY", "DE-NW"), Arena.BILATERAL, InitiativeStatus.ABGESCHLOSSEN, TrafficLight.GRUEN,
            null, LocalDate.of(2019, 1, 1));

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void loadRows() {
        workspace = Workspace.open(folder);
        model = new WorkspaceModel(new DirectTaskExecutor(), folder);
        viewModel = viewModel(Messages.of(Locale.GERMAN));
        viewModel.today(() -> TODAY);
        viewModel.show(List.of(KI, EGOV, CYBER, DONE), List.of(), List.of());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private InitiativesViewModel viewModel(Messages messages) {
        return new InitiativesViewModel(messages, new DirectTaskExecutor(), workspace.initiatives(),
                workspace.referenceData(), model);
    }

    private List<String> shown() {
        return viewModel.initiatives().stream().map(InitiativeSummary::number).toList();
    }

    @Test
    void withoutFilterAllRowsShowWithTheirCount() {
        assertThat(shown()).hasSize(4);
        assertThat(viewModel.countProperty().get()).isEqualTo("4 Initiativen");
    }

    @Test
    void freeTextSearchesNumberTitleDescriptionAndNextStepIgnoringCase() {
        viewModel.textProperty().set("nw1-0003");
        assertThat(shown()).containsExactly("INI-NW1-0003");
        viewModel.textProperty().set("BAUANTR");
        assertThat(shown()).containsExactly("INI-BY1-0002");
        viewModel.textProperty().set("großrechner");
        assertThat(shown()).containsExactly("INI-BY1-0001");
        viewModel.textProperty().set("pilotkommunen");
        assertThat(shown()).containsExactly("INI-BY1-0002");
        viewModel.textProperty().set("  klassenzimmer ");
        assertThat(shown()).containsExactly("INI-NW1-0004");
        viewModel.textProperty().set("nirgends");
        assertThat(shown()).isEmpty();
        assertThat(viewModel.countProperty().get()).isEqualTo("0 von 4");
    }

    @Test
    void theCountSaysHowManyOfAllAreShown() {
        viewModel.textProperty().set("INI-BY1");
        assertThat(viewModel.countProperty().get()).isEqualTo("2 von 4");
        Messages english = Messages.of(Locale.ENGLISH);
        InitiativesViewModel inEnglish = viewModel(english);
        inEnglish.show(List.of(KI, EGOV, CYBER, DONE), List.of(), List.of());
        inEnglish.textProperty().set("INI-BY1");
        assertThat(inEnglish.countProperty().get()).isEqualTo("2 of 4");
    }

    @Test
    void eachFacetFilters() {
        viewModel.themeAreaProperty().set("INFRA");
        assertThat(shown()).containsExactly("INI-BY1-0002");
        viewModel.themeAreaProperty().set(null);

        viewModel.landProperty().set("DE-HE");
        assertThat(shown()).containsExactly("INI-BY1-0002");
        viewModel.landProperty().set(null);

        viewModel.ministryProperty().set("StMD");
        assertThat(shown()).as("lead or participating").containsExactly("INI-BY1-0001", "INI-NW1-0003");
        viewModel.ministryProperty().set(null);

        viewModel.arenaProperty().set(Arena.BILATERAL);
        assertThat(shown()).containsExactly("INI-BY1-0001", "INI-NW1-0004");
        viewModel.statusProperty().set(InitiativeStatus.ABGESCHLOSSEN);
        assertThat(shown()).as("facets combine").containsExactly("INI-NW1-0004");
        viewModel.arenaProperty().set(null);
        viewModel.statusProperty().set(null);

        viewModel.trafficLightProperty().set(TrafficLight.ROT);
        assertThat(shown()).containsExactly("INI-NW1-0003");
        viewModel.clearFilter();
        assertThat(shown()).hasSize(4);
    }

    @Test
    void overdueOnlyKeepsLateMilestonesAndOpenInitiativesPastTheirTarget() {
        viewModel.overdueOnlyProperty().set(true);
        // EGOV: milestone of 1 April passed; CYBER: open, target 1 May passed; DONE: closed, so not late
        assertThat(shown()).containsExactly("INI-BY1-0002", "INI-NW1-0003");
    }

    @Test
    void mineMeansTheUsersMinistryLeadsOrTakesPart() {
        viewModel.mineProperty().set(true);
        assertThat(shown()).as("no profile, nothing is mine").isEmpty();
        WorkspaceModel.Snapshot withProfile = new WorkspaceModel.Snapshot(List.of(), Map.of(), false,
                Optional.of(new UserProfile("Anna Schmidt", "StMD", null)),
                new Installation(UUID.randomUUID(), "BY1", true));
        model.ready(withProfile, () -> withProfile);
        assertThat(shown()).containsExactly("INI-BY1-0001", "INI-NW1-0003");
        viewModel.textProperty().set("cyber");
        assertThat(shown()).containsExactly("INI-NW1-0003");
    }

    @Test
    void aFixedThemeAreaStaysWhenTheFilterIsReset() {
        viewModel.fixThemeArea(UUID.randomUUID(), "EGOV");
        viewModel.show(List.of(KI, EGOV, CYBER, DONE), List.of(), List.of());
        assertThat(shown()).containsExactly("INI-BY1-0002");
        viewModel.textProperty().set("KI");
        viewModel.clearFilter();
        assertThat(viewModel.isThemeAreaFixed()).isTrue();
        assertThat(shown()).containsExactly("INI-BY1-0002");
    }

    @Test
    void theSearchTextIsLowerCaseNumberTitleDescriptionAndNextStep() {
        assertThat(InitiativesViewModel.searchText(EGOV, Locale.GERMAN))
                .isEqualTo("ini-by1-0002\ndigitale bauanträge\nantrag ohne papier in allen kommunen\n"
                        + "pilotkommunen auswählen");
    }

    @Test
    void numbersSortInCounterOrder() {
        assertThat(InitiativeTables.byNumber("INI-BY1-9999", "INI-BY1-10000")).isNegative();
        assertThat(InitiativeTables.byNumber("INI-BY1-0002", "INI-NW1-0001")).isNegative();
    }
}
