package de.digitaldialog.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void collectsEveryBrokenRuleWithItsArguments() {
        Violations violations = new Violations()
                .requireText("title", "x".repeat(11), 10)
                .requireText("place", "Residenz", 10)
                .requireEmailOrEmpty("email", "a@b")
                .check(false, "endsAt", "validation.meeting.endBeforeStart")
                .add("number", "validation.agenda.numberFrozen", "3");

        assertThat(violations.list()).containsExactly(
                new Violation("title", "validation.tooLong", 10),
                new Violation("email", "validation.email"),
                new Violation("endsAt", "validation.meeting.endBeforeStart"),
                new Violation("number", "validation.agenda.numberFrozen", List.of("3")));
        assertThatThrownBy(violations::throwIfAny)
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).hasSize(4);
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.key()).isEqualTo("validation.tooLong");
                    assertThat(e.args()).containsExactly(10);
                });
    }

    @Test
    void nothingBrokenThrowsNothing() {
        Violations violations = new Violations().requireText("title", "Kabinett", 10).requireEmailOrEmpty("email", "");
        assertThat(violations.isEmpty()).isTrue();
        assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void theSingleFieldConstructorMakesOneViolation() {
        ValidationException e = new ValidationException("to", "validation.calendar.period");
        assertThat(e.violations()).containsExactly(new Violation("to", "validation.calendar.period"));
    }
}
