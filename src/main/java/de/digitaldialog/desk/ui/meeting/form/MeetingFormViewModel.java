package de.digitaldialog.desk.ui.meeting.form;

import static de.digitaldialog.desk.ui.meeting.form.FormState.text;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.domain.Violation;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.CalendarWarnings;
import de.digitaldialog.desk.service.MeetingCalendarExport;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

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

    /** Everything the form shows, read in one background step. */
    public record Data(List<MeetingFormat> formats, List<Land> lands, List<Ministry> ministries,
                       List<Person> persons, Meeting meeting) {

        /** Reads reference data and, for a stored meeting (id not null), the meeting. */
        public static Data read(ReferenceDataService reference, MeetingService meetings, UUID id) {
            return new Data(reference.meetingFormats(), reference.lands(), reference.ministries(),
                    reference.persons(), id == null ? null : meetings.load(id));
        }
    }

    private final Messages messages;
    private final MeetingService meetings;
    private final ReferenceDataService referenceData;
    private final FormState state;
    private final MeetingFrameViewModel frame;
    private final ParticipantsViewModel participants;
    private final MeetingStatusViewModel status;
    private final MeetingActionsViewModel actions;
    private final CalendarWarningsViewModel calendar;
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(this, "isNew", true);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyObjectWrapper<Meeting> stored = new ReadOnlyObjectWrapper<>(this, "meeting");

    public MeetingFormViewModel(Messages messages, TaskExecutor executor, MeetingService meetings,
                                ReferenceDataService referenceData, MeetingFollowUps followUps,
                                MeetingCalendarExport calendarExport, CalendarWarnings calendarWarnings) {
        this.messages = messages;
        this.meetings = meetings;
        this.referenceData = referenceData;
        this.state = new FormState(messages, executor, FIELDS);
        this.frame = new MeetingFrameViewModel(messages);
        this.participants = new ParticipantsViewModel(messages, state.feedback());
        this.status = new MeetingStatusViewModel(messages, state.feedback(), this);
        this.actions = new MeetingActionsViewModel(messages, followUps, calendarExport, state, this, frame);
        this.calendar = new CalendarWarningsViewModel(messages, executor, calendarWarnings, this::calendarDraft);
        List<Observable> edited = new ArrayList<>(frame.values());
        edited.addAll(participants.values());
        state.track(() -> List.of(frame.state(), participants.state()), edited);
        // a message goes once the field is edited again
        FormMessages feedback = state.feedback();
        frame.titleProperty().addListener(observable -> feedback.clear(TITLE));
        frame.formatProperty().addListener(observable -> feedback.clear(FORMAT));
        for (Observable time : List.of(frame.startDateProperty(), frame.startTimeProperty(),
                frame.endDateProperty(), frame.endTimeProperty())) {
            time.addListener(observable -> {
                feedback.clear(STARTS_AT);
                feedback.clear(ENDS_AT);
            });
        }
        List<Observable> calendarInput = new ArrayList<>(frame.schedule());
        calendarInput.addAll(participants.values());
        calendarInput.forEach(value -> value.addListener(observable -> {
            if (!state.filling()) {
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
        state.read(() -> Data.read(referenceData, meetings, id), data -> apply(data, day));
    }

    /** After a status change elsewhere or a concurrent change: reads the stored version again, dropping own edits. */
    public void reload() {
        Meeting current = stored.get();
        if (current != null) {
            load(current.id());
        }
    }

    /** Fills the form from read data (a new meeting on {@code day} when it holds none); the form is clean afterwards. */
    private void apply(Data data, LocalDate day) {
        Meeting meeting = data.meeting();
        state.fill(() -> {
            frame.options(data.formats(), data.lands(), meeting);
            participants.options(data.lands(), data.ministries(), data.persons());
            stored.set(meeting);
            isNew.set(meeting == null);
            if (meeting == null) {
                frame.fillNew(day == null ? LocalDate.now() : day);
            } else {
                frame.fill(meeting);
            }
            participants.fill(meeting);
            status.fill(meeting);
            heading.set(meeting == null ? messages.get("meetingForm.heading.new")
                    : messages.get(meeting.template() ? "meetingForm.heading.template" : "meetingForm.heading",
                    meeting.number(), meeting.title()));
        });
        calendar.refresh();
    }

    // --- building, checking and saving ------------------------------------------------------

    @Override
    public Meeting stored() {
        return stored.get();
    }

    @Override
    public Optional<Meeting> build(MeetingStatus newStatus, String cancelReason) {
        return shown(refused -> assemble(frame.builtTitle(), newStatus, text(cancelReason), refused));
    }

    /** The meeting as edited in its present status. */
    private Optional<Meeting> build() {
        return shown(refused -> assemble(frame.builtTitle(), refused));
    }

    /** Assembles the meeting and puts every refusal at its field, the last problem and notice gone. */
    private Optional<Meeting> shown(Function<List<Violation>, Optional<Meeting>> assembling) {
        state.clearNotes();
        state.feedback().clearFields();
        List<Violation> refused = new ArrayList<>();
        Optional<Meeting> built = assembling.apply(refused);
        refused.forEach(state.feedback()::show);
        return built;
    }

    /**
     * Checks these fields as the user leaves one of them: their messages show, or go, at once;
     * the other fields keep theirs until they are left too or the form is saved.
     */
    public void check(String... fields) {
        if (!state.loadedProperty().get()) {
            return;
        }
        List<Violation> refused = new ArrayList<>();
        assemble(frame.builtTitle(), refused);
        for (String field : fields) {
            state.feedback().clear(field);
            refused.stream().filter(violation -> violation.field().equals(field)).findFirst()
                    .ifPresent(state.feedback()::show);
        }
    }

    private Optional<Meeting> assemble(String title, List<Violation> refused) {
        Meeting current = stored.get();
        return assemble(title, current == null ? MeetingStatus.GEPLANT : current.status(),
                current == null ? null : current.cancelReason(), refused);
    }

    /**
     * The meeting as edited, in one pass: what the form refuses itself (a time that is no time)
     * and everything the record refuses; empty when anything is refused.
     */
    private Optional<Meeting> assemble(String title, MeetingStatus newStatus, String cancelReason,
                                       List<Violation> refused) {
        List<Violation> own = new ArrayList<>();
        LocalDateTime start = frame.startsAt(own);
        LocalDateTime end = frame.endsAt(own);
        refused.addAll(own);
        Meeting current = stored.get();
        try {
            Meeting built = new Meeting(current == null ? UUID.randomUUID() : current.id(),
                    current == null ? null : current.number(), frame.formatId(), title,
                    frame.modeProperty().get(), start, end, frame.builtPlace(), frame.builtVideoLink(),
                    frame.hostLandId(), participants.chairIds(), newStatus, cancelReason,
                    frame.classificationProperty().get(), text(frame.fileReferenceProperty().get()),
                    text(frame.notesProperty().get()), participants.list(), frame.invitedLandIds(),
                    current == null ? 0 : current.icalSequence(), current == null ? null : current.icalExportedVersion(),
                    current != null && current.template(), current == null ? null : current.predecessorId(),
                    current == null ? null : current.seriesId(), current == null ? null : current.audit());
            return own.isEmpty() ? Optional.of(built) : Optional.empty();
        } catch (ValidationException e) {
            // a time the form refused is missing in the record: the form's message says why
            e.violations().stream()
                    .filter(violation -> own.stream().noneMatch(mine -> mine.field().equals(violation.field())))
                    .forEach(refused::add);
            return Optional.empty();
        }
    }

    /**
     * The meeting for the calendar warnings, which look at its times and people only: they show
     * before a title is typed, so the heading stands in for a missing one.
     */
    private Optional<Meeting> calendarDraft() {
        if (!state.loadedProperty().get()) {
            return Optional.empty();
        }
        String title = frame.builtTitle() != null ? frame.builtTitle() : heading.get();
        return assemble(title, new ArrayList<>());
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
        boolean creating = stored.get() == null;
        state.read(() -> {
            Meeting written = creating ? meetings.create(meeting) : meetings.save(meeting);
            return Data.read(referenceData, meetings, written.id());
        }, data -> {
            apply(data, null);
            then.accept(data.meeting());
        });
    }

    /** Where failures that are not the user's go (the error dialog in the window). */
    public void onUnexpected(Consumer<Throwable> handler) {
        state.feedback().onUnexpected(handler);
    }

    // --- parts and properties ---------------------------------------------------------------

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

    public ReadOnlyStringProperty errorProperty(String field) {
        return state.feedback().errorProperty(field);
    }

    /** Field → message of every field that currently has one. */
    public Map<String, String> messages() {
        return state.feedback().shown();
    }

    public ReadOnlyStringProperty problemProperty() {
        return state.feedback().problemProperty();
    }

    /** What the last action did ("Folgesitzung SIT-BY1-0004 angelegt …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return state.noticeProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return state.dirtyProperty();
    }

    public boolean isDirty() {
        return state.dirtyProperty().get();
    }

    /** True after a save was refused because someone else saved meanwhile, until the form reloads. */
    public ReadOnlyBooleanProperty staleProperty() {
        return state.feedback().staleProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return state.busyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return state.loadedProperty();
    }

    public ReadOnlyBooleanProperty isNewProperty() {
        return isNew.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The meeting as last read or saved; null while the form holds a new one. */
    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return stored.getReadOnlyProperty();
    }
}
