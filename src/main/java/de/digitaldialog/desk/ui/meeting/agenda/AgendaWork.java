package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.LoggerFactory;

/**
 * The agenda's changes in the background, one service call each: busy while one runs; a refusal
 * shows at the TOP editor's fields or above the form, an unexpected failure above the form too.
 */
final class AgendaWork {

    private final TaskExecutor executor;
    private final FormMessages form;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    AgendaWork(Messages messages, TaskExecutor executor) {
        this.executor = executor;
        this.form = new FormMessages(messages, List.of(TopEditorViewModel.TITLE, TopEditorViewModel.MINUTES,
                TopEditorViewModel.DEADLINE, TopEditorViewModel.RECORD));
        form.onUnexpected(error -> {
            form.problem(messages.get("error.unexpected"));
            LoggerFactory.getLogger(AgendaWork.class).error("Agenda change failed", error);
        });
    }

    <T> void run(Callable<T> work, Consumer<T> then) {
        busy.set(true);
        form.problem("");
        BackgroundTask.wrap(work)
                .onSuccess(then)
                .onFailure(form::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    FormMessages form() {
        return form;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
