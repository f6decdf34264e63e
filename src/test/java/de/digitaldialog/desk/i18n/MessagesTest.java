package de.digitaldialog.desk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.ValidationException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void storedValuesInMessagesAppearAsTheirLabels() {
        var error = new ValidationException("status", "validation.initiative.statusStep",
                InitiativeStatus.IDEE, InitiativeStatus.ABGESCHLOSSEN);
        assertThat(Messages.of(Locale.GERMAN).of(error))
                .isEqualTo("Der Statuswechsel von „Idee“ nach „Abgeschlossen“ ist nicht zulässig.");
        assertThat(Messages.of(Locale.ENGLISH).of(error))
                .isEqualTo("Moving from “Idea” to “Completed” is not allowed.");
    }

    @Test
    void whoChangedARecordMeanwhileIsToldWithBerlinDateAndTimeOnAnyMachine() {
        var when = LocalDateTime.of(2026, 11, 27, 14, 5).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        String text = Messages.of(Locale.GERMAN).of(new ConcurrentChangeException("Anna Schmidt (StK)", when));
        assertThat(text).contains("von Anna Schmidt (StK) am 27.11.2026 um 14:05 Uhr geändert");
    }

    @Test
    void aRefusedConstraintWithoutATextOfItsOwnGetsTheGeneralOne() {
        assertThat(Messages.of(Locale.GERMAN).of(new DeskException("constraint.ck_not_in_the_schema")))
                .isEqualTo("Die Änderung verletzt eine Regel der Datenbank und wurde nicht gespeichert.");
    }

    @Test
    void aFailureShowsItsDomainErrorAndNeverItsOwnText() {
        Messages messages = Messages.of(Locale.GERMAN);
        assertThat(messages.failure(new IllegalStateException("SQL [insert ... 'Geheim']",
                new DeskException("error.database.inUse", "/tmp/daten")))).startsWith("Die Datenbank in /tmp/daten");
        IllegalStateException circle = new IllegalStateException("Geheim");
        circle.initCause(new IllegalArgumentException(circle));
        assertThat(messages.failure(circle)).isEqualTo(messages.get("error.unexpected")).doesNotContain("Geheim");
    }
}
