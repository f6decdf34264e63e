package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingCalendarExport;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the meeting form: the frame being edited (format, mode, times, place, chairs …), the
 * participants, the status steps and the actions that make new meetings from this one. Rules
 * stay in the domain and the services: the form builds a {@link Meeting} and shows at the field
 * what its constructor refuses. Needs no toolkit.
 */
public final class MeetingFormViewModel {

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

    /** The format a new meeting gets when the list has it. */
    static final String DEFAULT_FORMAT = "GEMEINSAME_KABINETTSSITZUNG";
    static final LocalTime DEFAULT_START = LocalTime.of(10, 0);
    static final LocalTime DEFAULT_END = LocalTime.of(12, 0);
    /** A follow-up meeting is proposed this many months later, on the same weekday. */
    static final int FOLLOW_UP_MONTHS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(MeetingFormViewModel.class);
    /** Times are shown as 09:30 and read also as 9:30. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm");

    /** Everything the form shows, read in one background step. */
    public record Data(List<MeetingFormat> formats, List<Land> lands, List<Ministry> ministries,
                       List<Person> persons, Meeting meeting) {

        /** Reads reference data and, for a stored meeting (id not null), the meeting. */
        public static Data read(Workspace workspace, UUID id) {
            var reference = workspace.referenceData();
            return new Data(reference.meetingFormats(), reference.lands(), reference.ministries(),
                    reference.persons(), id == null ? null : workspace.meetings().load(id));
        }
    }

    /** Who can be added as a participant: a person, or a ministry taking part as such. */
    public record Candidate(Person person, Ministry ministry, String label) {
    }

    private final Messages messages;
    private final Formats formats;
    private final WorkspaceModel model;
    private final TaskExecutor executor;

    // choices
    private final ObservableList<MeetingFormat> formatOptions = FXCollections.observableArrayList();
    private final ObservableList<Land> hostLandOptions = FXCollections.observableArrayList();
    private final ObservableList<Land> invitedLandOptions = FXCollections.observableArrayList();
    private final ObservableList<Person> personOptions = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final Map<UUID, Land> landsById = new HashMap<>();
    private final Map<UUID, Ministry> ministriesById = new HashMap<>();
    private final Map<UUID, Person> personsById = new HashMap<>();

