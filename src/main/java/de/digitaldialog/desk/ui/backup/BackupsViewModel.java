package de.digitaldialog.desk.ui.backup;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.BackupService;
import de.digitaldialog.desk.service.BackupService.Backup;
import de.digitaldialog.desk.service.EncryptionService;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Question;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

/**
 * Einstellungen → Sicherungen: the backups in the backup folder (newest first), "Jetzt sichern",
 * restoring one after a confirmation (the current state is backed up first), the backup folder,
 * and the interval of automatic backups and the size cap, kept in the data folder's preferences.
 * In an encrypted folder, backups made before the encryption are marked unencrypted (they hold
 * the data in clear) and can be deleted together.
 */
public final class BackupsViewModel {

    static final int MAX_INTERVAL = 24 * 60;
    static final double MAX_CAP_GB = 10_000;
    private static final double BYTES_PER_GB = 1L << 30;
    private static final double BYTES_PER_MB = 1L << 20;

    /** What the page reads in the background: the list and the settings it shows. */
    private record Loaded(List<Backup> backups, Path folder, int interval, long cap, boolean encrypted) {
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final BackupService backupService;
    private final EncryptionService encryption;
    private final Preferences preferences;
    private final WorkspaceModel model;
    private final DialogService dialogs;
    private final Formats formats;
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper(this, "folder", "");
    private final StringProperty interval = new SimpleStringProperty(this, "interval", "");
    private final StringProperty cap = new SimpleStringProperty(this, "cap", "");
    private final ReadOnlyStringWrapper intervalError = new ReadOnlyStringWrapper(this, "intervalError", "");
    private final ReadOnlyStringWrapper capError = new ReadOnlyStringWrapper(this, "capError", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyIntegerWrapper unencrypted = new ReadOnlyIntegerWrapper(this, "unencrypted");
    /** The database is encrypted: a backup that is not is marked. */
    private boolean folderEncrypted;

    public BackupsViewModel(Messages messages, TaskExecutor executor, BackupService backupService,
                            EncryptionService encryption, Preferences preferences, WorkspaceModel model,
                            DialogService dialogs, BackupStatus status) {
        this.messages = messages;
        this.executor = executor;
        this.backupService = backupService;
        this.encryption = encryption;
        this.preferences = preferences;
        this.model = model;
        this.dialogs = dialogs;
        this.formats = Formats.of(messages.locale());
        status.writtenProperty().addListener((observable, was, now) -> refresh());
    }

    /** Reads the backups and the settings; the fields show what is kept. */
    public void refresh() {
        BackgroundTask.wrap(() -> new Loaded(backupService.list(), backupService.folder(),
                        preferences.backupIntervalMinutes(), preferences.backupCapBytes(), encryption.encrypted()))
                .onSuccess(loaded -> {
                    folderEncrypted = loaded.encrypted();
                    unencrypted.set(folderEncrypted
                            ? (int) loaded.backups().stream().filter(backup -> !backup.encrypted()).count() : 0);
                    backups.setAll(loaded.backups());
                    long bytes = loaded.backups().stream().mapToLong(Backup::size).sum();
                    summary.set(messages.get("backups.summary", loaded.backups().size(), bytes / BYTES_PER_MB));
                    folder.set(loaded.folder().toString());
                    interval.set(Integer.toString(loaded.interval()));
                    cap.set(NumberFormat.getNumberInstance(messages.locale()).format(loaded.cap() / BYTES_PER_GB));
                    intervalError.set("");
                    capError.set("");
                })
                .executeWith(executor);
    }

    /** "Jetzt sichern": a backup into the backup folder, in the background. */
    public void backUpNow() {
        notice.set("");
        working.set(true);
        BackgroundTask.wrap(() -> backupService.backUp())
                .withMessage(messages.get("backups.running"))
                .onSuccess(file -> {
                    notice.set(messages.get("backups.written", file.getFileName()));
                    refresh();
                })
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    /**
     * "Wiederherstellen …": asks, naming the backup's time and counts and that the current state is
     * backed up first; then restores it in the background and has every page reload.
     */
    public void restore(Window owner, Backup backup) {
        String time = time(backup);
        String held = backup.contents().map(contents -> messages.get("backups.restore.counts",
                contents.initiatives(), contents.meetings())).orElse(messages.get("backups.restore.countsUnknown"));
        Question question = Question.of("restoreBackupDialog", messages.get("backups.restore.text", time, held),
                messages.get("backups.restore.confirm")).titled(messages.get("backups.restore.title"));
        if (!dialogs.confirm(owner, question)) {
            return;
        }
        // an encrypted backup opens with the passphrase it was made under (perhaps one from before a change)
        Passphrase passphrase = backup.encrypted()
                ? dialogs.askPassphrase(owner, messages.get("backups.restore.passphrase", time), null).orElse(null)
                : Passphrase.NONE;
        if (passphrase == null) {
            return;
        }
        notice.set("");
        working.set(true);
        BackgroundTask.wrap(() -> backupService.restore(backup.file(), passphrase))
                .withMessage(messages.get("backups.restore.running"))
                .onSuccess(restored -> {
                    notice.set(messages.get("backups.restored", time, restored.initiatives(), restored.meetings(),
                            restored.previous()));
                    model.changed();
                    refresh();
                })
                .onFinished(() -> {
                    passphrase.close();
                    working.set(false);
                })
                .executeWith(executor);
    }

    /**
     * "Unverschlüsselte Sicherungen löschen …": asks, naming how many, then deletes the backups
     * made before the database was encrypted.
     */
    public void deleteUnencrypted(Window owner) {
        int count = unencrypted.get();
        Question question = Question.of("deleteUnencryptedDialog",
                messages.get("backups.deleteUnencrypted.text", count),
                messages.get("backups.deleteUnencrypted.confirm", count))
                .titled(messages.get("backups.deleteUnencrypted.title"));
        if (count == 0 || !dialogs.confirm(owner, question)) {
            return;
        }
        notice.set("");
        working.set(true);
        BackgroundTask.wrap(backupService::deleteUnencrypted)
                .withMessage(messages.get("backups.deleteUnencrypted.running"))
                .onSuccess(deleted -> {
                    notice.set(messages.get("backups.deleteUnencrypted.done", deleted));
                    refresh();
                })
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    /** "Ordner wählen …": a folder of the user's (a network drive, say) for the backups from now on. */
    public void chooseFolder(Window owner) {
        dialogs.chooseFolder(owner, messages.get("backups.folder.choose.title"), Path.of(folder.get()))
                .ifPresent(this::useFolder);
    }

    /** Back to the data folder's own {@code backups/}. */
    public void useDefaultFolder() {
        useFolder(null);
    }

    private void useFolder(Path chosen) {
        notice.set("");
        BackgroundTask.wrap(() -> preferences.setBackupFolder(chosen))
                .onSuccess(done -> refresh())
                .executeWith(executor);
    }

    /** "Übernehmen": checks both fields, showing every problem at once, and keeps them. */
    public void saveLimits() {
        boolean intervalValid = validateInterval();
        if (!validateCap() || !intervalValid) {
            return;
        }
        int minutes = minutes(interval.get()).orElseThrow();
        long bytes = capBytes(cap.get()).orElseThrow();
        notice.set("");
        BackgroundTask.wrap(() -> preferences.setBackupLimits(minutes, bytes))
                .onSuccess(done -> notice.set(messages.get("backups.limits.saved")))
                .executeWith(executor);
    }

    /** Whole minutes from 1 to a day; says what is wrong under the field. */
    public boolean validateInterval() {
        boolean valid = minutes(interval.get()).isPresent();
        intervalError.set(valid ? "" : messages.get("backups.interval.invalid", MAX_INTERVAL));
        return valid;
    }

    /** Gigabytes above 0 up to {@link #MAX_CAP_GB}; says what is wrong under the field. */
    public boolean validateCap() {
        boolean valid = capBytes(cap.get()).isPresent();
        capError.set(valid ? "" : messages.get("backups.cap.invalid",
                NumberFormat.getNumberInstance(messages.locale()).format(MAX_CAP_GB)));
        return valid;
    }

    static OptionalInt minutes(String text) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= 1 && value <= MAX_INTERVAL ? OptionalInt.of(value) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Gigabytes as the user writes them in the UI language ("2", "0,5"), as bytes. */
    OptionalLong capBytes(String text) {
        String value = text == null ? "" : text.strip();
        ParsePosition position = new ParsePosition(0);
        Number parsed = NumberFormat.getNumberInstance(messages.locale()).parse(value, position);
        if (parsed == null || value.isEmpty() || position.getIndex() != value.length()) {
            return OptionalLong.empty();
        }
        double gigabytes = parsed.doubleValue();
        long bytes = Math.round(gigabytes * BYTES_PER_GB);
        return gigabytes > 0 && gigabytes <= MAX_CAP_GB && bytes > 0 ? OptionalLong.of(bytes) : OptionalLong.empty();
    }

    public String time(Backup backup) {
        return formats.dateTime(backup.time());
    }

    /** The occasion, marked "unverschlüsselt" for a backup from before the database was encrypted. */
    public String reason(Backup backup) {
        String reason = messages.get(backup.reason().key());
        return folderEncrypted && !backup.encrypted() ? messages.get("backups.unencrypted", reason) : reason;
    }

    /** "12,4 MB", or "50 KB" below a megabyte (a fresh database). */
    public String size(Backup backup) {
        return backup.size() < BYTES_PER_MB ? messages.get("backups.size.kb", Math.max(1, (backup.size() + 1023) / 1024))
                : messages.get("backups.size", backup.size() / BYTES_PER_MB);
    }

    public String initiatives(Backup backup) {
        return backup.contents().map(contents -> Long.toString(contents.initiatives())).orElse("–");
    }

    public String meetings(Backup backup) {
        return backup.contents().map(contents -> Long.toString(contents.meetings())).orElse("–");
    }

    public ObservableList<Backup> backups() {
        return backups;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public StringProperty intervalProperty() {
        return interval;
    }

    public StringProperty capProperty() {
        return cap;
    }

    public ReadOnlyStringProperty intervalErrorProperty() {
        return intervalError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty capErrorProperty() {
        return capError.getReadOnlyProperty();
    }

    /** What the last action did: written, restored (and where the previous state went), kept. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "12 Sicherungen, zusammen 148,2 MB". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many backups are unencrypted in an encrypted folder (0 in an unencrypted one). */
    public ReadOnlyIntegerProperty unencryptedProperty() {
        return unencrypted.getReadOnlyProperty();
    }

    /** True while a backup or restore runs: the buttons wait, a progress indicator turns. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
