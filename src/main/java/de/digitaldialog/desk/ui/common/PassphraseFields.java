package de.digitaldialog.desk.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** Binds password fields with their messages to a {@link PassphraseForm}; each is checked when left. */
public final class PassphraseFields {

    private PassphraseFields() {
    }

    /** The new passphrase and its repetition. */
    public static void bindNew(PassphraseForm form, PasswordField next, Label nextError,
                               PasswordField repetition, Label repetitionError) {
        FormBindings.bind(next, form.nextProperty());
        FormBindings.message(nextError, form.nextErrorProperty());
        FormBindings.markInvalid(next, form.nextErrorProperty());
        FormBindings.onLeave(next, form::validateNext);
        FormBindings.bind(repetition, form.repetitionProperty());
        FormBindings.message(repetitionError, form.repetitionErrorProperty());
        FormBindings.markInvalid(repetition, form.repetitionErrorProperty());
        FormBindings.onLeave(repetition, () -> form.validateRepetition(false));
    }

    /** The current passphrase, to change it. */
    public static void bindCurrent(PassphraseForm form, PasswordField current, Label currentError) {
        FormBindings.bind(current, form.currentProperty());
        FormBindings.message(currentError, form.currentErrorProperty());
        FormBindings.markInvalid(current, form.currentErrorProperty());
    }
}
