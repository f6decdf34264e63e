package de.digitaldialog.desk.ui.firststart;

import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.SettingsService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.ProfileForm;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The first-start question: who works here. Saving needs a valid name; "Später" leaves the
 * profile empty and changes are signed with the login name until it is given.
 */
public final class FirstStartViewModel {

    private final Messages messages;
    private final WorkspaceModel model;
    private final TaskExecutor executor;
    private final SettingsService settings;
    private final ReferenceDataService referenceData;
    private final ErrorReporter errors;
    private final ProfileForm profile;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    public FirstStartViewModel(Messages messages, WorkspaceModel model, TaskExecutor executor, SettingsService settings,
                               ReferenceDataService referenceData, ErrorReporter errors, ProfileForm profile) {
        this.messages = messages;
        this.model = model;
        this.executor = executor;
        this.settings = settings;
        this.referenceData = referenceData;
        this.errors = errors;
        this.profile = profile;
    }

    /** Loads the ministries to suggest. */
    public void prepare() {
        BackgroundTask.wrap(() -> ProfileForm.suggestions(referenceData, messages))
                .onSuccess(profile::suggest)
                .executeWith(executor);
    }

    /**
     * Checks the form and saves it in the background; {@code done} runs once it is stored.
     * Returns false when the form is not valid (its messages then show under the fields).
     */
    public boolean save(Runnable done) {
        Optional<UserProfile> valid = profile.validate();
        if (valid.isEmpty() || saving.get()) {
            return false;
        }
        saving.set(true);
        BackgroundTask.wrap(() -> settings.saveUserProfile(valid.get()))
                .onSuccess(ignored -> {
                    model.changed();
                    done.run();
                })
                .onFailure(error -> {
                    if (!(error instanceof ValidationException invalid && profile.show(invalid))) {
                        errors.report(error);
                    }
                })
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
        return true;
    }

    public String loginName() {
        return System.getProperty("user.name", "?");
    }

    public ProfileForm profile() {
        return profile;
    }

    public BooleanBinding saveDisabledBinding() {
        return profile.nameMissingBinding().or(saving);
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
