package de.digitaldialog.desk.ui.firststart;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.BackupService;
import de.digitaldialog.desk.service.EncryptionService;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.service.SettingsService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.PassphraseForm;
import de.digitaldialog.desk.ui.common.ProfileForm;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first-start question: for which Land and office this installation works, its code (part
 * of every number), and who works here. Choosing the Land proposes the code and lists its
 * offices; the code stays editable. Once the installation has issued numbers (example data
 * loaded meanwhile) only the profile is asked for. "Später" leaves everything unset and changes
 * are signed with the login name until it is given. An unencrypted database can be encrypted
 * right after the set-up (recommended; a passphrase of at least 10 characters, typed twice).
 */
public final class FirstStartViewModel {

    private final Messages messages;
    private final WorkspaceModel model;
    private final TaskExecutor executor;
    private final SettingsService settings;
    private final ErrorReporter errors;
    private final ProfileForm profile;
    private final EncryptionService encryption;
    private final BackupService backups;
    private final PassphraseForm passphrase;
    private final BooleanProperty encrypt = new SimpleBooleanProperty(this, "encrypt");
    private final ReadOnlyBooleanWrapper encryptionOffered = new ReadOnlyBooleanWrapper(this, "encryptionOffered");
    private final ReadOnlyBooleanWrapper encrypting = new ReadOnlyBooleanWrapper(this, "encrypting");
    /** The set-up (or profile) is stored: after a failed encryption, saving again only encrypts. */
    private boolean stored;
    private final ObjectProperty<PartnerLand> land = new SimpleObjectProperty<>(this, "land");
    private final ObservableList<Ministry> offices = FXCollections.observableArrayList();
    private final ObjectProperty<Ministry> office = new SimpleObjectProperty<>(this, "office");
    private final BooleanProperty otherInstallations = new SimpleBooleanProperty(this, "otherInstallations");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper(this, "codeError", "");
    private final ReadOnlyStringWrapper officeError = new ReadOnlyStringWrapper(this, "officeError", "");
    private final ReadOnlyBooleanWrapper installationOpen = new ReadOnlyBooleanWrapper(this, "installationOpen", true);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    public FirstStartViewModel(Messages messages, WorkspaceModel model, TaskExecutor executor, SettingsService settings,
                               ErrorReporter errors, ProfileForm profile, EncryptionService encryption,
                               BackupService backups, PassphraseForm passphrase) {
        this.messages = messages;
        this.model = model;
        this.executor = executor;
        this.settings = settings;
        this.errors = errors;
        this.profile = profile;
        this.encryption = encryption;
        this.backups = backups;
        this.passphrase = passphrase;
        land.addListener((observable, was, now) -> landChosen(now));
        otherInstallations.addListener((observable, was, now) -> propose());
        code.addListener((observable, was, now) -> codeError.set(""));
        office.addListener((observable, was, now) -> officeError.set(""));
        encrypt.addListener((observable, was, now) -> {
            if (!now) {
                passphrase.clear();
            }
        });
    }

    /** Reads whether the installation can still be set up (no number issued yet) and the database encrypted. */
    public void prepare() {
        BackgroundTask.wrap(settings::installationCodeEditable)
                .onSuccess(installationOpen::set)
                .executeWith(executor);
        BackgroundTask.wrap(() -> encryption.encrypted())
                .onSuccess(encrypted -> encryptionOffered.set(!encrypted))
                .executeWith(executor);
    }

    private void landChosen(PartnerLand chosen) {
        offices.clear();
        office.set(null);
        if (chosen == null) {
            return;
        }
        propose();
        BackgroundTask.wrap(() -> settings.offices(chosen))
                .onSuccess(this::offer)
                .executeWith(executor);
    }

    private void offer(List<Ministry> found) {
        offices.setAll(found);
        office.set(found.isEmpty() ? null : found.get(0));  // the Staatskanzlei comes first
    }

    private void propose() {
        PartnerLand chosen = land.get();
        boolean others = otherInstallations.get();
        if (chosen != null) {
            BackgroundTask.wrap(() -> settings.proposeCode(chosen, others))
                    .onSuccess(code::set)
                    .executeWith(executor);
        }
    }

    /**
     * Checks the form and sets the installation up (or, once it is in use, saves the profile) in
     * the background, then encrypts the database when that was chosen; {@code done} runs once all
     * is done. Returns false when the form is not valid (its messages then show under the fields).
     */
    public boolean save(Runnable done) {
        Optional<UserProfile> valid = profile.validate();
        boolean setUp = installationOpen.get();
        if (setUp && blank(code.get())) {
            codeError.set(messages.get("validation.installationCode"));
        }
        boolean encrypted = encrypt.get() && encryptionOffered.get();
        Optional<Passphrase> chosen = encrypted ? passphrase.validNext() : Optional.of(Passphrase.NONE);
        if (valid.isEmpty() || !codeError.get().isEmpty() || chosen.isEmpty() || saving.get()) {
            chosen.ifPresent(Passphrase::close);
            return false;
        }
        saving.set(true);
        Runnable then = encrypted ? () -> encrypt(chosen.get(), done) : () -> finished(done);
        if (stored) {
            then.run();
        } else {
            store(valid.get(), setUp, then, chosen.get());
        }
        return true;
    }

