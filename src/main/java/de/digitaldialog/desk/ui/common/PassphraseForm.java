package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Passphrase;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new passphrase typed twice (and, to change one, the current one): at least
 * {@link Passphrase#MIN_LENGTH} characters, the repetition the same, each problem said under its field.
 * The first-start dialog and Einstellungen → Verschlüsselung bind the same fields to it.
 * {@link #clear} empties the fields once the passphrase is handed on.
 */
public final class PassphraseForm {


    /** The current passphrase and the new one, for a change. */
    public record Change(Passphrase current, Passphrase next) implements AutoCloseable {
        @Override
        public void close() {
            current.close();
            next.close();
        }
    }

    private final Messages messages;
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty next = new SimpleStringProperty(this, "next", "");
    private final StringProperty repetition = new SimpleStringProperty(this, "repetition", "");
    private final ReadOnlyStringWrapper currentError = new ReadOnlyStringWrapper(this, "currentError", "");
    private final ReadOnlyStringWrapper nextError = new ReadOnlyStringWrapper(this, "nextError", "");
    private final ReadOnlyStringWrapper repetitionError = new ReadOnlyStringWrapper(this, "repetitionError", "");

    public PassphraseForm(Messages messages) {
        this.messages = messages;
        current.addListener((observable, was, now) -> currentError.set(""));
        next.addListener((observable, was, now) -> nextError.set(""));
        repetition.addListener((observable, was, now) -> repetitionError.set(""));
    }

    public boolean validateCurrent() {
        currentError.set(current.get().isEmpty() ? messages.get("passphrase.current.missing") : "");
        return currentError.get().isEmpty();
    }

    public boolean validateNext() {
        nextError.set(next.get().length() < Passphrase.MIN_LENGTH ? messages.get("passphrase.tooShort", Passphrase.MIN_LENGTH) : "");
        return nextError.get().isEmpty();
    }

    /** Checked once something is typed in it, or when saving ({@code required}). */
    public boolean validateRepetition(boolean required) {
        boolean differs = !repetition.get().equals(next.get()) && (required || !repetition.get().isEmpty());
        repetitionError.set(differs ? messages.get("passphrase.mismatch") : "");
        return repetitionError.get().isEmpty();
    }

    /** The new passphrase when both fields are right, every problem shown otherwise. */
    public Optional<Passphrase> validNext() {
        return validateNext() & validateRepetition(true) ? Optional.of(of(next)) : Optional.empty();
    }

    /** The current passphrase and the new one when all three fields are right. */
    public Optional<Change> validChange() {
        boolean currentGiven = validateCurrent();
        boolean nextValid = validateNext() & validateRepetition(true);
        return currentGiven && nextValid ? Optional.of(new Change(of(current), of(next))) : Optional.empty();
    }

    /** The current passphrase was refused: said under its field. */
    public void currentRefused(String message) {
        currentError.set(message);
    }

    public void clear() {
        current.set("");
        next.set("");
        repetition.set("");
    }

    private static Passphrase of(StringProperty field) {
        char[] characters = field.get().toCharArray();
        try {
            return Passphrase.of(characters);
        } finally {
            Arrays.fill(characters, '\0');
        }
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repetitionProperty() {
        return repetition;
    }

    public ReadOnlyStringProperty currentErrorProperty() {
        return currentError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextErrorProperty() {
        return nextError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty repetitionErrorProperty() {
        return repetitionError.getReadOnlyProperty();
    }
}
