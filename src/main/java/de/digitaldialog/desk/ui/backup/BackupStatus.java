package de.digitaldialog.desk.ui.backup;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.AutoBackup;
import de.digitaldialog.desk.ui.common.Formats;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the automatic backups last did, for the status bar (a line, not a dialog: a failing
 * network drive must not raise a dialog every half hour) and for the list of backups, which
 * reloads when one was written. Told on the backup thread, kept on the FX thread.
 */
public final class BackupStatus implements AutoBackup.Listener {

    private final Messages messages;
    private final Formats formats;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyBooleanWrapper failing = new ReadOnlyBooleanWrapper(this, "failing");
    private final ReadOnlyLongWrapper written = new ReadOnlyLongWrapper(this, "written");

    public BackupStatus(Messages messages) {
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
    }

    @Override
    public void written(Path file) {
        String now = formats.time(LocalDateTime.now(Formats.ZONE));
        Platform.runLater(() -> {
            text.set(messages.get("backup.status.written", now));
            detail.set(file.toString());
            failing.set(false);
            written.set(written.get() + 1);
        });
    }

    @Override
    public void failed(RuntimeException error) {
        String now = formats.time(LocalDateTime.now(Formats.ZONE));
        String why = messages.failure(error);
        Platform.runLater(() -> {
            text.set(messages.get("backup.status.failed", now));
            detail.set(why);
            failing.set(true);
        });
    }

    /** "Gesichert 14:30" or "Automatische Sicherung fehlgeschlagen (14:30)"; empty before the first. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The file written, or why it failed (the status bar's tooltip). */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failingProperty() {
        return failing.getReadOnlyProperty();
    }

    /** Grows with each automatic backup written. */
    public ReadOnlyLongProperty writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
