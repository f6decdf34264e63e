package de.digitaldialog.desk.ui.common.form;

import de.digitaldialog.desk.domain.Violation;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The skeleton a form's view model is built on (the initiative form, the meeting form), used by
 * composition: the view model keeps one {@code FormModel<Record>} and adds its fields and rules.
 * It holds the record as last read or saved ({@link #storedProperty}), whether the form is busy,
 * loaded and dirty, the heading, and the messages under the fields ({@link FormMessages}).
 * Needs no toolkit: with a {@code DirectTaskExecutor} a test runs it synchronously.
 *
 * <ul>
 * <li><b>Dirty tracking</b>: {@link #track} names a snapshot of the editable state and the
 *     observables it reads; the form is dirty while the snapshot differs from the one taken by
 *     {@link #apply}. Normalise texts in the snapshot with {@link #text}.</li>
 * <li><b>Loading</b>: {@link #run} reads in the background (busy meanwhile); the view model's
 *     apply step calls {@link #apply}{@code (record, fill)}, which sets the stored record (null:
 *     a new one), runs {@code fill} without marking anything dirty, clears the messages and the
 *     stale state, and takes the new baseline.</li>
 * <li><b>Saving</b>: {@link #build} assembles the record, collecting every violation of its
 *     parts, of the form's own checks and of the record in one {@link Refusals} pass, and shows
 *     them all at their fields; {@link #write} then calls the service in the background, applies
 *     what it re-reads and hands the stored record on.</li>
 * <li><b>Stale saves</b>: a {@code ConcurrentChangeException} shows "meanwhile changed by … at
 *     …" above the form and sets {@link #staleProperty}; the edits stay until the view model
 *     reads the record again (its reload), which clears it.</li>
 * <li><b>Leaving a field</b>: {@link #check} builds a draft quietly and shows only that field's
 *     message.</li>
 * <li><b>Closing</b>: the controller asks {@link CloseGuard} with {@link #isDirty}.</li>
 * </ul>
 *
 * <pre>{@code
 * form = new FormModel<>(messages, executor, List.of(TITLE, ...));
 * form.track(this::state, title, startDate, rows);
 * form.clearOnEdit(TITLE, title);
 * void load(UUID id)  { form.run(() -> read(id), this::apply); }
 * void apply(Data d)  { form.apply(d.record(), () -> fill(d)); }
 * boolean save(Consumer<Rec> onSaved) {
 *     Optional<Rec> built = form.build(this::assemble);   // assemble(Refusals) -> Rec
 *     built.ifPresent(r -> form.write(() -> read(service.save(r).id()), this::apply, onSaved));
 *     return built.isPresent();
 * }
 * }</pre>
 *
 * @param <T> the record the form edits
 */
public final class FormModel<T> {

    private final FormMessages feedback;
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(this, "isNew", true);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyObjectWrapper<T> stored = new ReadOnlyObjectWrapper<>(this, "stored");
    private Supplier<?> state = () -> null;
    private Object baseline;
    private boolean applying;

    /** @param fields the field names messages belong to (the domain's names, as its violations say) */
    public FormModel(Messages messages, TaskExecutor executor, List<String> fields) {
        this.feedback = new FormMessages(messages, fields);
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    // --- dirty tracking ---------------------------------------------------------------------

    /** What dirty tracking compares (a value with equals), and the observables it is read from. */
    public void track(Supplier<?> snapshot, Observable... values) {
        this.state = Objects.requireNonNull(snapshot);
        for (Observable value : values) {
            value.addListener(observable -> updateDirty());
        }
    }

    private void updateDirty() {
        if (!applying && baseline != null) {
            dirty.set(!Objects.equals(state.get(), baseline));
        }
    }

    /** A field's message goes once one of these values is edited again. */
    public void clearOnEdit(String field, Observable... values) {
        for (Observable value : values) {
            value.addListener(observable -> feedback.clear(field));
        }
    }

    /** True while {@link #apply} fills the form: listeners that react to the user's edits keep still. */
    public boolean isApplying() {
        return applying;
    }

    // --- loading and saving -----------------------------------------------------------------

    /** Work in the background, busy meanwhile; failures go to the fields, above the form or to the error dialog. */
    public <R> void run(Callable<R> work, Consumer<? super R> then) {
        busy.set(true);
        BackgroundTask.wrap(work)
                .onSuccess(then)
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /**
     * Fills the form with a record as read or saved (null: a new one); the form is clean, loaded
     * and without messages afterwards.
     */
    public void apply(T record, Runnable fill) {
        applying = true;
        try {
            stored.set(record);
            isNew.set(record == null);
            fill.run();
            feedback.clearFields();
            feedback.problem("");
        } finally {
            applying = false;
        }
        feedback.stale(false);
        baseline = state.get();
        dirty.set(false);
        loaded.set(true);
    }

    /**
     * Writes in the background: {@code work} calls the service and reads the form's data again,
     * {@code apply} fills the form with it, then {@code then} gets the stored record. A refused
     * field shows its message; a concurrent change marks the form stale and overwrites nothing.
     */
    public <D> void write(Callable<D> work, Consumer<D> apply, Consumer<? super T> then) {
        run(work, data -> {
            apply.accept(data);
            then.accept(stored.get());
        });
    }

    // --- validation -------------------------------------------------------------------------

    /**
     * The record as edited, or empty when anything is refused; then every refused field has its
     * message, all from one pass. {@code assemble} builds the parts through the {@link Refusals}
     * it gets (a refused part is null) and then the record; what the record refuses is collected too.
     */
    public <R> Optional<R> build(Function<Refusals, R> assemble) {
        feedback.clearFields();
        feedback.problem("");
        Refusals refusals = new Refusals();
        R built = refusals.part(() -> assemble.apply(refusals));
        if (refusals.any()) {
            refusals.list().forEach(feedback::show);
            return Optional.empty();
        }
        return Optional.of(built);
    }

    /** When the user leaves a field: builds a draft quietly and shows that field's first message, or none. */
    public void check(String field, Function<Refusals, ?> assemble) {
        Refusals refusals = new Refusals();
        refusals.part(() -> assemble.apply(refusals));
        Optional<Violation> first = refusals.list().stream().filter(v -> v.field().equals(field)).findFirst();
        first.ifPresentOrElse(feedback::show, () -> feedback.clear(field));
    }

    /** The one normalisation of typed text: null when blank, else without surrounding blanks. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- state ------------------------------------------------------------------------------

    /** The messages, for what the view model sets itself (a message at a field, the problem). */
    public FormMessages feedback() {
        return feedback;
    }

    /** Where failures that are not the user's go (the error dialog in the window). */
    public void onUnexpected(Consumer<Throwable> handler) {
        feedback.onUnexpected(handler);
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return feedback.errorProperty(field);
    }

    /** Field → message of every field that currently has one. */
    public Map<String, String> messages() {
        return feedback.shown();
    }

    public ReadOnlyStringProperty problemProperty() {
        return feedback.problemProperty();
    }

    /** True after a save was refused because someone else saved meanwhile, until the form reads again. */
    public ReadOnlyBooleanProperty staleProperty() {
        return feedback.staleProperty();
    }

    /** The record as last read or saved; null while the form holds a new one. */
    public T stored() {
        return stored.get();
    }

    public ReadOnlyObjectProperty<T> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty isNewProperty() {
        return isNew.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public void heading(String text) {
        heading.set(text);
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