    /** Stores the set-up or the profile, then runs {@code then}; a refusal forgets the passphrase typed. */
    private void store(UserProfile user, boolean setUp, Runnable then, Passphrase typed) {
        PartnerLand chosenLand = land.get();
        Ministry chosenOffice = office.get();
        String chosenCode = code.get();
        BackgroundTask.wrap(() -> {
            if (setUp) {
                settings.setUp(chosenLand, chosenCode, user.name(),
                        chosenOffice == null ? null : chosenOffice.abbreviation(), user.email());
            } else {
                settings.saveUserProfile(user);
            }
            return null;
        })
                .onSuccess(ignored -> {
                    stored = true;
                    model.changed();
                    then.run();
                })
                .onFailure(error -> {
                    saving.set(false);
                    typed.close();
                    if (!(error instanceof ValidationException invalid && show(invalid))) {
                        errors.report(error);
                    }
                })
                .executeWith(executor);
    }

    /**
     * Encrypting takes seconds (a backup, the key derivation, the file re-encrypted): progress shows.
     * While no number is issued, the backups made before hold nothing but this set-up, in clear: they
     * go at once. Later (the dialog asks for a missing profile too) they keep the user's work and stay,
     * offered for deletion in Einstellungen → Sicherungen.
     */
    private void encrypt(Passphrase chosen, Runnable done) {
        encrypting.set(true);
        boolean nothingNumbered = installationOpen.get();
        BackgroundTask.wrap(() -> {
                    encryption.set(chosen);
                    return nothingNumbered ? backups.deleteUnencrypted() : 0;
                })
                .withMessage(messages.get("encryption.set.running"))
                .onSuccess(ignored -> {
                    encryptionOffered.set(false);
                    finished(done);
                })
                .onFailure(error -> {
                    saving.set(false);
                    errors.report(error);
                })
                .onFinished(() -> {
                    chosen.close();
                    encrypting.set(false);
                })
                .executeWith(executor);
    }

    private void finished(Runnable done) {
        saving.set(false);
        passphrase.clear();
        done.run();
    }

    private boolean show(ValidationException invalid) {
        switch (invalid.field() == null ? "" : invalid.field()) {
            case "installationCode" -> codeError.set(messages.of(invalid));
            case "ministry" -> officeError.set(messages.of(invalid));
            default -> {
                return profile.show(invalid);
            }
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** "MWIDE – Ministerium für …": an office as the list shows it. */
    public String officeLabel(Ministry ministry) {
        return ministry == null ? "" : ministry.abbreviation() + " – " + ministry.name().in(messages.locale());
    }

    public String loginName() {
        return System.getProperty("user.name", "?");
    }

    public ProfileForm profile() {
        return profile;
    }

    public PassphraseForm passphrase() {
        return passphrase;
    }

    /** "Datenbank verschlüsseln (empfohlen)": chosen at set-up. */
    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    /** True while the database is unencrypted: the dialog offers to encrypt it. */
    public ReadOnlyBooleanProperty encryptionOfferedProperty() {
        return encryptionOffered.getReadOnlyProperty();
    }

    /** True while the database is being encrypted. */
    public ReadOnlyBooleanProperty encryptingProperty() {
        return encrypting.getReadOnlyProperty();
    }

    /** Saving needs a name and, while the installation can be set up, its Land. */
    public BooleanBinding saveDisabledBinding() {
        return profile.nameMissingBinding().or(saving)
                .or(installationOpen.getReadOnlyProperty().and(land.isNull()));
    }

    /** How the code reads in a number: "INI-NW1-0001". */
    public StringBinding codeExample() {
        return Bindings.createStringBinding(() -> messages.get("firstStart.code.text",
                blank(code.get()) ? "BY1" : code.get().strip().toUpperCase(messages.locale())), code);
    }

    public ObjectProperty<PartnerLand> landProperty() {
        return land;
    }

    public ObservableList<Ministry> offices() {
        return offices;
    }

    public ObjectProperty<Ministry> officeProperty() {
        return office;
    }

    public BooleanProperty otherInstallationsProperty() {
        return otherInstallations;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officeErrorProperty() {
        return officeError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty installationOpenProperty() {
        return installationOpen.getReadOnlyProperty();
    }
}
