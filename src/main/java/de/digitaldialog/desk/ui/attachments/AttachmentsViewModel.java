package de.digitaldialog.desk.ui.attachments;

import de.digitaldialog.desk.domain.Attachment;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files kept with a meeting or one of its TOPs (Anlagen): listed, added from disk and saved
 * back to disk. They live in the database, so they travel with backups and the exchange with the
 * partner Land.
 */
public final class AttachmentsViewModel {

    private final Messages messages;
    private final TaskExecutor executor;
    private final MeetingService meetings;
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    /** Whose files are shown: a meeting or a TOP (exactly one of the two ids). */
    public record Owner(UUID meetingId, UUID agendaItemId) {

        public static Owner meeting(UUID id) {
            return new Owner(id, null);
        }

        public static Owner agendaItem(UUID id) {
            return new Owner(null, id);
        }

        List<Attachment> read(MeetingService meetings) {
            return meetingId != null ? meetings.attachments(meetingId) : meetings.agendaItemAttachments(agendaItemId);
        }
    }

    private final ReadOnlyObjectWrapper<Owner> owner = new ReadOnlyObjectWrapper<>(this, "owner");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public AttachmentsViewModel(Messages messages, TaskExecutor executor, MeetingService meetings) {
        this.messages = messages;
        this.executor = executor;
        this.meetings = meetings;
    }

    /** Shows the files of this meeting or TOP; null (not yet saved) shows none and takes none. */
    public void show(Owner shown) {
        owner.set(shown);
        attachments.clear();
        message.set("");
        if (shown != null) {
            BackgroundTask.wrap(() -> shown.read(meetings))
                    .onSuccess(attachments::setAll)
                    .executeWith(executor);
        }
    }

    /** Keeps a copy of {@code file} with the meeting or TOP shown. */
    public void add(Path file) {
        Owner shown = owner.get();
        if (shown == null) {
            return;
        }
        BackgroundTask.wrap(() -> {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DeskException(e, "error.attachment.read", file);
            }
            meetings.attach(shown.meetingId(), shown.agendaItemId(), null,
                    file.getFileName().toString(), Files.probeContentType(file), content);
            return shown.read(meetings);
        }).onSuccess(list -> {
            attachments.setAll(list);
            message.set(messages.get("attachments.added", file.getFileName().toString()));
        }).onFailure(this::failed).executeWith(executor);
    }

    /** Writes the stored file to {@code target} (temporary file, then move). */
    public void saveAs(Attachment attachment, Path target) {
        if (attachment == null) {
            return;
        }
        BackgroundTask.wrap(() -> meetings.exportAttachment(attachment.id(), target))
                .onSuccess(written -> message.set(messages.get("attachments.saved", written.getFileName().toString())))
                .onFailure(this::failed).executeWith(executor);
    }

    private void failed(Throwable error) {
        message.set(messages.failure(error));
    }

    /** "Vermerk.pdf (12 KB)". */
    public String label(Attachment attachment) {
        long kilobytes = Math.max(1, (attachment.sizeBytes() + 1023) / 1024);
        return messages.get("attachments.entry", attachment.fileName(), kilobytes);
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public ReadOnlyObjectProperty<Owner> ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
