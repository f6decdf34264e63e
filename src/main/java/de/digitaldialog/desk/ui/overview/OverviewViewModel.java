package de.digitaldialog.desk.ui.overview;

import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.DemoData;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.Destination;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Navigator;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The Übersicht: the eight theme areas with their number of initiatives, and example data on request. */
public final class OverviewViewModel {

    /** One tile: a theme area as the overview shows it. */
    public record Tile(UUID id, String code, String name, String description, String color, String icon,
                       int count) {
    }

    /** A line of the lists under the tiles: when, what, and the page it opens. */
    public record Entry(String when, String title, String detail, Destination opens) {
    }

    private record Recent(List<MeetingSummary> meetings, List<InitiativeSummary> initiatives) {
    }

    private final Messages messages;
    private final WorkspaceModel model;
    private final TaskExecutor executor;
    private final MeetingService meetingService;
    private final InitiativeService initiativeService;
    private final DemoData demoData;
    private final Navigator navigator;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Entry> meetings = FXCollections.observableArrayList();
    private final ObservableList<Entry> changes = FXCollections.observableArrayList();
    private final Formats formats;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper loadingExamples = new ReadOnlyBooleanWrapper(this, "loadingExamples");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public OverviewViewModel(Messages messages, WorkspaceModel model, TaskExecutor executor,
                             MeetingService meetingService, InitiativeService initiativeService, DemoData demoData,
                             Navigator navigator) {
        this.messages = messages;
        this.model = model;
        this.executor = executor;
        this.meetingService = meetingService;
        this.initiativeService = initiativeService;
        this.demoData = demoData;
        this.navigator = navigator;
        this.formats = Formats.of(messages.locale());
        this.clock = Clock.system(Formats.ZONE);
        model.revisionProperty().addListener((observable, was, now) -> loadRecent());
        model.themeAreas().addListener((ListChangeListener<ThemeArea>) change -> rebuild());
        model.countsProperty().addListener((observable, was, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<Tile> fresh = model.themeAreas().stream()
                .map(area -> new Tile(area.id(), area.code(), area.name().in(messages.locale()),
                        area.description().in(messages.locale()), area.color(), area.icon(), model.count(area.id())))
                .toList();
        if (!fresh.equals(tiles)) {
            tiles.setAll(fresh);
        }
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    /** The next meetings (or, when none is planned, the latest ones). */
    public ObservableList<Entry> meetings() {
        return meetings;
    }

    /** The initiatives changed last. */
    public ObservableList<Entry> changes() {
        return changes;
    }

    /** Reads the lists under the tiles; after the counts, off the start-up's critical path. */
    private void loadRecent() {
        BackgroundTask.wrap(() -> new Recent(meetingService.list(), initiativeService.list()))
                .onSuccess(this::applyRecent)
                .executeWith(executor);
    }

    private void applyRecent(Recent recent) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<MeetingSummary> upcoming = recent.meetings().stream()
                .filter(meeting -> meeting.startsAt() != null && !meeting.startsAt().isBefore(now.toLocalDate().atStartOfDay()))
                .sorted(Comparator.comparing(MeetingSummary::startsAt))
                .limit(4).toList();
        if (upcoming.isEmpty()) {
            upcoming = recent.meetings().stream().filter(meeting -> meeting.startsAt() != null)
                    .sorted(Comparator.comparing(MeetingSummary::startsAt).reversed())
                    .limit(4).toList();
        }
        meetings.setAll(upcoming.stream().map(meeting -> new Entry(formats.dateTime(meeting.startsAt()), meeting.title(),
                (meeting.formatName() == null ? "" : meeting.formatName().in(messages.locale()))
                        + " · " + messages.label(meeting.status()),
                Destination.MEETINGS)).toList());
        changes.setAll(recent.initiatives().stream()
                .filter(initiative -> initiative.updatedAt() != null)
                .sorted(Comparator.comparing(InitiativeSummary::updatedAt).reversed()
                        .thenComparing(InitiativeSummary::number, Comparator.reverseOrder()))
                .limit(5)
                .map(initiative -> new Entry(formats.date(initiative.updatedAt().atZone(Formats.ZONE).toLocalDate()),
                        initiative.title(), initiative.number() + " · " + messages.label(initiative.status()),
                        initiative.themeAreaCodes().isEmpty() ? Destination.INITIATIVES
                                : model.themeAreaByCode(initiative.themeAreaCodes().get(0))
                                        .map(area -> Destination.themeArea(area.id()))
                                        .orElse(Destination.INITIATIVES)))
                .toList());
    }

    public void open(Entry entry) {
        navigator.open(entry.opens());
    }

    public String countText(int count) {
        return messages.get("overview.tile.count", count);
    }

    /** True once the theme areas and their counts are there. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return model.loadedProperty();
    }

    /** The example-data offer shows while the database holds no work. */
    public BooleanBinding offerExamplesBinding() {
        return Bindings.createBooleanBinding(
                () -> model.loadedProperty().get() && model.holdsNoWorkProperty().get(),
                model.loadedProperty(), model.holdsNoWorkProperty());
    }

    public ReadOnlyBooleanProperty loadingExamplesProperty() {
        return loadingExamples.getReadOnlyProperty();
    }

    /** A short confirmation after example data was loaded; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "Opening the database …", or why it could not be opened. */
    public StringBinding loadingTextBinding() {
        return Bindings.createStringBinding(() -> model.problemProperty().get().isEmpty()
                ? messages.get("status.opening") : model.problemProperty().get(), model.problemProperty());
    }

    public BooleanBinding failedBinding() {
        return model.problemProperty().isNotEmpty();
    }

    public void open(Tile tile) {
        navigator.open(Destination.themeArea(tile.id()));
    }

    /** Loads the example data in the background; the counts refresh when it is done. */
    public void loadExamples() {
        if (loadingExamples.get()) {
            return;
        }
        loadingExamples.set(true);
        notice.set("");
        BackgroundTask.wrap(() -> demoData.load(false))
                .withMessage(messages.get("overview.examples.loading"))
                .onSuccess(result -> {
                    notice.set(messages.get("overview.examples.loaded", result.initiatives(), result.meetings()));
                    model.changed();
                })
                .onFinished(() -> loadingExamples.set(false))
                .executeWith(executor);
    }

    /** Shown again: the counts may have changed elsewhere. */
    public void refresh() {
        model.changed();
    }
}
