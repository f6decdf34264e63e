package de.digitaldialog.desk.ui.settings;

import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.SettingsService;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.ProfileForm;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings: the user's profile (recorded on every change), this installation's code (editable
 * until its first number), language (after a restart) and light/dark (at once), the data folder.
 */
public final class SettingsViewModel {

    private record Loaded(Optional<UserProfile> profile, Installation installation, boolean codeEditable,
                          Map<String, String> ministries) {
    }

    private final Messages messages;
    private final WorkspaceModel model;
    private final TaskExecutor executor;
    private final SettingsService settings;
    private final ReferenceDataService referenceData;
    private final Preferences preferences;
    private final Appearance appearance;
    private final ErrorReporter errors;
    private final ProfileForm profile;
    private final ReadOnlyStringWrapper profileNotice = new ReadOnlyStringWrapper(this, "profileNotice", "");
    private final StringProperty installationCode = new SimpleStringProperty(this, "installationCode", "");
    private final ReadOnlyStringWrapper installationText = new ReadOnlyStringWrapper(this, "installationText", "");
    private final ReadOnlyStringWrapper installationError = new ReadOnlyStringWrapper(this, "installationError", "");
    private final ReadOnlyStringWrapper installationNotice = new ReadOnlyStringWrapper(this, "installationNotice", "");
    private final ReadOnlyBooleanWrapper codeEditable = new ReadOnlyBooleanWrapper(this, "codeEditable");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Preferences.Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private String savedCode = "";

    public SettingsViewModel(Messages messages, WorkspaceModel model, TaskExecutor executor, SettingsService settings,
                             ReferenceDataService referenceData, Preferences preferences, Appearance appearance,
                             ErrorReporter errors, ProfileForm profile) {
        this.messages = messages;
        this.model = model;
        this.executor = executor;
        this.settings = settings;
        this.referenceData = referenceData;
        this.preferences = preferences;
        this.appearance = appearance;
        this.errors = errors;
        this.profile = profile;
        this.language.set(messages.locale());
        this.theme.set(appearance.themeProperty().get());
        this.theme.addListener((observable, was, now) -> {
            if (now != null && now != appearance.themeProperty().get()) {
                appearance.apply(now);
                savePreferences();
            }
        });
        this.language.addListener((observable, was, now) -> {
            if (now != null && !now.equals(was)) {
                savePreferences();
            }
        });
    }

    /** Reads the profile, the installation and the ministries to suggest. */
    public void refresh() {
        BackgroundTask.wrap(() -> new Loaded(settings.userProfile(), settings.localInstallation(),
                        settings.installationCodeEditable(), ProfileForm.suggestions(referenceData, messages)))
                .onSuccess(loaded -> {
                    profile.suggest(loaded.ministries());
                    profile.load(loaded.profile().orElse(null));
                    showCode(loaded.installation().code());
                    installationError.set("");
                    codeEditable.set(loaded.codeEditable());
                    theme.set(appearance.themeProperty().get());
                    language.set(preferences.language());
                })
                .executeWith(executor);
    }

    public void saveProfile() {
        profileNotice.set("");
        Optional<UserProfile> valid = profile.validate();
        if (valid.isEmpty()) {
            return;
        }
        saving.set(true);
        BackgroundTask.wrap(() -> settings.saveUserProfile(valid.get()))
                .onSuccess(done -> {
                    profileNotice.set(messages.get("settings.profile.saved"));
                    model.changed();
                })
                .onFailure(error -> {
                    if (!(error instanceof ValidationException invalid && profile.show(invalid))) {
                        errors.report(error);
                    }
                })
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
    }

    public void saveInstallationCode() {
        installationNotice.set("");
        String wanted = installationCode.get() == null ? "" : installationCode.get().strip().toUpperCase(Locale.ROOT);
        try {
            Installation.validateCode(wanted);
        } catch (ValidationException e) {
            installationError.set(messages.of(e));
            return;
        }
        installationError.set("");
        if (wanted.equals(savedCode)) {
            installationCode.set(wanted);
            return;
        }
        saving.set(true);
        BackgroundTask.wrap(() -> {
                    settings.changeInstallationCode(wanted);
                    return settings.localInstallation();
                })
                .onSuccess(installation -> {
                    showCode(installation.code());
                    installationNotice.set(messages.get("settings.installation.saved", savedCode));
                    model.changed();
                })
                .onFailure(error -> {
                    if (error instanceof ValidationException invalid) {
                        installationError.set(messages.of(invalid));
                    } else {
                        errors.report(error);
                    }
                })
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
    }

    /** The stored code, in the field and in the example number that explains it. */
    private void showCode(String code) {
        savedCode = code;
        installationCode.set(code);
        installationText.set(messages.get("settings.installation.text", code));
    }

    private void savePreferences() {
        Locale chosenLanguage = language.get();
        Preferences.Theme chosenTheme = theme.get();
        if (chosenLanguage == null || chosenTheme == null) {
            return;
        }
        BackgroundTask.wrap(() -> preferences.save(chosenLanguage, chosenTheme))
                .executeWith(executor);
    }

    public BooleanBinding restartNeededBinding() {
        return Bindings.createBooleanBinding(
                () -> language.get() != null && !language.get().getLanguage().equals(messages.locale().getLanguage()),
                language);
    }

    public List<Locale> languages() {
        return List.of(Locale.GERMAN, Locale.ENGLISH);
    }

    /** Each language in its own name, so either can be found whatever the UI speaks. */
    public String languageName(Locale locale) {
        return locale == null ? "" : Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? messages.get("settings.language.english") : messages.get("settings.language.german");
    }

    public ProfileForm profile() {
        return profile;
    }

    public ReadOnlyStringProperty profileNoticeProperty() {
        return profileNotice.getReadOnlyProperty();
    }

    public StringProperty installationCodeProperty() {
        return installationCode;
    }

    public ReadOnlyStringProperty installationTextProperty() {
        return installationText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty installationErrorProperty() {
        return installationError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty installationNoticeProperty() {
        return installationNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty codeEditableProperty() {
        return codeEditable.getReadOnlyProperty();
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Preferences.Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public String dataFolder() {
        return model.folder().toAbsolutePath().toString();
    }
}
