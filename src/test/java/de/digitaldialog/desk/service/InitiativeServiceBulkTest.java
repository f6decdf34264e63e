package de.digitaldialog.desk.service;

import static de.digitaldialog.desk.domain.InitiativeStatus.ABGESCHLOSSEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.VERWORFEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.IDEE;
import static de.digitaldialog.desk.domain.InitiativeStatus.IN_ABSTIMMUNG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk changes of the initiative list: one transaction, the refused steps listed. */
class InitiativeServiceBulkTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private InitiativeService initiatives;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        initiatives = workspace.initiatives();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void movesTheAllowedOnesAndListsTheOthersUnchanged() {
        Initiative first = create();
        Initiative second = create();
        Initiative adopted = create();
        initiatives.changeStatus(adopted.id(), VERWORFEN, "Verworfen", null);

        InitiativeService.BulkResult result = initiatives.changeStatus(
                List.of(first.id(), adopted.id(), second.id()), IN_ABSTIMMUNG, "Sammelweise in die Abstimmung");

        assertThat(result.changed()).isEqualTo(2);
        assertThat(result.unchanged()).containsExactly(
                new InitiativeService.Unchanged(adopted.id(), adopted.number(), VERWORFEN));
        assertThat(initiatives.load(first.id()).status()).isEqualTo(IN_ABSTIMMUNG);
        assertThat(initiatives.load(second.id()).status()).isEqualTo(IN_ABSTIMMUNG);
        assertThat(initiatives.history(first.id())).last()
                .satisfies(entry -> assertThat(entry.reason()).isEqualTo("Sammelweise in die Abstimmung"));
        assertThat(initiatives.load(adopted.id()).status()).isEqualTo(VERWORFEN);
        assertThat(initiatives.history(adopted.id())).hasSize(2);
    }

    @Test
    void isOneTransactionSoAFailureChangesNothing() {
        Initiative first = create();

        assertThatThrownBy(() -> initiatives.changeStatus(List.of(first.id(), UUID.randomUUID()),
                IN_ABSTIMMUNG, "Abstimmung")).isInstanceOf(DeskException.class);

        assertThat(initiatives.load(first.id()).status()).isEqualTo(IDEE);
        assertThat(initiatives.history(first.id())).hasSize(1);
    }

    @Test
    void nothingAllowedLeavesEverythingUnchanged() {
        Initiative first = create();

        InitiativeService.BulkResult result = initiatives.changeStatus(List.of(first.id()), ABGESCHLOSSEN, "Fertig");

        assertThat(result.changed()).isZero();
        assertThat(result.unchanged()).extracting(InitiativeService.Unchanged::status).containsExactly(IDEE);
        assertThat(initiatives.load(first.id()).status()).isEqualTo(IDEE);
    }

    @Test
    void setsTheTrafficLightOfAll() {
        Initiative first = create();
        Initiative second = create();

        initiatives.setTrafficLight(List.of(first.id(), second.id()), TrafficLight.ROT, "Finanzierung offen");

        assertThat(initiatives.load(first.id()).trafficLight()).isEqualTo(TrafficLight.ROT);
        assertThat(initiatives.load(second.id()).trafficLightReason()).isEqualTo("Finanzierung offen");
        assertThat(initiatives.load(second.id()).status()).isEqualTo(IDEE);
    }

    private Initiative create() {
        UUID theme = workspace.referenceData().themeAreas().stream()
                .filter(t -> t.code().equals("EGOV")).findFirst().orElseThrow().id();
        UUID land = workspace.referenceData().lands().stream()
                .filter(l -> l.code().equals("DE-BY")).findFirst().orElseThrow().id();
        UUID lead = workspace.referenceData().ministries().stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals("StMD"))
                .findFirst().orElseThrow().id();
        return initiatives.create(new Initiative(UUID.randomUUID(), null, "Nachnutzung von Onlinediensten", null,
                Set.of(theme), Map.of(land, lead), Set.of(), Set.of(), Set.of(), Arena.BILATERAL, IDEE, null, null,
                null, null, null, null, null, null, List.of(), null), "Vereinbart");
    }
}
