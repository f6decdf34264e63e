package de.digitaldialog.desk.ui.meeting.form;

import static de.digitaldialog.desk.ui.common.form.FormModel.text;

import de.digitaldialog.desk.domain.InstallationOffice;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.domain.Violation;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.CalendarWarnings;
import de.digitaldialog.desk.service.MeetingCalendarExport;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.SettingsService;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.common.form.Refusals;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;

/**
 * The meeting form as a whole: reads the meeting and what its choices offer, builds the meeting
 * as edited and saves it. Its parts are view models of their own: the frame (format, times,
 * place …), the participants and chairs, the status steps, the actions that make new meetings
 * and files from this one, and the calendar warnings. Rules stay in the domain and the services:
 * the form shows at the fields everything the meeting refuses, all at once. Needs no toolkit.
 */
public final class MeetingFormViewModel implements MeetingEdits {

    /** Field names the messages belong to (the domain's names). */
    public static final String TITLE = "title";
    public static final String FORMAT = "format";
    public static final String STARTS_AT = "startsAt";
    public static final String ENDS_AT = "endsAt";
    public static final String STATUS = "status";
    public static final String CANCEL_REASON = "cancelReason";
    public static final String PARTICIPANT = "participant";
    private static final List<String> FIELDS =
            List.of(TITLE, FORMAT, STARTS_AT, ENDS_AT, STATUS, CANCEL_REASON, PARTICIPANT);

    /** Everything the form shows, read in one background step; {@code homeLand}: this installation's Land, if set up. */
    public record Data(List<MeetingFormat> formats, List<Land> lands, List<Ministry> ministries,
                       List<Person> persons, Meeting meeting, Optional<PartnerLand> homeLand) {

        /** Reads reference data and, for a stored meeting (id not null), the meeting. */
        public static Data read(ReferenceDataService reference, MeetingService meetings, SettingsService settings,
                                UUID id) {
            return new Data(reference.meetingFormats(), reference.lands(), reference.ministries(),
                    reference.persons(), id == null ? null : meetings.load(id),
                    settings.office().map(InstallationOffice::land));
        }
    }

    private final Messages messages;
    private final MeetingService meetings;
    private final ReferenceDataService referenceData;
    private final SettingsService settings;
    private final FormModel<Meeting> form;
    private final MeetingFrameViewModel frame;
    private final ParticipantsViewModel participants;
    private final MeetingStatusViewModel status;
    private final MeetingActionsViewModel actions;
    private final CalendarWarningsViewModel calendar;

    public MeetingFormViewModel(Messages messages, TaskExecutor executor, MeetingService meetings,
                                ReferenceDataService referenceData, MeetingFollowUps followUps,
                                MeetingCalendarExport calendarExport, CalendarWarnings calendarWarnings,
                                SettingsService settings) {
        this.messages = messages;
        this.meetings = meetings;
        this.referenceData = referenceData;
        this.settings = settings;
        this.form = new FormModel<>(messages, executor, FIELDS);
        this.frame = new MeetingFrameViewModel(messages);
        this.participants = new ParticipantsViewModel(messages, form.feedback());
        this.status = new MeetingStatusViewModel(messages, form, this);
        this.actions = new MeetingActionsViewModel(messages, followUps, calendarExport, form, this, frame);
        this.calendar = new CalendarWarningsViewModel(messages, executor, calendarWarnings, this::calendarDraft);
        List<Observable> edited = new ArrayList<>(frame.values());
        edited.addAll(participants.values());
        form.track(() -> List.of(frame.state(), participants.state()), edited.toArray(Observable[]::new));
        // a message goes once the field is edited again
        form.clearOnEdit(TITLE, frame.titleProperty());
        form.clearOnEdit(FORMAT, frame.formatProperty());
        Observable[] times = {frame.startDateProperty(), frame.startTimeProperty(), frame.endDateProperty(),
            frame.endTimeProperty()};
        form.clearOnEdit(STARTS_AT, times);
        form.clearOnEdit(ENDS_AT, times);
        List<Observable> calendarInput = new ArrayList<>(frame.schedule());
        calendarInput.addAll(participants.values());
        calendarInput.forEach(value -> value.addListener(observable -> {
            if (!form.isApplying()) {
                calendar.refresh();
            }
        }));
    }

    // --- loading ----------------------------------------------------------------------------

    /** Reads the stored meeting in the background and fills the form. */
    @Override
    public void load(UUID id) {
        read(id, null);
    }

    /** Reads the reference data in the background and fills the form for a new meeting on this day. */
    public void loadNew(LocalDate day) {
        read(null, Objects.requireNonNull(day, "day"));
    }

    private void read(UUID id, LocalDate day) {
        form.run(() -> Data.read(referenceData, meetings, settings, id), data -> apply(data, day));
    }

    /** After a status change elsewhere or a concurrent change: reads the stored version again, dropping own edits. */
    public void reload() {
        Meeting current = form.stored();
        if (current != null) {
            load(current.id());
        }
    }

