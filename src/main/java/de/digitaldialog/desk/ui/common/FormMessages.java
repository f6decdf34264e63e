package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.domain.Violation;
import de.digitaldialog.desk.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a form's view model tells the user: a message under each field, one about the form as a
 * whole (the problem), and whether a save was refused because someone else saved meanwhile
 * (stale, until the form reloads). Sorts failures of the background work into these; the rest
 * are not the user's and go to the error dialog. Needs no toolkit.
 */
public final class FormMessages {

    private final Messages messages;
    private final Map<String, ReadOnlyStringWrapper> fields = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private Consumer<Throwable> unexpected = error -> {
        throw error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
    };

    /** Messages for these fields (the domain's field names, as its ValidationExceptions name them). */
    public FormMessages(Messages messages, List<String> fieldNames) {
        this.messages = messages;
        for (String field : fieldNames) {
            fields.put(field, new ReadOnlyStringWrapper(this, field + "Error", ""));
        }
    }

    /** A failure of the form's background work: at its field, above the form, or to the error dialog. */
    public void failed(Throwable error) {
        if (error instanceof ConcurrentChangeException concurrent) {
            problem.set(messages.of(concurrent));
            stale.set(true);
        } else if (error instanceof ValidationException refused) {
            show(refused);
        } else if (error instanceof DeskException known) {
            problem.set(messages.of(known));
        } else {
            unexpected.accept(error);
        }
    }

    /** Every broken rule's message at its field, in one pass; above the form when it has no such field. */
    public void show(ValidationException refused) {
        refused.violations().forEach(this::show);
    }

    public void show(Violation violation) {
        ReadOnlyStringWrapper field = fields.get(violation.field());
        (field != null ? field : problem).set(messages.get(violation.key(), violation.arguments()));
    }

    public void set(String field, String message) {
        field(field).set(message);
    }

    public void clear(String field) {
        field(field).set("");
    }

    public void clearFields() {
        fields.values().forEach(field -> field.set(""));
    }

    private ReadOnlyStringWrapper field(String name) {
        return Objects.requireNonNull(fields.get(name), name);
    }

    /** Where failures that are not the user's go (the error dialog in the window). */
    public void onUnexpected(Consumer<Throwable> handler) {
        this.unexpected = Objects.requireNonNull(handler);
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return field(field).getReadOnlyProperty();
    }

    /** Field → message of every field that currently has one. */
    public Map<String, String> shown() {
        Map<String, String> shown = new LinkedHashMap<>();
        fields.forEach((name, message) -> {
            if (!message.get().isEmpty()) {
                shown.put(name, message.get());
            }
        });
        return shown;
    }

    public void problem(String message) {
        problem.set(message);
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void stale(boolean value) {
        stale.set(value);
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }
}
