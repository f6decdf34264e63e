package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingCalendarExport;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.common.form.Refusals;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What makes new meetings and files from the stored one: the follow-up meeting, a template, a
 * series, the calendar file (.ics), and a new meeting from a template. Each runs in the
 * background and leaves a notice saying what it did. Needs no toolkit.
 */
public final class MeetingActionsViewModel {

    /** A follow-up meeting is proposed this many months later, on the same weekday. */
    static final int FOLLOW_UP_MONTHS = 3;

    private final Messages messages;
    private final Formats formats;
    private final MeetingFollowUps followUps;
    private final MeetingCalendarExport calendarExport;
    private final FormModel<Meeting> form;
    private final MeetingEdits edits;
    private final MeetingFrameViewModel frame;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    MeetingActionsViewModel(Messages messages, MeetingFollowUps followUps, MeetingCalendarExport calendarExport,
                            FormModel<Meeting> form, MeetingEdits edits, MeetingFrameViewModel frame) {
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
        this.followUps = followUps;
        this.calendarExport = calendarExport;
        this.form = form;
        this.edits = edits;
        this.frame = frame;
    }

    /** The proposed start of a follow-up meeting: the same weekday and time three months on. */
    public LocalDateTime followUpStart() {
        Meeting current = form.stored();
        LocalDateTime start = current == null ? LocalDate.now().atTime(MeetingFrameViewModel.DEFAULT_START)
                : current.startsAt();
        return start.plusMonths(FOLLOW_UP_MONTHS).with(TemporalAdjusters.nextOrSame(start.getDayOfWeek()));
    }

    /** "Folgesitzung anlegen": the follow-up at {@code start}, with the open TOPs carried over. */
    public void createFollowUp(LocalDateTime start, Consumer<Meeting> then) {
        UUID id = form.stored().id();
        act(() -> followUps.createFollowUp(id, start),
                created -> messages.get("meetingForm.notice.followUp", created.number(),
                        formats.dateTime(created.startsAt())), then);
    }

    public void saveAsTemplate(Consumer<Meeting> then) {
        UUID id = form.stored().id();
        act(() -> followUps.saveAsTemplate(id),
                template -> messages.get("meetingForm.notice.template", template.number()), then);
    }

    /** A series of {@code count} meetings made from this one, the first at {@code first}. */
    public void createSeries(LocalDateTime first, int count, int every, MeetingFollowUps.Step step,
                             Consumer<List<Meeting>> then) {
        UUID id = form.stored().id();
        act(() -> followUps.createSeries(id, first, count, every, step),
                series -> messages.get("meetingForm.notice.series", series.size(), series.get(0).number(),
                        series.get(series.size() - 1).number()), then);
    }

    /** The name proposed for the calendar file: the meeting's number. */
    public String calendarFileName() {
        return form.stored().number() + ".ics";
    }

    /** Writes the invitation (or cancellation) as an .ics file; VS-NfD content only when included on purpose. */
    public void exportCalendar(Path target, boolean includeClassified, Consumer<MeetingCalendarExport.Written> then) {
        UUID id = form.stored().id();
        act(() -> calendarExport.exportMeeting(id, target, includeClassified, messages.locale()),
                written -> messages.get("meetingForm.notice.exported", written.file(),
                        written.events().get(0).sequence()), then);
    }

    /** The meetings kept as templates, read in the background. */
    public void templates(Consumer<List<MeetingSummary>> then) {
        act(followUps::templates, templates -> "", then);
    }

    /** "SIT-BY1-0007 – Fachministerkonferenz": a template as the list offers it. */
    public String templateLabel(MeetingSummary template) {
        return template.number() + " – " + template.title();
    }

    /**
     * "Neu aus Vorlage": a new meeting from the template at the start entered in this (new) form;
     * the form then shows it.
     *
     * @return false when the start is missing or no time (the message shows at the start)
     */
    public boolean createFromTemplate(UUID templateId, Consumer<Meeting> then) {
        Refusals refused = new Refusals();
        LocalDateTime start = frame.startsAt(refused);
        if (start == null && !refused.any()) {
            refused.add(MeetingFormViewModel.STARTS_AT, "validation.required");
        }
        form.feedback().clear(MeetingFormViewModel.STARTS_AT);
        if (refused.any()) {
            refused.list().forEach(form.feedback()::show);
            return false;
        }
        act(() -> followUps.createFromTemplate(templateId, start),
                created -> messages.get("meetingForm.notice.fromTemplate", created.number()), created -> {
                    edits.load(created.id());
                    then.accept(created);
                });
        return true;
    }

    /** An action in the background: the last notice and problem go; on success {@code done} says what it did. */
    private <T> void act(Callable<T> work, Function<T, String> done, Consumer<? super T> then) {
        form.feedback().problem("");
        clearNotice();
        form.run(work, result -> {
            notice.set(done.apply(result));
            then.accept(result);
        });
    }

    void clearNotice() {
        notice.set("");
    }

    /** What the last action did ("Folgesitzung SIT-BY1-0004 angelegt …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
