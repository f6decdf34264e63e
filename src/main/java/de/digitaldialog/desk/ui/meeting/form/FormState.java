package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The skeleton of the meeting form: the messages at its fields, whether it is busy, loaded and
 * dirty (its values differ from those last filled in), the notice of the last action, and
 * background work whose failures land in the messages. Needs no toolkit.
 */
final class FormState {

    private final FormMessages feedback;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private Supplier<Object> state = () -> null;
    private Object baseline;
    private boolean filling;

    FormState(Messages messages, TaskExecutor executor, List<String> fields) {
        this.feedback = new FormMessages(messages, fields);
        this.executor = executor;
    }

    /**
     * What dirty compares: the values as one comparable object, and what changes them.
     */
    void track(Supplier<Object> values, List<Observable> changing) {
        this.state = values;
        changing.forEach(value -> value.addListener(observable -> {
            if (!filling && baseline != null) {
                dirty.set(!state.get().equals(baseline));
            }
        }));
    }

    /** Fills the form (changes do not count as edits meanwhile); it is clean and loaded afterwards. */
    void fill(Runnable fill) {
        filling = true;
        try {
            fill.run();
            feedback.clearFields();
            feedback.problem("");
        } finally {
            filling = false;
        }
        feedback.stale(false);
        baseline = state.get();
        dirty.set(false);
        loaded.set(true);
    }

    /** True while {@link #fill} runs. */
    boolean filling() {
        return filling;
    }

    /** Reads in the background while the form shows it is busy; a failure shows as a message. */
    <T> void read(Callable<T> work, Consumer<? super T> then) {
        busy.set(true);
        BackgroundTask.wrap(work)
                .onSuccess(then)
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** An action in the background: the last notice and problem go; on success {@code done} says what it did. */
    <T> void act(Callable<T> work, Function<T, String> done, Consumer<? super T> then) {
        clearNotes();
        read(work, result -> {
            notice.set(done.apply(result));
            then.accept(result);
        });
    }

    void clearNotes() {
        feedback.problem("");
        notice.set("");
    }

    FormMessages feedback() {
        return feedback;
    }

    TaskExecutor executor() {
        return executor;
    }

    /** A typed text as stored: stripped, null when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
