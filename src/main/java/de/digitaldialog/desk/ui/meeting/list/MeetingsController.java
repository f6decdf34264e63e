package de.digitaldialog.desk.ui.meeting.list;

import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.FacetChoice;
import de.digitaldialog.desk.ui.common.FacetChoice.Option;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.trash.DeletionFlow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Sitzungen page: month view, week view and list, switched at the top right, with navigation
 * by buttons and keys (Alt+←/→ or Bild↑/↓ for the previous/next period, T for today while the
 * calendar has the focus), Ctrl+E exports the meetings shown as .ics. Opening and creating a meeting
 * are the window's business: it sets
 * {@link #setOnOpenMeeting} and {@link #setOnNewMeeting}.
 */
public final class MeetingsController implements Page {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final MeetingsViewModel viewModel;
    private final Messages messages;
    private final Formats formats;
    private final Appearance appearance;
    private final WorkspaceModel model;
    private final MeetingEntries entries;
    private final MonthGrid monthGrid;
    private final WeekGrid weekGrid;
    private final PeriodExportDialog periodExport;
    private final DeletionFlow deletion;
    /** The scene whose key filter gives Ctrl+N to this page; it is added once per scene. */
    private Scene shortcutScene;

    @FXML
    private VBox root;
    @FXML
    private Button newMeeting;
    @FXML
    private StackPane deleteHolder;
    @FXML
    private Button deleteButton;
    @FXML
    private Label summary;
    @FXML
    private HBox navigation;
    @FXML
    private Button previousButton;
    @FXML
    private Button nextButton;
    @FXML
    private Label period;
    @FXML
    private DatePicker jump;
    @FXML
    private ToggleButton monthMode;
    @FXML
    private ToggleButton weekMode;
    @FXML
    private ToggleButton listMode;
    @FXML
    private ComboBox<MeetingScope> scopeFilter;
    @FXML
    private ComboBox<Option<LocalizedText>> formatFilter;
    @FXML
    private ComboBox<Option<String>> landFilter;
    @FXML
    private ComboBox<Option<UUID>> themeAreaFilter;
    @FXML
    private ComboBox<Option<MeetingStatus>> statusFilter;
    @FXML
    private Label listCount;
    @FXML
    private StackPane views;
    @FXML
    private TableView<MeetingSummary> meetings;
    @FXML
    private TableColumn<MeetingSummary, String> numberColumn;
    @FXML
    private TableColumn<MeetingSummary, MeetingSummary> dateColumn;
    @FXML
    private TableColumn<MeetingSummary, MeetingSummary> titleColumn;
    @FXML
    private TableColumn<MeetingSummary, MeetingSummary> formatColumn;
    @FXML
    private TableColumn<MeetingSummary, String> modeColumn;
    @FXML
    private TableColumn<MeetingSummary, String> statusColumn;
    @FXML
    private TableColumn<MeetingSummary, String> hostColumn;
    @FXML
    private TableColumn<MeetingSummary, String> areasColumn;

    public MeetingsController(MeetingsViewModel viewModel, Messages messages, Appearance appearance,
                              WorkspaceModel model, PeriodExportDialog periodExport, DeletionFlow deletion) {
        this.viewModel = viewModel;
        this.deletion = deletion;
        this.periodExport = periodExport;
        this.messages = messages;
        this.appearance = appearance;
        this.model = model;
        this.formats = Formats.of(messages.locale());
        this.entries = new MeetingEntries(viewModel, messages, appearance);
        this.monthGrid = new MonthGrid(viewModel, entries, messages);
        this.weekGrid = new WeekGrid(viewModel, entries, messages);
    }

    /** Called with the meeting's id on double-click or Enter on a meeting, in the calendar or the list. */
    public void setOnOpenMeeting(Consumer<UUID> handler) {
        entries.setOnOpen(Objects.requireNonNull(handler));
    }

    /**
     * Called with a day for a new meeting: "Neue Sitzung" and Ctrl+N give today, a double-click on
     * a day's free space gives that day.
     */
    public void setOnNewMeeting(Consumer<LocalDate> handler) {
        entries.setOnNewMeeting(Objects.requireNonNull(handler));
    }

    @FXML
    private void initialize() {
        views.getChildren().addAll(monthGrid, weekGrid);
        previousButton.setGraphic(Icons.icon("mdi2c-chevron-left", 18));
        nextButton.setGraphic(Icons.icon("mdi2c-chevron-right", 18));
        newMeeting.setGraphic(Icons.icon("mdi2p-plus", 16));
        summary.textProperty().bind(viewModel.summaryProperty());
        period.textProperty().bind(viewModel.periodProperty());
        jump.valueProperty().addListener((observable, was, day) -> {
            if (day != null) {
                viewModel.anchorProperty().set(day);
                jump.setValue(null);
            }
        });
        bindModes();
        bindFilters();
        bindTable();
        viewModel.anchorProperty().addListener((observable, was, day) -> {
            if (!viewModel.samePeriod(was, day)) {
                redraw();
            }
        });
        viewModel.modeProperty().addListener((observable, was, mode) -> redraw());
        viewModel.calendarMeetings().addListener((ListChangeListener<MeetingSummary>) change -> redraw());
        appearance.themeProperty().addListener((observable, was, theme) -> redraw());
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::navigateByKey);
        root.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null && scene != shortcutScene) {
                shortcutScene = scene;
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
            }
        });
        redraw();
    }

    private void bindModes() {
        ToggleGroup group = new ToggleGroup();
        for (ToggleButton toggle : new ToggleButton[] {monthMode, weekMode, listMode}) {
            toggle.setToggleGroup(group);
        }
        monthMode.setUserData(CalendarMode.MONTH);
        weekMode.setUserData(CalendarMode.WEEK);
        listMode.setUserData(CalendarMode.LIST);
        group.selectToggle(monthMode);
        group.selectedToggleProperty().addListener((observable, was, chosen) -> {
            if (chosen == null) {
                group.selectToggle(was);
            } else {
                viewModel.modeProperty().set((CalendarMode) chosen.getUserData());
            }
        });
        viewModel.modeProperty().addListener((observable, was, mode) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == mode).findFirst().ifPresent(group::selectToggle));
        monthGrid.visibleProperty().bind(viewModel.modeProperty().isEqualTo(CalendarMode.MONTH));
        weekGrid.visibleProperty().bind(viewModel.modeProperty().isEqualTo(CalendarMode.WEEK));
        meetings.visibleProperty().bind(viewModel.modeProperty().isEqualTo(CalendarMode.LIST));
        navigation.visibleProperty().bind(meetings.visibleProperty().not());
        navigation.managedProperty().bind(navigation.visibleProperty());
        scopeFilter.visibleProperty().bind(meetings.visibleProperty());
        scopeFilter.managedProperty().bind(meetings.visibleProperty());
        listCount.visibleProperty().bind(meetings.visibleProperty());
        listCount.managedProperty().bind(meetings.visibleProperty());
    }

    private void bindFilters() {
        scopeFilter.getItems().setAll(MeetingScope.values());
        scopeFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(MeetingScope scope) {
                return scope == null ? "" : messages.get(switch (scope) {
                    case UPCOMING -> "meetings.scope.upcoming";
                    case PAST -> "meetings.scope.past";
                    case ALL -> "meetings.scope.all";
                    case TEMPLATES -> "meetings.scope.templates";
                });
            }

            @Override
            public MeetingScope fromString(String text) {
                return null;
            }
        });
        scopeFilter.valueProperty().bindBidirectional(viewModel.scopeProperty());
        facet(formatFilter, viewModel.formatProperty(), messages.get("meetings.filter.allFormats"),
                viewModel.formatOptions(), format -> new Option<>(format, format.in(messages.locale())));
        facet(landFilter, viewModel.hostLandProperty(), messages.get("meetings.filter.allLands"),
                viewModel.hostLandOptions(), code -> new Option<>(code, viewModel.landName(code)));
        facet(themeAreaFilter, viewModel.themeAreaProperty(), messages.get("meetings.filter.allAreas"),
                model.themeAreas(), area -> new Option<>(area.id(), area.name().in(messages.locale())));
        facet(statusFilter, viewModel.statusProperty(), messages.get("meetings.filter.allStatuses"),
                FXCollections.observableArrayList(Arrays.asList(MeetingStatus.values())),
                status -> new Option<>(status, messages.label(status)));
        listCount.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("meetings.filter.count", viewModel.listedMeetings().size()),
                viewModel.listedMeetings()));
    }

    private static <S, T> void facet(ComboBox<Option<T>> combo, ObjectProperty<T> facet, String all,
                                     ObservableList<S> source, Function<S, Option<T>> option) {
        FacetChoice.bind(combo, all, facet);
        FacetChoice.fill(combo, source, option, all, facet);
    }

    private void bindTable() {
        Tables.text(numberColumn, MeetingSummary::number);
        Tables.row(dateColumn, Comparator.comparing(MeetingSummary::startsAt,
                Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder())));
        dateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(MeetingSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : formats.span(item.startsAt(), item.endsAt()));
            }
        });
        Tables.title(titleColumn, MeetingSummary::title, MeetingSummary::classification, messages);
        Tables.row(formatColumn, Comparator.comparing(viewModel::formatName));
        formatColumn.setCellFactory(column -> Tables.cell(viewModel::formatName,
                meeting -> Icons.icon("mdi2c-circle", 10, appearance.readable(meeting.formatColor())),
                viewModel::formatName));
        Tables.text(modeColumn, meeting -> messages.label(meeting.mode()));
        Tables.text(statusColumn, meeting -> messages.label(meeting.status()));
        Tables.text(hostColumn, meeting -> viewModel.landName(meeting.hostLandCode()));
        Tables.text(areasColumn, meeting -> model.themeAreas().stream()
                .filter(area -> meeting.themeAreaIds().contains(area.id()))
                .map(area -> area.name().in(messages.locale())).collect(Collectors.joining(", ")));
        Tables.show(meetings, viewModel.listedMeetings());
        deletion.offer(meetings, DeletionKind.MEETING, MeetingSummary::id, MeetingSummary::version, deleteButton);
        // the calendars select nothing (a click only focuses an entry, and the button takes that focus):
        // "Löschen …" acts on the list's selection, and a hidden selection must not be deleted
        viewModel.modeProperty().addListener((observable, was, mode) -> {
            if (mode != CalendarMode.LIST) {
                meetings.getSelectionModel().clearSelection();
            }
        });
        Tooltip deleteTip = new Tooltip();
        deleteTip.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                viewModel.modeProperty().get() == CalendarMode.LIST ? "meetings.delete.tooltip"
                        : "meetings.delete.calendarTooltip"), viewModel.modeProperty()));
        Tooltip.install(deleteHolder, deleteTip);
        viewModel.listedMeetings().comparatorProperty().bind(meetings.comparatorProperty());
        if (meetings.getPlaceholder() instanceof Label placeholder) {
            placeholder.textProperty().bind(viewModel.emptyTextProperty());
        }
        meetings.setRowFactory(table -> {
            TableRow<MeetingSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    entries.open(row.getItem().id());
                }
            });
            return row;
        });
        meetings.setOnKeyPressed(event -> {
            MeetingSummary selected = meetings.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                entries.open(selected.id());
                event.consume();
            }
        });
    }

    private void redraw() {
        switch (viewModel.modeProperty().get()) {
            case MONTH -> monthGrid.rebuild();
            case WEEK -> weekGrid.rebuild();
            case LIST -> { }
        }
    }

    /** Alt+←/→ and Bild↑/↓ move the calendar by a period; T goes to today while the calendar has the focus. */
    private void navigateByKey(KeyEvent event) {
        if (viewModel.modeProperty().get() == CalendarMode.LIST) {
            return;
        }
        KeyCode code = event.getCode();
        boolean alone = !event.isAltDown() && !event.isShortcutDown() && !event.isShiftDown();
        if (code == KeyCode.PAGE_UP || event.isAltDown() && code == KeyCode.LEFT) {
            viewModel.previous();
        } else if (code == KeyCode.PAGE_DOWN || event.isAltDown() && code == KeyCode.RIGHT) {
            viewModel.next();
        } else if (code == KeyCode.T && alone && inCalendar(event.getTarget())) {
            viewModel.goToToday();
        } else {
            return;
        }
        event.consume();
    }

    private boolean inCalendar(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node == monthGrid || node == weekGrid) {
                return true;
            }
        }
        return false;
    }

    /** Ctrl+N and Ctrl+E anywhere in the window while this page is shown (it leaves the scene while another shows). */
    private void shortcuts(KeyEvent event) {
        if (root.getScene() != shortcutScene) {
            return;
        }
        if (NEW.match(event)) {
            createMeeting();
        } else if (EXPORT.match(event)) {
            exportPeriod();
        } else {
            return;
        }
        event.consume();
    }

    /** "Zeitraum als .ics exportieren …": the meetings shown, as the month, week or list shows them. */
    @FXML
    private void exportPeriod() {
        periodExport.ask(root.getScene().getWindow(), viewModel.shown());
    }

    @FXML
    private void createMeeting() {
        entries.newMeeting(viewModel.today());
    }

    @FXML
    private void previous() {
        viewModel.previous();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void goToToday() {
        viewModel.goToToday();
    }

    @FXML
    private void resetFilter() {
        viewModel.clearFilter();
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
