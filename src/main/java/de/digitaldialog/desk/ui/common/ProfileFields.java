package de.digitaldialog.desk.ui.common;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Binds the name, ministry and e-mail fields with their messages to a {@link ProfileForm}: the
 * settings page and the first-start dialog show the same three fields, bound the same way.
 */
public final class ProfileFields {

    private ProfileFields() {
    }

    /** Values, messages, invalid marks and the ministry list; name and e-mail are checked when left. */
    public static void bind(ProfileForm profile, TextField nameField, Label nameError,
                            ComboBox<String> ministryField, Label ministryError,
                            TextField emailField, Label emailError) {
        nameAndEmail(profile, nameField, nameError, emailField, emailError);
        ministryField.setItems(profile.ministries());
        FormBindings.bind(ministryField, profile.ministryProperty(), profile::ministryLabel);
        FormBindings.message(ministryError, profile.ministryErrorProperty());
    }

    /** Name and e-mail alone (the first-start dialog takes the ministry from the office chosen). */
    public static void nameAndEmail(ProfileForm profile, TextField nameField, Label nameError,
                                    TextField emailField, Label emailError) {
        FormBindings.bind(nameField, profile.nameProperty());
        FormBindings.bind(emailField, profile.emailProperty());
        FormBindings.message(nameError, profile.nameErrorProperty());
        FormBindings.message(emailError, profile.emailErrorProperty());
        FormBindings.markInvalid(nameField, profile.nameErrorProperty());
        FormBindings.markInvalid(emailField, profile.emailErrorProperty());
        FormBindings.onLeave(nameField, profile::validateName);
        FormBindings.onLeave(emailField, profile::validateEmail);
    }
}
