package de.digitaldialog.desk.ui.meeting.list;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingCalendarExport;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.dialog.FileRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * "Zeitraum als .ics exportieren …" on the Sitzungen page: the meetings shown (the month, the week
 * or the list, with the page's filters) in one iCalendar file; VS-NfD meetings only when included
 * on purpose. Needs no toolkit.
 */
public final class PeriodExportViewModel {

    /** The days the page shows and the meetings it shows in them. */
    public record Shown(LocalDate from, LocalDate to, Set<UUID> meetingIds) {

        public Shown {
            meetingIds = Set.copyOf(meetingIds);
        }
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final MeetingCalendarExport calendarExport;

    public PeriodExportViewModel(Messages messages, TaskExecutor executor, MeetingCalendarExport calendarExport) {
        this.messages = messages;
        this.executor = executor;
        this.calendarExport = calendarExport;
    }

    /** The file chooser: {@code sitzungen-2019-03-01-2019-03-31.ics}. */
    public FileRequest file(Shown shown) {
        return FileRequest.of(messages.get("meetings.export.title"))
                .named(messages.get("meetings.export.file", shown.from().toString(), shown.to().toString()))
                .ofType(messages.get("meetingForm.export.filter"), "ics");
    }

    /**
     * Writes the shown meetings in the background; {@code done} hears what was written, or why
     * nothing was (no meeting left, no e-mail address in the profile), {@code failed} anything else.
     */
    public void export(Shown shown, Path target, boolean includeClassified, Consumer<String> done,
                       Consumer<Throwable> failed) {
        BackgroundTask.wrap(() -> calendarExport.exportPeriod(shown.from(), shown.to(),
                        shown.meetingIds()::contains, target, includeClassified, messages.locale()))
                .withMessage(messages.get("meetings.export.running"))
                .onSuccess(written -> done.accept(messages.get("meetings.export.done", written.events().size(),
                        written.file(), written.classifiedLeftOut())))
                .onFailure(error -> {
                    if (error instanceof DeskException refused) {
                        done.accept(messages.of(refused));
                    } else {
                        failed.accept(error);
                    }
                })
                .executeWith(executor);
    }
}
