package de.digitaldialog.desk.domain;

import static de.digitaldialog.desk.domain.InitiativeStatus.ABGESCHLOSSEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.BESCHLOSSEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.IDEE;
import static de.digitaldialog.desk.domain.InitiativeStatus.IN_ABSTIMMUNG;
import static de.digitaldialog.desk.domain.InitiativeStatus.IN_UMSETZUNG;
import static de.digitaldialog.desk.domain.InitiativeStatus.VERWORFEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.ZURUECKGESTELLT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The transition table of ARCHITECTURE.md, row by row. */
class InitiativeStatusTest {

    @Test
    void openStatesMoveOneStepEitherWayOrAsideOrOut() {
        assertThat(IDEE.allowedTargets(null)).containsExactlyInAnyOrder(IN_ABSTIMMUNG, ZURUECKGESTELLT, VERWORFEN);
        assertThat(IN_ABSTIMMUNG.allowedTargets(null))
                .containsExactlyInAnyOrder(IDEE, BESCHLOSSEN, ZURUECKGESTELLT, VERWORFEN);
        assertThat(BESCHLOSSEN.allowedTargets(null))
                .containsExactlyInAnyOrder(IN_ABSTIMMUNG, IN_UMSETZUNG, ZURUECKGESTELLT, VERWORFEN);
        assertThat(IN_UMSETZUNG.allowedTargets(null))
                .containsExactlyInAnyOrder(BESCHLOSSEN, ABGESCHLOSSEN, ZURUECKGESTELLT, VERWORFEN);
    }

    @Test
    void aDeferredInitiativeReturnsOnlyToWhereItCameFromOrIsDropped() {
        assertThat(ZURUECKGESTELLT.allowedTargets(BESCHLOSSEN)).containsExactlyInAnyOrder(BESCHLOSSEN, VERWORFEN);
        assertThat(ZURUECKGESTELLT.canMoveTo(IDEE, BESCHLOSSEN)).isFalse();
    }

    @Test
    void closedStatesOnlyReopen() {
        assertThat(ABGESCHLOSSEN.allowedTargets(null)).containsExactly(IN_UMSETZUNG);
        assertThat(VERWORFEN.allowedTargets(null)).containsExactly(IDEE);
        assertThat(IDEE.canMoveTo(ABGESCHLOSSEN, null)).isFalse();
        assertThat(ABGESCHLOSSEN.canMoveTo(VERWORFEN, null)).isFalse();
    }
}