    // values
    private final ObjectProperty<MeetingFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<MeetingMode> mode = new SimpleObjectProperty<>(this, "mode", MeetingMode.PRAESENZ);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>(this, "endDate");
    private final StringProperty endTime = new SimpleStringProperty(this, "endTime", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty videoLink = new SimpleStringProperty(this, "videoLink", "");
    private final ObjectProperty<Land> hostLand = new SimpleObjectProperty<>(this, "hostLand");
    private final ObservableList<Person> chairs = FXCollections.observableArrayList();
    private final ObjectProperty<Classification> classification =
            new SimpleObjectProperty<>(this, "classification", Classification.OFFEN);
    private final StringProperty fileReference = new SimpleStringProperty(this, "fileReference", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<Land> invitedLands = FXCollections.observableArrayList();
    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList();

    // status and calendar warnings
    private final ReadOnlyObjectWrapper<MeetingStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", MeetingStatus.GEPLANT);
    private final ObservableList<MeetingStatus> allowedTargets = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private Function<Meeting, List<String>> warningSource = draft -> List.of();
    private long warningRound;

    // state of the form
    private final FormMessages feedback;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(this, "isNew", true);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyObjectWrapper<Meeting> stored = new ReadOnlyObjectWrapper<>(this, "meeting");
    private Object baseline;
    private boolean applying;

    public MeetingFormViewModel(Messages messages, WorkspaceModel model) {
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
        this.model = model;
        this.executor = model.executor();
        this.feedback = new FormMessages(messages, FIELDS);
        InvalidationListener changed = observable -> updateDirty();
        for (Observable value : List.of(format, mode, title, startDate, startTime, endDate, endTime, place,
                videoLink, hostLand, chairs, classification, fileReference, notes, invitedLands, participants)) {
            value.addListener(changed);
        }
        // a message goes once the field is edited again
        title.addListener(observable -> feedback.clear(TITLE));
        format.addListener(observable -> feedback.clear(FORMAT));
        for (Observable time : List.of(startDate, startTime, endDate, endTime)) {
            time.addListener(observable -> {
                feedback.clear(STARTS_AT);
                feedback.clear(ENDS_AT);
            });
        }
        // the end moves along with the start while the meeting is on one day
        startDate.addListener((observable, was, now) -> {
            if (!applying && now != null && (endDate.get() == null || endDate.get().equals(was))) {
                endDate.set(now);
            }
        });
        InvalidationListener recheck = observable -> {
            if (!applying) {
                refreshWarnings();
            }
        };
        for (Observable value : List.of(startDate, startTime, endDate, endTime, chairs, participants, format)) {
            value.addListener(recheck);
        }
    }

    // --- loading ----------------------------------------------------------------------------

    /** Reads the stored meeting in the background and fills the form. */
    public void load(UUID id) {
        read(id, null);
    }

    /** Reads the reference data in the background and fills the form for a new meeting on this day. */
    public void loadNew(LocalDate day) {
        read(null, Objects.requireNonNull(day, "day"));
    }

    private void read(UUID id, LocalDate day) {
        busy.set(true);
        BackgroundTask.wrap(() -> Data.read(model.workspace(), id))
                .onSuccess(data -> apply(data, day))
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** After a status change elsewhere or a concurrent change: reads the stored version again, dropping own edits. */
    public void reload() {
        Meeting current = stored.get();
        if (current != null) {
            load(current.id());
        }
    }

    /** Fills the form from read data (a new meeting on {@code day} when it holds none); the form is clean afterwards. */
    public void apply(Data data, LocalDate day) {
        applying = true;
        try {
            landsById.clear();
            data.lands().forEach(land -> landsById.put(land.id(), land));
            ministriesById.clear();
            data.ministries().forEach(ministry -> ministriesById.put(ministry.id(), ministry));
            personsById.clear();
            data.persons().forEach(person -> personsById.put(person.id(), person));
            Meeting meeting = data.meeting();
            formatOptions.setAll(data.formats().stream()
                    .filter(f -> f.active() || (meeting != null && f.id().equals(meeting.formatId())))
                    .sorted(Comparator.comparingInt(MeetingFormat::sortOrder)).toList());
            List<Land> lands = data.lands().stream().sorted(Comparator.comparingInt(Land::sortOrder)).toList();
            hostLandOptions.setAll(lands);
            invitedLandOptions.setAll(lands.stream().filter(land -> !land.partner()).toList());
            personOptions.setAll(data.persons().stream()
                    .sorted(Comparator.comparing(Person::lastName, String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(Person::displayName, String.CASE_INSENSITIVE_ORDER)).toList());
            candidates.setAll(candidates(data));
            stored.set(meeting);
            isNew.set(meeting == null);
            if (meeting == null) {
                fillNew(day == null ? LocalDate.now() : day);
            } else {
                fill(meeting);
            }
            feedback.clearFields();
            feedback.problem("");
        } finally {
            applying = false;
        }
        feedback.stale(false);
        baseline = state();
        dirty.set(false);
        loaded.set(true);
        refreshWarnings();
    }

    private void fillNew(LocalDate day) {
        format.set(formatOptions.stream().filter(f -> DEFAULT_FORMAT.equals(f.code())).findFirst()
                .orElse(formatOptions.isEmpty() ? null : formatOptions.get(0)));
        mode.set(MeetingMode.PRAESENZ);
        title.set("");
        startDate.set(day);
        startTime.set(DEFAULT_START.format(TIME));
        endDate.set(day);
        endTime.set(DEFAULT_END.format(TIME));
        place.set("");
        videoLink.set("");
        hostLand.set(hostLandOptions.stream().filter(land -> Land.BAVARIA.equals(land.code())).findFirst()
                .orElse(null));
        chairs.clear();
        classification.set(Classification.OFFEN);
        fileReference.set("");
        notes.set("");
        invitedLands.clear();
        participants.clear();
        status.set(MeetingStatus.GEPLANT);
        allowedTargets.clear();
        heading.set(messages.get("meetingForm.heading.new"));
    }

    private void fill(Meeting meeting) {
        format.set(formatOptions.stream().filter(f -> f.id().equals(meeting.formatId())).findFirst().orElse(null));
        mode.set(meeting.mode());
        title.set(meeting.title());
        startDate.set(meeting.startsAt().toLocalDate());
        startTime.set(meeting.startsAt().toLocalTime().format(TIME));
        endDate.set(meeting.endsAt().toLocalDate());
        endTime.set(meeting.endsAt().toLocalTime().format(TIME));
        place.set(orEmpty(meeting.place()));
        videoLink.set(orEmpty(meeting.videoLink()));
        hostLand.set(meeting.hostLandId() == null ? null : landsById.get(meeting.hostLandId()));
        chairs.setAll(meeting.chairPersonIds().stream().map(personsById::get).filter(Objects::nonNull).toList());
        classification.set(meeting.classification());
        fileReference.set(orEmpty(meeting.fileReference()));
        notes.set(orEmpty(meeting.notes()));
        invitedLands.setAll(invitedLandOptions.stream().filter(l -> meeting.invitedLandIds().contains(l.id())).toList());
        participants.setAll(meeting.participants().stream().map(this::row).sorted(ParticipantRow.ORDER).toList());
        status.set(meeting.status());
        allowedTargets.setAll(meeting.status().allowedTargets());
        heading.set(messages.get(meeting.template() ? "meetingForm.heading.template" : "meetingForm.heading",
                meeting.number(), meeting.title()));
    }

    /** Persons and ministries of the partner Länder and the Bund, persons first, each by name. */
    private List<Candidate> candidates(Data data) {
        Set<UUID> eligible = new HashSet<>();
        data.lands().stream().filter(land -> land.partner() || land.federal()).forEach(land -> eligible.add(land.id()));
        LocalDate today = LocalDate.now();
        List<Candidate> result = new ArrayList<>();
        data.persons().stream()
                .filter(p -> p.ministryId() == null || eligible.contains(landOf(p.ministryId())))
                .sorted(Comparator.comparing(Person::lastName, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> result.add(new Candidate(p, null, personLabel(p))));
        data.ministries().stream()
                .filter(m -> eligible.contains(m.landId()) && m.isValidOn(today))
                .sorted(Comparator.comparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER))
                .forEach(m -> result.add(new Candidate(null, m, ministryLabel(m))));
        return result;
    }

    private UUID landOf(UUID ministryId) {
        Ministry ministry = ministriesById.get(ministryId);
        return ministry == null ? null : ministry.landId();
    }

    private ParticipantRow row(Participant participant) {
        Person person = participant.personId() == null ? null : personsById.get(participant.personId());
        UUID ministryId = participant.ministryId() != null ? participant.ministryId()
                : person == null ? null : person.ministryId();
        Ministry ministry = ministryId == null ? null : ministriesById.get(ministryId);
        Land land = ministry == null ? null : landsById.get(ministry.landId());
        String name;
        String detail;
        if (person != null) {
            name = person.displayName();
            detail = joined(person.functionTitle(), ministry == null ? null : ministry.abbreviation());
        } else {
            name = ministry == null ? "?" : ministry.abbreviation();
            detail = ministry == null ? "" : ministry.name().in(messages.locale());
        }
        return new ParticipantRow(participant, landLabel(land), land == null ? Integer.MAX_VALUE : land.sortOrder(),
                person == null ? null : person.protocolRank(), name, detail);
    }

    // --- building and validating ------------------------------------------------------------

    /**
     * The meeting as edited, or empty when it is refused; then every refused field has its
     * message. Fields refused are replaced by valid stand-ins and the record is built again, so
     * all messages show at once, not one per attempt.
     */
    public Optional<Meeting> build() {
        feedback.clearFields();
        return assemble(true);
    }

    /** The meeting as edited; {@code showing} puts the messages at the fields, else title and format may be missing. */
    private Optional<Meeting> assemble(boolean showing) {
        boolean refused = false;
        String builtTitle = text(title.get()) == null ? null : title.get().strip();
        UUID formatId = format.get() == null ? null : format.get().id();
        LocalTime fromTime = time(startTime.get());
        LocalTime toTime = time(endTime.get());
        if (fromTime == null || toTime == null) {
            refused = true;
            if (showing) {
                feedback.set(fromTime == null ? STARTS_AT : ENDS_AT, messages.get("validation.meeting.time"));
            }
            fromTime = fromTime == null ? DEFAULT_START : fromTime;
            toTime = toTime == null ? fromTime.plusHours(1) : toTime;
        }
        LocalDateTime start = startDate.get() == null ? null : startDate.get().atTime(fromTime);
        LocalDate endDay = endDate.get() != null ? endDate.get() : startDate.get();
        LocalDateTime end = endDay == null ? null : endDay.atTime(toTime);
        for (int attempt = 0; attempt < FIELDS.size(); attempt++) {
            try {
                Meeting built = meeting(builtTitle, formatId, start, end);
                return refused ? Optional.empty() : Optional.of(built);
            } catch (ValidationException e) {
                // a draft for the calendar warnings needs only its times
                refused |= showing || !(TITLE.equals(e.field()) || FORMAT.equals(e.field()));
                if (showing) {
                    feedback.show(e);
                }
                switch (e.field()) {
                    case TITLE -> builtTitle = "x";
                    case FORMAT -> formatId = UUID.randomUUID();
                    case STARTS_AT -> start = LocalDate.now().atTime(DEFAULT_START);
                    case ENDS_AT -> end = start.plusHours(1);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Meeting meeting(String builtTitle, UUID formatId, LocalDateTime start, LocalDateTime end) {
        Meeting current = stored.get();
        return new Meeting(current == null ? UUID.randomUUID() : current.id(),
                current == null ? null : current.number(), formatId, builtTitle, mode.get(), start, end,
                text(place.get()), mode.get() == MeetingMode.PRAESENZ ? null : text(videoLink.get()),
                hostLand.get() == null ? null : hostLand.get().id(), chairs.stream().map(Person::id).toList(),
                current == null ? MeetingStatus.GEPLANT : current.status(),
                current == null ? null : current.cancelReason(), classification.get(), text(fileReference.get()),
                text(notes.get()), participants.stream().map(ParticipantRow::participant).toList(),
                new HashSet<>(invitedLands.stream().map(Land::id).toList()),
                current == null ? 0 : current.icalSequence(), current == null ? null : current.icalExportedVersion(),
                current != null && current.template(), current == null ? null : current.predecessorId(),
                current == null ? null : current.seriesId(), current == null ? null : current.audit());
    }

    /** "9:30" or "09:30" as a time; null for anything else. */
    public static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), TYPED_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // --- saving and the status --------------------------------------------------------------

    /**
     * Saves in the background: creates a new meeting (it gets its number) or saves the edited one
     * from the version it was loaded at. A refused field gets its message; a concurrent change
     * shows "meanwhile changed by …" and overwrites nothing.
     *
     * @return false when the form was refused before anything was sent
     */
    public boolean save(Consumer<Meeting> onSaved) {
        feedback.problem("");
        notice.set("");
        Optional<Meeting> built = build();
        if (built.isEmpty()) {
            return false;
        }
        Meeting meeting = built.get();
        boolean creating = stored.get() == null;
        store(workspace -> creating ? workspace.meetings().create(meeting) : workspace.meetings().save(meeting),
                onSaved);
        return true;
    }

    /**
     * Moves the meeting to one of its allowed next states, saving the edits with it; cancelling
     * needs a reason.
     *
     * @return false when refused before anything was sent (the message shows at its field)
     */
    public boolean changeStatus(MeetingStatus target, String reason, Consumer<Meeting> onChanged) {
        feedback.problem("");
        notice.set("");
        Meeting current = stored.get();
        if (current == null) {
            return false;
        }
        Optional<Meeting> built = build();
        if (target == null || !current.status().allowedTargets().contains(target)) {
            feedback.set(STATUS, messages.get("validation.meeting.statusStep", current.status(), target));
            return false;
        }
        if (built.isEmpty()) {
            return false;
        }
        Meeting moved;
        try {
            moved = built.get().withStatus(target, target == MeetingStatus.ABGESAGT ? text(reason) : null);
        } catch (ValidationException e) {
            feedback.show(e);
            return false;
        }
        store(workspace -> workspace.meetings().save(moved), onChanged);
        return true;
    }

    private void store(Function<Workspace, Meeting> write, Consumer<Meeting> then) {
        busy.set(true);
        Workspace workspace = model.workspace();
        BackgroundTask.wrap(() -> Data.read(workspace, write.apply(workspace).id()))
                .onSuccess(data -> {
                    apply(data, null);
                    then.accept(data.meeting());
                })
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Where failures that are not the user's go (the error dialog in the window). */
    public void onUnexpected(Consumer<Throwable> handler) {
        feedback.onUnexpected(handler);
    }

    // --- calendar warnings ------------------------------------------------------------------

    /**
     * Where the calendar warnings come from (weekend, public holiday, a participant already
     * booked …): called in the background with the meeting as edited whenever its times, chairs,
     * participants or format change; its lines show under the dates and block nothing.
     */
    public void setWarnings(Function<Meeting, List<String>> source) {
        this.warningSource = Objects.requireNonNull(source);
        if (loaded.get()) {
            refreshWarnings();
        }
    }

    private void refreshWarnings() {
        long round = ++warningRound;
        Optional<Meeting> draft = assemble(false);
        if (draft.isEmpty()) {
            warnings.clear();
            return;
        }
        Function<Meeting, List<String>> source = warningSource;
        BackgroundTask.wrap(() -> List.copyOf(source.apply(draft.get())))
                .onSuccess(lines -> {
                    if (round == warningRound) {
                        warnings.setAll(lines);
                    }
                })
                .onFailure(error -> {
                    // a hint that cannot be computed is no reason to interrupt the user
                    LOG.warn("Calendar warnings failed", error);
                    if (round == warningRound) {
                        warnings.clear();
                    }
                })
                .executeWith(executor);
    }

    // --- chairs and participants ------------------------------------------------------------

    /** Adds a chair at the end; one already chairing stays where it is. */
    public void addChair(Person person) {
        if (person != null && chairs.stream().noneMatch(c -> c.id().equals(person.id()))) {
            chairs.add(person);
        }
    }

    public void removeChair(Person person) {
        chairs.remove(person);
    }

    /** Adds a person or ministry with a role; false (with the message) when it takes part already. */
    public boolean addParticipant(Candidate candidate, ParticipantRole role) {
        feedback.clear(PARTICIPANT);
        if (candidate == null) {
            feedback.set(PARTICIPANT, messages.get("validation.required"));
            return false;
        }
        UUID personId = candidate.person() == null ? null : candidate.person().id();
        UUID ministryId = candidate.ministry() == null ? null : candidate.ministry().id();
        boolean twice = participants.stream().map(ParticipantRow::participant)
                .anyMatch(p -> Objects.equals(p.personId(), personId) && Objects.equals(p.ministryId(), ministryId));
        if (twice) {
            feedback.set(PARTICIPANT, messages.get("validation.meeting.participantTwice", candidate.label()));
            return false;
        }
        put(new Participant(UUID.randomUUID(), personId, ministryId, role, null));
        return true;
    }

    /** Gives a participant another role; returns the row that replaces it. */
    public ParticipantRow changeRole(ParticipantRow row, ParticipantRole role) {
        Participant p = row.participant();
        participants.remove(row);
        return put(new Participant(p.id(), p.personId(), p.ministryId(), role, p.audit()));
    }

    public void removeParticipant(ParticipantRow row) {
        participants.remove(row);
        feedback.clear(PARTICIPANT);
    }

    private ParticipantRow put(Participant participant) {
        ParticipantRow added = row(participant);
        List<ParticipantRow> rows = new ArrayList<>(participants);
        rows.add(added);
        rows.sort(ParticipantRow.ORDER);
        participants.setAll(rows);
        return added;
    }

    // --- making new meetings from this one --------------------------------------------------

    /** The proposed start of a follow-up meeting: the same weekday and time three months on. */
    public LocalDateTime followUpStart() {
        Meeting current = stored.get();
        LocalDateTime start = current == null ? LocalDate.now().atTime(DEFAULT_START) : current.startsAt();
        return start.plusMonths(FOLLOW_UP_MONTHS).with(TemporalAdjusters.nextOrSame(start.getDayOfWeek()));
    }

    /** "Folgesitzung anlegen": the follow-up at {@code start}, with the open TOPs carried over. */
    public void createFollowUp(LocalDateTime start, Consumer<Meeting> then) {
        UUID id = stored.get().id();
        act(workspace -> workspace.followUps().createFollowUp(id, start),
                created -> messages.get("meetingForm.notice.followUp", created.number(),
                        formats.dateTime(created.startsAt())), then);
    }

    public void saveAsTemplate(Consumer<Meeting> then) {
        UUID id = stored.get().id();
        act(workspace -> workspace.followUps().saveAsTemplate(id),
                template -> messages.get("meetingForm.notice.template", template.number()), then);
    }

    /** A series of {@code count} meetings made from this one, the first at {@code first}. */
    public void createSeries(LocalDateTime first, int count, int every, MeetingFollowUps.Step step,
                             Consumer<List<Meeting>> then) {
        UUID id = stored.get().id();
        act(workspace -> workspace.followUps().createSeries(id, first, count, every, step),
                series -> messages.get("meetingForm.notice.series", series.size(), series.get(0).number(),
                        series.get(series.size() - 1).number()), then);
    }

    /** Writes the invitation (or cancellation) as an .ics file; VS-NfD content only when included on purpose. */
    public void exportCalendar(Path target, boolean includeClassified, Consumer<MeetingCalendarExport.Written> then) {
        UUID id = stored.get().id();
        act(workspace -> workspace.calendarExport().exportMeeting(id, target, includeClassified, messages.locale()),
                written -> messages.get("meetingForm.notice.exported", written.file(),
                        written.events().get(0).sequence()), then);
    }

    /** The meetings kept as templates, read in the background. */
    public void templates(Consumer<List<MeetingSummary>> then) {
        act(workspace -> workspace.followUps().templates(), templates -> "", then);
    }

    /**
     * "Neu aus Vorlage": a new meeting from the template at the start entered in this (new) form;
     * the form then shows it.
     */
    public boolean createFromTemplate(UUID templateId, Consumer<Meeting> then) {
        feedback.clear(STARTS_AT);
        LocalTime from = time(startTime.get());
        if (startDate.get() == null || from == null) {
            feedback.set(STARTS_AT, messages.get(startDate.get() == null ? "validation.required"
                    : "validation.meeting.time"));
            return false;
        }
        LocalDateTime start = startDate.get().atTime(from);
        act(workspace -> workspace.followUps().createFromTemplate(templateId, start),
                created -> messages.get("meetingForm.notice.fromTemplate", created.number()), created -> {
                    load(created.id());
                    then.accept(created);
                });
        return true;
    }

    private <T> void act(Function<Workspace, T> work, Function<T, String> done, Consumer<? super T> then) {
        feedback.problem("");
        notice.set("");
        busy.set(true);
        Workspace workspace = model.workspace();
        BackgroundTask.wrap(() -> work.apply(workspace))
                .onSuccess(result -> {
                    notice.set(done.apply(result));
                    then.accept(result);
                })
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    // --- dirty tracking ---------------------------------------------------------------------

    private void updateDirty() {
        if (!applying && baseline != null) {
            dirty.set(!state().equals(baseline));
        }
    }

    private Object state() {
        List<Object> values = new ArrayList<>();
        values.add(String.valueOf(format.get() == null ? null : format.get().id()));
        values.add(String.valueOf(mode.get()));
        for (StringProperty text : List.of(title, startTime, endTime, place, videoLink, fileReference, notes)) {
            values.add(orEmpty(text.get()).strip());
        }
        values.add(String.valueOf(startDate.get()));
        values.add(String.valueOf(endDate.get()));
        values.add(String.valueOf(hostLand.get() == null ? null : hostLand.get().id()));
        values.add(chairs.stream().map(Person::id).toList());
        values.add(String.valueOf(classification.get()));
        values.add(new HashSet<>(invitedLands.stream().map(Land::id).toList()));
        values.add(participants.stream().map(row -> row.participant().id() + ":" + row.participant().role()).toList());
        return values;
    }

    // --- labels -----------------------------------------------------------------------------

    public String formatLabel(MeetingFormat value) {
        return value == null ? "" : value.name().in(messages.locale());
    }

    public String landLabel(Land land) {
        return land == null ? "" : land.name().in(messages.locale());
    }

    /** "Dr. Anna Schmidt (StMD)": a person with the ministry's abbreviation. */
    public String personLabel(Person person) {
        if (person == null) {
            return "";
        }
        Ministry ministry = person.ministryId() == null ? null : ministriesById.get(person.ministryId());
        return person.displayName() + (ministry == null ? "" : " (" + ministry.abbreviation() + ")");
    }

    /** "StMD – Staatsministerium für Digitales (Bayern)": a ministry as a participant. */
    public String ministryLabel(Ministry ministry) {
        Land land = landsById.get(ministry.landId());
        return ministry.abbreviation() + " – " + ministry.name().in(messages.locale())
                + (land == null ? "" : " (" + landLabel(land) + ")");
    }

    private static String joined(String first, String second) {
        String a = text(first);
        String b = text(second);
        return a == null ? orEmpty(b) : b == null ? a : a + ", " + b;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    // --- properties -------------------------------------------------------------------------

    public ReadOnlyStringProperty errorProperty(String field) {
        return feedback.errorProperty(field);
    }

    /** Field → message of every field that currently has one. */
    public Map<String, String> messages() {
        return feedback.shown();
    }

    public ReadOnlyStringProperty problemProperty() {
        return feedback.problemProperty();
    }

    /** What the last action did ("Folgesitzung SIT-BY1-0004 angelegt …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** True after a save was refused because someone else saved meanwhile, until the form reloads. */
    public ReadOnlyBooleanProperty staleProperty() {
        return feedback.staleProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
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

    public ReadOnlyObjectProperty<MeetingStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<MeetingStatus> allowedTargets() {
        return allowedTargets;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<MeetingFormat> formatOptions() {
        return formatOptions;
    }

    public ObservableList<Land> hostLandOptions() {
        return hostLandOptions;
    }

    public ObservableList<Land> invitedLandOptions() {
        return invitedLandOptions;
    }

    public ObservableList<Person> personOptions() {
        return personOptions;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObjectProperty<MeetingFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<MeetingMode> modeProperty() {
        return mode;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty videoLinkProperty() {
        return videoLink;
    }

    public ObjectProperty<Land> hostLandProperty() {
        return hostLand;
    }

    public ObservableList<Person> chairs() {
        return chairs;
    }

    public ObjectProperty<Classification> classificationProperty() {
        return classification;
    }

    public StringProperty fileReferenceProperty() {
        return fileReference;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<Land> invitedLands() {
        return invitedLands;
    }

    /** By Land, then protocol order; change them with the methods above. */
    public ObservableList<ParticipantRow> participants() {
        return participants;
    }
}
