package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.cli.Cli;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk demo --initiatives N}: believable, spread, deterministic, and consistent with the rules. */
class DemoDataGeneratorTest {

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void theSameSeedGivesTheSameInitiativesSpreadOverAreasStatesAndLaender() {
        List<InitiativeSummary> a;
        List<InitiativeSummary> b;
        try (Workspace workspace = Workspace.open(first)) {
            assertThat(workspace.demoData().generate(400, 7L).initiatives()).isEqualTo(400);
            a = workspace.initiatives().list();
            InitiativeSummary some = a.get(17);
            List<StatusChange> history = workspace.initiatives().history(some.id());
            assertThat(history).first().extracting(StatusChange::toValue).isEqualTo(InitiativeStatus.IDEE.name());
            assertThat(history).last().extracting(StatusChange::toValue).isEqualTo(some.status().name());
        }
        try (Workspace workspace = Workspace.open(second)) {
            workspace.demoData().generate(400, 7L);
            b = workspace.initiatives().list();
        }
        assertThat(a).hasSize(400);
        assertThat(a.stream().map(InitiativeSummary::title).toList())
                .isEqualTo(b.stream().map(InitiativeSummary::title).toList());
        assertThat(a.stream().map(InitiativeSummary::number).toList())
                .isEqualTo(b.stream().map(InitiativeSummary::number).toList());

        assertThat(a.stream().flatMap(row -> row.themeAreaCodes().stream()).collect(Collectors.toSet())).hasSize(8);
        assertThat(a.stream().map(InitiativeSummary::status).collect(Collectors.toSet()))
                .containsAll(Set.of(InitiativeStatus.values()));
        assertThat(a.stream().map(InitiativeSummary::trafficLight).distinct().count()).isEqualTo(3);
        assertThat(a.stream().map(InitiativeSummary::arena).distinct().count()).isEqualTo(4);
        assertThat(a).allSatisfy(row -> {
            assertThat(row.leadMinistries()).hasSize(2);
            assertThat(row.landCodes()).contains("DE-BY", "DE-NW");
            assertThat(row.description()).isNotBlank();
            assertThat(row.nextStep()).isNotBlank();
        });
        assertThat(a).anyMatch(row -> row.landCodes().size() > 2);
        assertThat(a).anyMatch(row -> !row.participatingMinistries().isEmpty());
        assertThat(a).anyMatch(row -> row.nextMilestoneDue() != null);
        assertThat(a.stream().map(InitiativeSummary::title).distinct().count()).isGreaterThan(200);
    }

    @Test
    void theCommandGeneratesAndInfoCountsThem() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--data-dir", first.toString(), "demo", "--initiatives", "50"},
                Messages.of(Locale.GERMAN), folder -> {
                    throw new AssertionError("no window");
                }, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("50 Initiativen erzeugt in ");
        try (Workspace workspace = Workspace.open(first)) {
            assertThat(workspace.initiatives().list()).hasSize(50);
        }
        int wrong = Cli.run(new String[] {"--data-dir", first.toString(), "demo", "--initiatives", "0"},
                Messages.of(Locale.GERMAN), folder -> {
                }, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        assertThat(wrong).isEqualTo(2);
    }
}
