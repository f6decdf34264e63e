package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.DeskException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TracesTest {

    @Test
    void aTraceKeepsClassesFramesAndCodesButNoMessage() {
        SQLException sql = new SQLException("INSERT INTO initiative VALUES ('Geheimer Titel')", "23513", 23513);
        RuntimeException wrapped = new RuntimeException("SQL [INSERT ... 'Geheimer Titel']", sql);
        wrapped.addSuppressed(new IllegalStateException("anna@example.org"));
        DeskException error = new DeskException(wrapped, "constraint.ck_initiative_title", "Geheimer Titel");

        String trace = Traces.withoutMessages(error);

        assertThat(trace).startsWith(DeskException.class.getName() + ": constraint.ck_initiative_title\n")
                .contains("\tat " + TracesTest.class.getName(), "Caused by: java.lang.RuntimeException\n",
                        "Caused by: java.sql.SQLException [SQL state 23513, error code 23513]\n",
                        "\tSuppressed: java.lang.IllegalStateException\n", " more\n")
                .doesNotContain("Geheim", "INSERT", "anna@");
    }

    @Test
    void aCircularCauseEndsTheTrace() {
        IllegalStateException first = new IllegalStateException("eins");
        IllegalArgumentException second = new IllegalArgumentException("zwei", first);
        first.initCause(second);

        assertThat(Traces.withoutMessages(first)).contains("[circular reference: java.lang.IllegalStateException]")
                .doesNotContain("eins", "zwei");
    }
}
