package de.digitaldialog.desk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The profile form's rules and messages, without a toolkit. */
class ProfileFormTest {

    @Test
    void showsEveryMessageUnderItsFieldInTheUiLanguage() {
        ProfileForm form = new ProfileForm(Messages.of(Locale.GERMAN));
        form.emailProperty().set("nicht-gueltig");

        assertThat(form.validate()).isEmpty();
        assertThat(form.nameErrorProperty().get()).isEqualTo("Pflichtfeld");
        assertThat(form.emailErrorProperty().get()).isEqualTo("Keine gültige E-Mail-Adresse");
        assertThat(form.ministryErrorProperty().get()).isEmpty();

        form.nameProperty().set("  Anna Schmidt ");
        form.emailProperty().set("");
        var profile = form.validate().orElseThrow();
        assertThat(profile.name()).isEqualTo("Anna Schmidt");
        assertThat(profile.email()).isNull();
        assertThat(form.nameErrorProperty().get()).isEmpty();
        assertThat(form.emailErrorProperty().get()).isEmpty();
    }

    @Test
    void aRuleBrokenBelowLandsUnderItsField() {
        ProfileForm form = new ProfileForm(Messages.of(Locale.ENGLISH));
        assertThat(form.show(new ValidationException("email", "validation.email"))).isTrue();
        assertThat(form.emailErrorProperty().get()).isEqualTo("Not a valid e-mail address");
        assertThat(form.show(new ValidationException("other", "validation.required"))).isFalse();
    }

    @Test
    void nameMissingKeepsSavingOff() {
        ProfileForm form = new ProfileForm(Messages.of(Locale.GERMAN));
        var missing = form.nameMissingBinding();
        assertThat(missing.get()).isTrue();
        form.nameProperty().set("X");
        assertThat(missing.get()).isFalse();
    }
}
