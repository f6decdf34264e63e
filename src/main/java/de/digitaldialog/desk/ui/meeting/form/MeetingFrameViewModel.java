package de.digitaldialog.desk.ui.meeting.form;

import static de.digitaldialog.desk.ui.common.form.FormModel.text;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.form.Refusals;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The frame of the meeting as edited: format, mode, title, start and end, place or video link,
 * host Land, classification, file reference, notes and the invited Länder, with the choices
 * they offer. Needs no toolkit.
 */
public final class MeetingFrameViewModel {

    /** The format a new meeting gets when the list has it. */
    static final String DEFAULT_FORMAT = "GEMEINSAME_KABINETTSSITZUNG";
    static final LocalTime DEFAULT_START = LocalTime.of(10, 0);
    static final LocalTime DEFAULT_END = LocalTime.of(12, 0);
    /** Times are shown as 09:30 and read also as 9:30. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm");

    private final Messages messages;

    private final ObservableList<MeetingFormat> formatOptions = FXCollections.observableArrayList();
    private final ObservableList<Land> hostLandOptions = FXCollections.observableArrayList();
    private final ObservableList<Land> invitedLandOptions = FXCollections.observableArrayList();

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
    private final ObjectProperty<Classification> classification =
            new SimpleObjectProperty<>(this, "classification", Classification.OFFEN);
    private final StringProperty fileReference = new SimpleStringProperty(this, "fileReference", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<Land> invitedLands = FXCollections.observableArrayList();

    MeetingFrameViewModel(Messages messages) {
        this.messages = messages;
        // the end moves along with the start while the meeting is on one day
        startDate.addListener((observable, was, now) -> {
            if (now != null && (endDate.get() == null || endDate.get().equals(was))) {
                endDate.set(now);
            }
        });
    }

    /** Everything the user edits here. */
    List<Observable> values() {
        return List.of(format, mode, title, startDate, startTime, endDate, endTime, place, videoLink, hostLand,
                classification, fileReference, notes, invitedLands);
    }

    /** What the calendar warnings depend on. */
    List<Observable> schedule() {
        return List.of(format, startDate, startTime, endDate, endTime);
    }

    /** The choices: active formats (and the meeting's own), Länder by their order; partners are not invited. */
    void options(List<MeetingFormat> formats, List<Land> lands, Meeting meeting) {
        formatOptions.setAll(formats.stream()
                .filter(f -> f.active() || (meeting != null && f.id().equals(meeting.formatId())))
                .sorted(Comparator.comparingInt(MeetingFormat::sortOrder)).toList());
        List<Land> ordered = lands.stream().sorted(Comparator.comparingInt(Land::sortOrder)).toList();
        hostLandOptions.setAll(ordered);
        invitedLandOptions.setAll(ordered.stream().filter(land -> !land.partner()).toList());
    }

    /**
     * A new meeting on this day: 10:00–12:00, the joint cabinet session, hosted by this
     * installation's Land (Bavaria while none is set up).
     */
    void fillNew(LocalDate day, Optional<PartnerLand> homeLand) {
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
        String host = homeLand.map(PartnerLand::code).orElse(Land.BAVARIA);
        hostLand.set(hostLandOptions.stream().filter(land -> host.equals(land.code())).findFirst().orElse(null));
        classification.set(Classification.OFFEN);
        fileReference.set("");
        notes.set("");
        invitedLands.clear();
    }

    void fill(Meeting meeting) {
        format.set(formatOptions.stream().filter(f -> f.id().equals(meeting.formatId())).findFirst().orElse(null));
        mode.set(meeting.mode());
        title.set(meeting.title());
        startDate.set(meeting.startsAt().toLocalDate());
        startTime.set(meeting.startsAt().toLocalTime().format(TIME));
        endDate.set(meeting.endsAt().toLocalDate());
        endTime.set(meeting.endsAt().toLocalTime().format(TIME));
        place.set(orEmpty(meeting.place()));
        videoLink.set(orEmpty(meeting.videoLink()));
        hostLand.set(hostLandOptions.stream().filter(land -> land.id().equals(meeting.hostLandId())).findFirst()
                .orElse(null));
        classification.set(meeting.classification());
        fileReference.set(orEmpty(meeting.fileReference()));
        notes.set(orEmpty(meeting.notes()));
        invitedLands.setAll(invitedLandOptions.stream().filter(l -> meeting.invitedLandIds().contains(l.id())).toList());
    }

    /** The values as the dirty check compares them (texts stripped, choices by id). */
    List<Object> state() {
        List<Object> values = new ArrayList<>();
        values.add(String.valueOf(format.get() == null ? null : format.get().id()));
        values.add(String.valueOf(mode.get()));
        for (StringProperty typed : List.of(title, startTime, endTime, place, videoLink, fileReference, notes)) {
            values.add(orEmpty(text(typed.get())));
        }
        values.add(String.valueOf(startDate.get()));
        values.add(String.valueOf(endDate.get()));
        values.add(String.valueOf(hostLand.get() == null ? null : hostLand.get().id()));
        values.add(String.valueOf(classification.get()));
        values.add(invitedLandIds());
        return values;
    }

    // --- what the meeting is built from -----------------------------------------------------

    /** The start as entered; null when incomplete, a time that is no time is refused at the start. */
    LocalDateTime startsAt(Refusals refused) {
        return at(startDate.get(), startTime.get(), MeetingFormViewModel.STARTS_AT, refused);
    }

    /** The end as entered (on the start's day when it has none); a time that is no time is refused. */
    LocalDateTime endsAt(Refusals refused) {
        LocalDate day = endDate.get() != null ? endDate.get() : startDate.get();
        return at(day, endTime.get(), MeetingFormViewModel.ENDS_AT, refused);
    }

    private static LocalDateTime at(LocalDate day, String typed, String field, Refusals refused) {
        LocalTime time = time(typed);
        if (time == null) {
            refused.add(field, "validation.meeting.time");
            return null;
        }
        return day == null ? null : day.atTime(time);
    }

    /** "9:30" or "09:30" as a time; null for anything else. */
    static LocalTime time(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip(), TYPED_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    UUID formatId() {
        return format.get() == null ? null : format.get().id();
    }

    String builtTitle() {
        return text(title.get());
    }

    String builtPlace() {
        return text(place.get());
    }

    /** The video link counts only for a meeting not only in presence. */
    String builtVideoLink() {
        return mode.get() == MeetingMode.PRAESENZ ? null : text(videoLink.get());
    }

    UUID hostLandId() {
        return hostLand.get() == null ? null : hostLand.get().id();
    }

    Set<UUID> invitedLandIds() {
        return new HashSet<>(invitedLands.stream().map(Land::id).toList());
    }

    // --- labels -----------------------------------------------------------------------------

    public String formatLabel(MeetingFormat value) {
        return value == null ? "" : value.name().in(messages.locale());
    }

    public String landLabel(Land land) {
        return land == null ? "" : land.name().in(messages.locale());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    // --- properties -------------------------------------------------------------------------

    public ObservableList<MeetingFormat> formatOptions() {
        return formatOptions;
    }

    public ObservableList<Land> hostLandOptions() {
        return hostLandOptions;
    }

    public ObservableList<Land> invitedLandOptions() {
        return invitedLandOptions;
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
}