    /** Fills the form from read data (a new meeting on {@code day} when it holds none); the form is clean afterwards. */
    private void apply(Data data, LocalDate day) {
        Meeting meeting = data.meeting();
        form.apply(meeting, () -> {
            frame.options(data.formats(), data.lands(), meeting);
            participants.options(data.lands(), data.ministries(), data.persons());
            if (meeting == null) {
                frame.fillNew(day == null ? LocalDate.now() : day, data.homeLand());
            } else {
                frame.fill(meeting);
            }
            participants.fill(meeting);
            status.fill(meeting);
            form.heading(meeting == null ? messages.get("meetingForm.heading.new")
                    : messages.get(meeting.template() ? "meetingForm.heading.template" : "meetingForm.heading",
                    meeting.number(), meeting.title()));
        });
        calendar.refresh();
    }

    // --- building, checking and saving ------------------------------------------------------

    @Override
    public Optional<Meeting> build(MeetingStatus newStatus, String cancelReason) {
        actions.clearNotice();
        return form.build(refusals -> assemble(refusals, frame.builtTitle(), newStatus, text(cancelReason)));
    }

    /** The meeting as edited in its present status. */
    private Optional<Meeting> build() {
        actions.clearNotice();
        return form.build(refusals -> assemble(refusals, frame.builtTitle()));
    }

    /**
     * Checks these fields as the user leaves one of them: their messages show, or go, at once;
     * the other fields keep theirs until they are left too or the form is saved.
     */
    public void check(String... fields) {
        for (String field : fields) {
            form.check(field, refusals -> assemble(refusals, frame.builtTitle()));
        }
    }

    private Meeting assemble(Refusals refusals, String title) {
        Meeting current = form.stored();
        return assemble(refusals, title, current == null ? MeetingStatus.GEPLANT : current.status(),
                current == null ? null : current.cancelReason());
    }

    /**
     * The meeting as edited, in one pass: what the form refuses itself (a time that is no time)
     * and everything the record refuses go to {@code refusals}; null when the record refuses.
     */
    private Meeting assemble(Refusals refusals, String title, MeetingStatus newStatus, String cancelReason) {
        LocalDateTime start = frame.startsAt(refusals);
        LocalDateTime end = frame.endsAt(refusals);
        Set<String> refusedTimes = refusals.list().stream().map(Violation::field).collect(Collectors.toSet());
        Meeting current = form.stored();
        try {
            return new Meeting(current == null ? UUID.randomUUID() : current.id(),
                    current == null ? null : current.number(), frame.formatId(), title,
                    frame.modeProperty().get(), start, end, frame.builtPlace(), frame.builtVideoLink(),
                    frame.hostLandId(), participants.chairIds(), newStatus, cancelReason,
                    frame.classificationProperty().get(), text(frame.fileReferenceProperty().get()),
                    text(frame.notesProperty().get()), participants.list(), frame.invitedLandIds(),
                    current == null ? 0 : current.icalSequence(), current == null ? null : current.icalExportedVersion(),
                    current != null && current.template(), current == null ? null : current.predecessorId(),
                    current == null ? null : current.seriesId(), current == null ? null : current.audit());
        } catch (ValidationException e) {
            // a time the form refused is missing in the record: the form's message says why
            e.violations().stream().filter(violation -> !refusedTimes.contains(violation.field()))
                    .forEach(violation -> refusals.add(violation.field(), violation.key(), violation.arguments()));
            return null;
        }
    }

    /**
     * The meeting for the calendar warnings, which look at its times and people only: they show
     * before a title is typed, so the heading stands in for a missing one.
     */
    private Optional<Meeting> calendarDraft() {
        if (!form.loadedProperty().get()) {
            return Optional.empty();
        }
        String title = frame.builtTitle() != null ? frame.builtTitle() : form.headingProperty().get();
        Refusals refusals = new Refusals();
        Meeting draft = assemble(refusals, title);
        return refusals.any() ? Optional.empty() : Optional.of(draft);
    }

    /**
     * Saves in the background: creates a new meeting (it gets its number) or saves the edited one
     * from the version it was loaded at. Every refused field gets its message; a concurrent change
     * shows "meanwhile changed by …" and overwrites nothing.
     *
     * @return false when the form was refused before anything was sent
     */
    public boolean save(Consumer<Meeting> onSaved) {
        Optional<Meeting> built = build();
        built.ifPresent(meeting -> write(meeting, onSaved));
        return built.isPresent();
    }

    @Override
    public void write(Meeting meeting, Consumer<Meeting> then) {
        boolean creating = form.stored() == null;
        form.write(() -> {
            Meeting written = creating ? meetings.create(meeting) : meetings.save(meeting);
            return Data.read(referenceData, meetings, settings, written.id());
        }, data -> apply(data, null), then);
    }

    // --- parts -----------------------------------------------------------------------------

    /** Busy, dirty, stale, the messages at the fields, the heading and the stored meeting. */
    public FormModel<Meeting> form() {
        return form;
    }

    public MeetingFrameViewModel frame() {
        return frame;
    }

    public ParticipantsViewModel participants() {
        return participants;
    }

    public MeetingStatusViewModel status() {
        return status;
    }

    public MeetingActionsViewModel actions() {
        return actions;
    }

    public CalendarWarningsViewModel calendar() {
        return calendar;
    }
}
