package de.digitaldialog.desk.ui.meeting.list;

import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Holiday;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.PublicHoliday;
import de.digitaldialog.desk.domain.PublicHolidays;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.TrashService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.LandNames;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The Sitzungen page: the loaded meetings, the period the calendar shows (a month or a week
 * around {@link #anchorProperty()}), and the list with its scope and facets. The facets (format,
 * host Land, theme area, status) narrow the calendar too; templates are never calendar entries.
 */
public final class MeetingsViewModel {

    /** What one refresh reads: the meetings with the templates, and the names of the Länder. */
    private record Loaded(List<MeetingSummary> meetings, LandNames lands, boolean deletedMeetings) {
    }

    private final Messages messages;
    private final Formats formats;
    private final TaskExecutor executor;
    private final MeetingService meetings;
    private final MeetingFollowUps followUps;
    private final ReferenceDataService referenceData;
    private final TrashService trash;
    private final ObservableList<MeetingSummary> loaded = FXCollections.observableArrayList();
    private final FilteredList<MeetingSummary> calendar;
    private final FilteredList<MeetingSummary> listed;
    private final SortedList<MeetingSummary> sorted;
    private final ObservableList<LocalizedText> formatOptions = FXCollections.observableArrayList();
    private final ObservableList<String> hostLandOptions = FXCollections.observableArrayList();

    private final ObjectProperty<CalendarMode> mode = new SimpleObjectProperty<>(this, "mode", CalendarMode.MONTH);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>(this, "anchor");
    private final ObjectProperty<MeetingScope> scope = new SimpleObjectProperty<>(this, "scope", MeetingScope.UPCOMING);
    private final ObjectProperty<LocalizedText> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<String> hostLand = new SimpleObjectProperty<>(this, "hostLand");
    private final ObjectProperty<UUID> themeArea = new SimpleObjectProperty<>(this, "themeArea");
    private final ObjectProperty<MeetingStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ReadOnlyStringWrapper period = new ReadOnlyStringWrapper(this, "period", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");

    private Supplier<LocalDateTime> now = () -> LocalDateTime.now(Formats.ZONE);
    private LandNames landNames = LandNames.NONE;

    public MeetingsViewModel(Messages messages, TaskExecutor executor, MeetingService meetings,
                             MeetingFollowUps followUps, ReferenceDataService referenceData, TrashService trash) {
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
        this.executor = executor;
        this.meetings = meetings;
        this.followUps = followUps;
        this.referenceData = referenceData;
        this.trash = trash;
        emptyText.set(messages.get("meetings.empty"));
        this.calendar = new FilteredList<>(loaded);
        this.listed = new FilteredList<>(loaded);
        this.sorted = new SortedList<>(listed);
        anchor.set(now.get().toLocalDate());
        Observable[] facets = {format, hostLand, themeArea, status};
        calendar.predicateProperty().bind(Bindings.createObjectBinding(
                () -> facets().and(meeting -> !meeting.template()), facets));
        listed.predicateProperty().bind(Bindings.createObjectBinding(
                () -> facets().and(inScope()), format, hostLand, themeArea, status, scope));
        period.bind(Bindings.createStringBinding(this::describePeriod, mode, anchor));
        loaded.addListener((ListChangeListener<MeetingSummary>) change -> {
            offerFacets();
            summary.set(messages.get("meetings.summary",
                    loaded.stream().filter(meeting -> !meeting.template()).count()));
        });
    }

    /**
     * Reads the meetings and the templates (which the meeting service lists apart) in the background,
     * and whether the Papierkorb holds deleted meetings, which an empty list then points to.
     */
    public void refresh() {
        BackgroundTask.wrap(() -> new Loaded(Stream.concat(meetings.list().stream(),
                        followUps.templates().stream()).toList(), LandNames.read(referenceData, messages.locale()),
                        trash.list().stream().anyMatch(deletion -> deletion.what().kind() == DeletionKind.MEETING)))
                .onSuccess(read -> {
                    landNames = read.lands();
                    loaded.setAll(read.meetings());
                    emptyText.set(messages.get(!loaded.isEmpty() ? "meetings.list.empty"
                            : read.deletedMeetings() ? "meetings.empty.trash" : "meetings.empty"));
                })
                .executeWith(executor);
    }

    /** For tests: the clock that says what "today", "upcoming" and "past" mean. */
    void now(Supplier<LocalDateTime> clock) {
        this.now = clock;
        anchor.set(today());
    }

    public LocalDate today() {
        return now.get().toLocalDate();
    }

    // --- the period the calendar shows ---

    public ObjectProperty<CalendarMode> modeProperty() {
        return mode;
    }

    /** A day in the period shown: the month or week that contains it. */
    public ObjectProperty<LocalDate> anchorProperty() {
        return anchor;
    }

    /** "März 2019" or "KW 11 · 11.03.2019 – 17.03.2019". */
    public ReadOnlyStringProperty periodProperty() {
        return period.getReadOnlyProperty();
    }

    public void previous() {
        anchor.set(mode.get() == CalendarMode.WEEK ? anchor.get().minusWeeks(1) : anchor.get().minusMonths(1));
    }

    public void next() {
        anchor.set(mode.get() == CalendarMode.WEEK ? anchor.get().plusWeeks(1) : anchor.get().plusMonths(1));
    }

    public void goToToday() {
        anchor.set(today());
    }

    /** True when the calendar shows both days in the same month (month view) or week (week view). */
    public boolean samePeriod(LocalDate one, LocalDate other) {
        if (one == null || other == null) {
            return false;
        }
        return mode.get() == CalendarMode.WEEK
                ? CalendarWeeks.weekStart(one).equals(CalendarWeeks.weekStart(other))
                : YearMonth.from(one).equals(YearMonth.from(other));
    }

    /** The Mondays of the weeks the month view shows. */
    public List<LocalDate> monthWeeks() {
        return CalendarWeeks.monthWeeks(YearMonth.from(anchor.get()));
    }

    /** The seven days the week view shows. */
    public List<LocalDate> weekDays() {
        return CalendarWeeks.week(CalendarWeeks.weekStart(anchor.get()));
    }

    public boolean inShownMonth(LocalDate day) {
        return YearMonth.from(day).equals(YearMonth.from(anchor.get()));
    }

    private String describePeriod() {
        LocalDate day = anchor.get();
        if (mode.get() == CalendarMode.WEEK) {
            LocalDate monday = CalendarWeeks.weekStart(day);
            return messages.get("meetings.period.week", CalendarWeeks.weekNumber(monday), formats.date(monday),
                    formats.date(monday.plusDays(CalendarWeeks.DAYS_PER_WEEK - 1)));
        }
        return DateTimeFormatter.ofPattern("LLLL yyyy", messages.locale()).format(day);
    }

    /**
     * What the page shows, for the period export: the month or week with the calendar's meetings
     * that start in it, or the list's meetings from the first one's day to the last one's.
     */
    public PeriodExportViewModel.Shown shown() {
        LocalDate day = anchor.get();
        return switch (mode.get()) {
            case MONTH -> shown(calendar, YearMonth.from(day).atDay(1), YearMonth.from(day).atEndOfMonth());
            case WEEK -> shown(calendar, CalendarWeeks.weekStart(day),
                    CalendarWeeks.weekStart(day).plusDays(CalendarWeeks.DAYS_PER_WEEK - 1));
            case LIST -> {
                List<LocalDate> days = listed.stream().filter(meeting -> !meeting.template())
                        .map(meeting -> meeting.startsAt().toLocalDate()).sorted().toList();
                yield days.isEmpty() ? shown(listed, day, day) : shown(listed, days.get(0), days.get(days.size() - 1));
            }
        };
    }

    private static PeriodExportViewModel.Shown shown(List<MeetingSummary> meetings, LocalDate from, LocalDate to) {
        return new PeriodExportViewModel.Shown(from, to, meetings.stream()
                .filter(meeting -> !meeting.template() && !meeting.startsAt().toLocalDate().isBefore(from)
                        && !meeting.startsAt().toLocalDate().isAfter(to))
                .map(MeetingSummary::id).collect(Collectors.toSet()));
    }

    // --- what the calendar shows ---

    /** The calendar's meetings (facets applied, no templates); the grids redraw when it changes. */
    public ObservableList<MeetingSummary> calendarMeetings() {
        return calendar;
    }

    /** The calendar's meetings on {@code day} (also those running over it from an earlier day), by start. */
    public List<MeetingSummary> meetingsOn(LocalDate day) {
        LocalDateTime dayStart = day.atStartOfDay();
        LocalDateTime dayEnd = day.plusDays(1).atStartOfDay();
        return calendar.stream()
                .filter(meeting -> meeting.startsAt().isBefore(dayEnd) && meeting.endsAt().isAfter(dayStart))
                .sorted(Comparator.comparing(MeetingSummary::startsAt))
                .toList();
    }

    /** "Fronleichnam (BY, NW)", "Mariä Himmelfahrt (BY, regional)": the holidays of both Länder on {@code day}. */
    public List<String> holidayLabels(LocalDate day) {
        Map<Holiday, List<PublicHoliday>> holidays = PublicHolidays.byHoliday(day);
        return holidays.entrySet().stream().map(entry -> {
            String lands = entry.getValue().stream().map(h -> h.land().name()).collect(Collectors.joining(", "));
            boolean regional = entry.getValue().stream().anyMatch(PublicHoliday::regional);
            return messages.get(regional ? "meetings.holiday.regional" : "meetings.holiday", entry.getKey(), lands);
        }).toList();
    }

    /** "10:00 Ressortgespräch"; a meeting running over from an earlier day shows no time. */
    public String entryText(MeetingSummary meeting, LocalDate day) {
        return meeting.startsAt().toLocalDate().equals(day)
                ? formats.time(meeting.startsAt()) + " " + meeting.title() : meeting.title();
    }

    /** "10:00–12:30 Fachworkshop …", the part of the meeting on {@code day} in the week view. */
    public String timedEntryText(MeetingSummary meeting, LocalDate day) {
        return formats.time(startOn(meeting, day)) + "–" + formats.time(endOn(meeting, day)) + "\n" + meeting.title();
    }

    /** When the meeting begins on {@code day}: its start, or midnight when it runs over from the day before. */
    public static LocalDateTime startOn(MeetingSummary meeting, LocalDate day) {
        return meeting.startsAt().isBefore(day.atStartOfDay()) ? day.atStartOfDay() : meeting.startsAt();
    }

    /** When the meeting ends on {@code day}: its end, or midnight when it runs on into the next day. */
    public static LocalDateTime endOn(MeetingSummary meeting, LocalDate day) {
        LocalDateTime midnight = day.plusDays(1).atStartOfDay();
        return meeting.endsAt().isAfter(midnight) ? midnight : meeting.endsAt();
    }

    /** The tooltip of a calendar entry: number, title, time, format, place, status. */
    public String describe(MeetingSummary meeting) {
        StringBuilder text = new StringBuilder(meeting.number()).append('\n').append(meeting.title()).append('\n')
                .append(formats.span(meeting.startsAt(), meeting.endsAt())).append('\n').append(formatName(meeting));
        if (meeting.place() != null && !meeting.place().isBlank()) {
            text.append('\n').append(meeting.place());
        }
        text.append('\n').append(messages.label(meeting.status()));
        return text.toString();
    }

    // --- the list ---

    /** The list's rows: scope and facets applied; sorted by the table once it binds the comparator. */
    public SortedList<MeetingSummary> listedMeetings() {
        return sorted;
    }

    public ObjectProperty<MeetingScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalizedText> formatProperty() {
        return format;
    }

    public ObjectProperty<String> hostLandProperty() {
        return hostLand;
    }

    public ObjectProperty<UUID> themeAreaProperty() {
        return themeArea;
    }

    public ObjectProperty<MeetingStatus> statusProperty() {
        return status;
    }

    /** The formats of the loaded meetings, for the format facet. */
    public ObservableList<LocalizedText> formatOptions() {
        return formatOptions;
    }

    /** The codes of the loaded meetings' host Länder, for the Land facet. */
    public ObservableList<String> hostLandOptions() {
        return hostLandOptions;
    }

    /**
     * What the empty list says: nothing matches the filter, or there are no meetings at all (then
     * where the deleted ones are, or that example data can be loaded).
     */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public void clearFilter() {
        format.set(null);
        hostLand.set(null);
        themeArea.set(null);
        status.set(null);
    }

    /** "3 Sitzungen": the meetings loaded, templates not counted; empty until they are read. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Bayern" for DE-BY; the code itself when the Land is unknown. */
    public String landName(String code) {
        return landNames.name(code);
    }

    public String formatName(MeetingSummary meeting) {
        return meeting.formatName() == null ? "" : meeting.formatName().in(messages.locale());
    }

    private Predicate<MeetingSummary> facets() {
        LocalizedText wantedFormat = format.get();
        String wantedLand = hostLand.get();
        UUID wantedArea = themeArea.get();
        MeetingStatus wantedStatus = status.get();
        return meeting -> (wantedFormat == null || wantedFormat.equals(meeting.formatName()))
                && (wantedLand == null || wantedLand.equals(meeting.hostLandCode()))
                && (wantedArea == null || meeting.themeAreaIds().contains(wantedArea))
                && (wantedStatus == null || wantedStatus == meeting.status());
    }

    private Predicate<MeetingSummary> inScope() {
        MeetingScope wanted = scope.get();
        LocalDateTime moment = now.get();
        return meeting -> switch (wanted) {
            case UPCOMING -> !meeting.template() && meeting.endsAt().isAfter(moment);
            case PAST -> !meeting.template() && !meeting.endsAt().isAfter(moment);
            case ALL -> !meeting.template();
            case TEMPLATES -> meeting.template();
        };
    }

    private void offerFacets() {
        formatOptions.setAll(loaded.stream().map(MeetingSummary::formatName).filter(Objects::nonNull)
                .distinct().sorted(Comparator.comparing(name -> name.in(messages.locale()))).toList());
        hostLandOptions.setAll(loaded.stream().map(MeetingSummary::hostLandCode).filter(Objects::nonNull)
                .distinct().sorted(Comparator.comparing(this::landName)).toList());
    }
}
