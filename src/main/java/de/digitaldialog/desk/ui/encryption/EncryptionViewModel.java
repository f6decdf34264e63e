package de.digitaldialog.desk.ui.encryption;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.EncryptionService;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.PassphraseForm;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Einstellungen → Verschlüsselung: whether the database is encrypted, and setting a passphrase
 * (or changing it) in the background, which takes seconds: a backup, the file re-encrypted
 * through a checked copy, a backup after. A wrong current passphrase is said under its field.
 */
public final class EncryptionViewModel {

    private static final String WRONG = "error.passphrase.wrong";

    private final Messages messages;
    private final TaskExecutor executor;
    private final EncryptionService encryption;
    private final WorkspaceModel model;
    private final ErrorReporter errors;
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper(this, "encrypted");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    public EncryptionViewModel(Messages messages, TaskExecutor executor, EncryptionService encryption,
                               WorkspaceModel model, ErrorReporter errors) {
        this.messages = messages;
        this.executor = executor;
        this.encryption = encryption;
        this.model = model;
        this.errors = errors;
    }

    /** Reads whether the database is encrypted. */
    public void refresh() {
        BackgroundTask.wrap(() -> encryption.encrypted())
                .onSuccess(this::show)
                .executeWith(executor);
    }

    private void show(boolean now) {
        encrypted.set(now);
        status.set(messages.get(now ? "encryption.on" : "encryption.off"));
    }

    /**
     * Sets the passphrase typed in {@code form} (or changes it, once the database is encrypted) in
     * the background; {@code close} closes the dialog when it is done. Returns false when the form
     * is not valid (its messages then show under the fields).
     */
    public boolean apply(PassphraseForm form, Runnable close) {
        if (working.get()) {
            return false;
        }
        boolean change = encrypted.get();
        if (change) {
            return form.validChange().map(typed -> run(form, close, true,
                    () -> encryption.change(typed.current(), typed.next()), typed::close)).orElse(false);
        }
        return form.validNext().map(typed -> run(form, close, false, () -> encryption.set(typed), typed::close))
                .orElse(false);
    }

    private boolean run(PassphraseForm form, Runnable close, boolean change, Runnable work, Runnable forget) {
        notice.set("");
        working.set(true);
        BackgroundTask.wrap(work)
                .withMessage(messages.get(change ? "encryption.change.running" : "encryption.set.running"))
                .onSuccess(ignored -> {
                    form.clear();
                    close.run();
                    show(true);
                    notice.set(messages.get(change ? "encryption.change.done" : "encryption.set.done"));
                    model.changed();
                })
                .onFailure(error -> {
                    if (change && error instanceof DeskException refused && WRONG.equals(refused.key())) {
                        form.currentRefused(messages.get(WRONG));
                    } else {
                        errors.report(error);
                    }
                })
                .onFinished(() -> {
                    forget.run();
                    working.set(false);
                })
                .executeWith(executor);
        return true;
    }

    /** True once the database is encrypted: the action changes the passphrase instead of setting one. */
    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    /** "Die Datenbank ist (nicht) verschlüsselt …". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the last action did. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while the database is being (re-)encrypted. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
