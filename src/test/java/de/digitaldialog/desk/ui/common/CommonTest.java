package de.digitaldialog.desk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The small helpers every view relies on, without a toolkit. */
class CommonTest {

    @Test
    void datesInGermanAndEnglish() {
        LocalDateTime start = LocalDateTime.of(2019, 3, 12, 10, 0);
        assertThat(Formats.of(Locale.GERMAN).date(LocalDate.of(2019, 3, 12))).isEqualTo("12.03.2019");
        assertThat(Formats.of(Locale.GERMAN).span(start, start.plusHours(3))).isEqualTo("12.03.2019, 10:00–13:00");
        assertThat(Formats.of(Locale.ENGLISH).dateTime(start)).isEqualTo("12 Mar 2019, 10:00");
        assertThat(Formats.of(Locale.GERMAN).date(null)).isEmpty();
    }

    @Test
    void backgroundTasksReportSuccessAndFailureAndFinishEitherWay() {
        DirectTaskExecutor executor = new DirectTaskExecutor();
        List<String> events = new ArrayList<>();
        BackgroundTask.wrap(() -> 42)
                .onSuccess(value -> events.add("ok " + value))
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);
        BackgroundTask.wrap(() -> {
                    throw new DeskException("error.notFound", "INI-BY1-0001");
                })
                .onFailure(error -> events.add("failed " + ((DeskException) error).key()))
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);
        assertThat(events).containsExactly("ok 42", "finished", "failed error.notFound", "finished");

        // without a handler of its own, a failure reaches the executor's default (here: rethrown)
        assertThatThrownBy(() -> BackgroundTask.wrap(() -> {
            throw new IllegalStateException("boom");
        }).executeWith(executor)).hasMessage("boom");
    }

    @Test
    void unknownLandsShowTheirCode() {
        assertThat(LandNames.NONE.name("DE-BY")).isEqualTo("DE-BY");
        assertThat(LandNames.NONE.name(null)).isEmpty();
    }

    @Test
    void errorMessagesAreReadable() {
        ErrorDialog dialogs = new ErrorDialog(Messages.of(Locale.GERMAN));
        String message = dialogs.messageOf(new RuntimeException("wrapped",
                new DeskException("error.database.inUse", "/tmp/daten")));
        assertThat(message).startsWith("Die Datenbank in /tmp/daten wird bereits von einer anderen laufenden Instanz");
        // an exception's own text may quote SQL and record contents: neither message nor details show it
        assertThat(dialogs.messageOf(new IllegalStateException("kaputt")))
                .isEqualTo("Ein unerwarteter Fehler ist aufgetreten. Einzelheiten stehen im Protokoll.");
        assertThat(ErrorDialog.details(new IllegalStateException("kaputt"))).contains("IllegalStateException", "CommonTest")
                .doesNotContain("kaputt");
    }

    /** A view model needing a collaborator, as the controller factory builds it. */
    public static final class Needs {
        final Messages messages;
        final ProfileForm form;

        public Needs(Messages messages, ProfileForm form) {
            this.messages = messages;
            this.form = form;
        }
    }

    @Test
    void controllerFactoryInjectsRegisteredInstancesAndBuildsViewModels() {
        Messages messages = Messages.of(Locale.GERMAN);
        ControllerFactory factory = new ControllerFactory().register(Messages.class, messages);
        Needs built = (Needs) factory.call(Needs.class);
        assertThat(built.messages).isSameAs(messages);
        assertThat(built.form).isNotNull();
        assertThatThrownBy(() -> factory.call(NeedsUnknown.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("java.lang.Runnable");
    }

    public static final class NeedsUnknown {
        public NeedsUnknown(Runnable unknown) {
        }
    }
}
