package de.digitaldialog.desk.ui.shell;

import atlantafx.base.theme.Styles;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.actionitem.list.ActionItemsController;
import de.digitaldialog.desk.ui.backup.BackupStatus;
import de.digitaldialog.desk.ui.bestpractice.list.BestPracticesController;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.Destination.Section;
import de.digitaldialog.desk.ui.common.Destination;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.format.list.FormatsController;
import de.digitaldialog.desk.ui.initiative.list.InitiativesController;
import de.digitaldialog.desk.ui.meeting.form.MeetingFormWindow;
import de.digitaldialog.desk.ui.meeting.list.MeetingsController;
import de.digitaldialog.desk.ui.ministry.list.MinistriesController;
import de.digitaldialog.desk.ui.person.list.PersonsController;
import de.digitaldialog.desk.ui.overview.OverviewController;
import de.digitaldialog.desk.ui.settings.SettingsController;
import de.digitaldialog.desk.ui.themearea.ThemeAreaController;
import de.digitaldialog.desk.ui.themearea.master.ThemeAreasMasterController;
import de.digitaldialog.desk.ui.trash.TrashController;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

/** Binds the main window: the sidebar, the page area and the status bar. */
public final class ShellController {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final ShellViewModel viewModel;
    private final ViewLoader views;
    private final Messages messages;
    private final AboutDialog about;
    private final Appearance appearance;
    private final ToggleGroup toggles = new ToggleGroup();
    private final MeetingFormWindow meetingForm;
    private final BackupStatus backupStatus;
    private final Map<Destination, ToggleButton> buttons = new LinkedHashMap<>();
    private final Map<Section, View<?>> pages = new EnumMap<>(Section.class);
    private final VBox themeAreaButtons = new VBox(2);
    private Page current;

    @FXML
    private BorderPane root;
    @FXML
    private VBox navigation;
    @FXML
    private VBox navigationBottom;
    @FXML
    private ScrollPane navigationScroll;
    @FXML
    private ImageView brandIcon;
    @FXML
    private StackPane content;
    @FXML
    private Label folderStatus;
    @FXML
    private Label userStatus;
    @FXML
    private Label installationStatus;
    @FXML
    private Separator userSeparator;
    @FXML
    private Separator installationSeparator;
    @FXML
    private Separator backupSeparator;
    @FXML
    private Label backupStatusLabel;
    @FXML
    private Label busyStatus;
    @FXML
    private ProgressBar busyIndicator;
    @FXML
    private Button cancelWork;

    public ShellController(ShellViewModel viewModel, ViewLoader views, Messages messages, AboutDialog about,
                           Appearance appearance, MeetingFormWindow meetingForm, BackupStatus backupStatus) {
        this.viewModel = viewModel;
        this.backupStatus = backupStatus;
        this.appearance = appearance;
        this.meetingForm = meetingForm;
        this.views = views;
        this.messages = messages;
        this.about = about;
    }

    @FXML
    private void initialize() {
        var icon = getClass().getResource("/de/digitaldialog/desk/icons/desk-64.png");
        if (icon != null) {
            brandIcon.setImage(new Image(icon.toExternalForm(), 72, 72, true, true, false));
        }
        navigation.getChildren().addAll(
                navButton(Destination.OVERVIEW, "navOverview", messages.get("nav.overview"),
                        Icons.icon("mdi2v-view-dashboard-outline", 18), shortcut("Ctrl+0")),
                caption(messages.get("nav.themeAreas")),
                themeAreaButtons,
                caption(messages.get("nav.records")),
                navButton(Destination.INITIATIVES, "navInitiatives", messages.get("nav.initiatives"),
                        Icons.icon("mdi2l-lightbulb-on-outline", 18), shortcut("Ctrl+I")),
                navButton(Destination.MEETINGS, "navMeetings", messages.get("nav.meetings"),
                        Icons.icon("mdi2c-calendar-month-outline", 18), shortcut("Ctrl+M")),
                navButton(Destination.ACTION_ITEMS, "navActionItems", messages.get("nav.actionItems"),
                        Icons.icon("mdi2c-clipboard-check-outline", 18), shortcut("Ctrl+K")),
                navButton(Destination.BEST_PRACTICES, "navBestPractices", messages.get("nav.bestPractices"),
                        Icons.icon("mdi2s-star-outline", 18), shortcut("Ctrl+B")),
                caption(messages.get("nav.masterData")),
                navButton(Destination.MINISTRIES, "navMinistries", messages.get("nav.ministries"),
                        Icons.icon("mdi2o-office-building-outline", 18), shortcut("Ctrl+R")),
                navButton(Destination.PERSONS, "navPersons", messages.get("nav.persons"),
                        Icons.icon("mdi2a-account-multiple-outline", 18), shortcut("Ctrl+Shift+P")),
                navButton(Destination.FORMATS, "navFormats", messages.get("nav.formats"),
                        Icons.icon("mdi2s-shape-outline", 18), shortcut("Ctrl+Shift+F")),
                navButton(Destination.THEME_AREAS_MASTER, "navThemeAreasMaster", messages.get("nav.themeAreasMaster"),
                        Icons.icon("mdi2t-tag-multiple-outline", 18), shortcut("Ctrl+Shift+T")));
        navigationBottom.getChildren().addAll(
                navButton(Destination.TRASH, "navTrash", messages.get("nav.trash"),
                        Icons.icon("mdi2d-delete-outline", 18), shortcut("Ctrl+Shift+D")),
                navButton(Destination.SETTINGS, "navSettings", messages.get("nav.settings"),
                        Icons.icon("mdi2c-cog-outline", 18), shortcut("Ctrl+,")));
        themeAreaButtons.getStyleClass().add("theme-area-buttons");

        viewModel.themeAreas().addListener((ListChangeListener<ThemeArea>) change -> rebuildThemeAreas());
        viewModel.model().countsProperty().addListener((observable, was, now) -> updateCounts());
        viewModel.loadedProperty().addListener((observable, was, now) -> {
            updateCounts();
            if (now && pages.isEmpty()) {
                show(viewModel.selected());  // the pages are built once the workspace is open
            }
        });
        rebuildThemeAreas();
        appearance.themeProperty().addListener((observable, was, now) -> rebuildThemeAreas());

        toggles.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);  // a page stays selected: clicking it again does not clear it
            }
        });
        viewModel.selectedProperty().addListener((observable, was, now) -> show(now));
        viewModel.model().revisionProperty().addListener((observable, was, now) -> {
            if (current != null && viewModel.selected().section() != Section.OVERVIEW) {
                current.refresh();
            }
        });

        folderStatus.setText(viewModel.dataFolderText());
        folderStatus.setTooltip(new Tooltip(messages.get("status.folder.tooltip", viewModel.dataFolderText())));
        userStatus.textProperty().bind(viewModel.userText());
        installationStatus.textProperty().bind(viewModel.installationText());
        hideWhenEmpty(userStatus, userSeparator);
        hideWhenEmpty(installationStatus, installationSeparator);
        backupStatusLabel.textProperty().bind(backupStatus.textProperty());
        backupStatusLabel.setTooltip(new Tooltip());
        backupStatusLabel.getTooltip().textProperty().bind(backupStatus.detailProperty());
        hideWhenEmpty(backupStatusLabel, backupSeparator);
        backupStatus.failingProperty().addListener((observable, was, failing) ->
                backupStatusLabel.pseudoClassStateChanged(Styles.STATE_DANGER, failing));
        busyStatus.textProperty().bind(viewModel.busyText());
        busyIndicator.visibleProperty().bind(viewModel.busyBinding());
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
        busyIndicator.progressProperty().bind(viewModel.progressProperty());
        cancelWork.visibleProperty().bind(viewModel.cancellableProperty());
        cancelWork.managedProperty().bind(cancelWork.visibleProperty());
        cancelWork.setOnAction(event -> viewModel.cancelRunningWork());

        root.sceneProperty().addListener((observable, was, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
        show(viewModel.selected());
    }

    private static void hideWhenEmpty(Label label, Node separator) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        separator.visibleProperty().bind(label.visibleProperty());
        separator.managedProperty().bind(label.visibleProperty());
    }

    private String shortcut(String keys) {
        return keys.replace("Ctrl", messages.get("key.ctrl"));
    }

    private Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("nav-caption");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private ToggleButton navButton(Destination destination, String id, String text, Node icon, String keys) {
        Text name = new Text(text);
        name.getStyleClass().add("nav-text");
        StackPane iconBox = new StackPane(icon);
        iconBox.getStyleClass().add("nav-icon");
        iconBox.setMinWidth(Region.USE_PREF_SIZE);
        Label badge = new Label();
        badge.getStyleClass().add("nav-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setVisible(false);
        badge.managedProperty().bind(badge.visibleProperty());
        HBox line = new HBox(10, iconBox, name, badge);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMinWidth(0);

        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.setUserData(destination);
        button.setGraphic(line);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleText(text);
        button.getStyleClass().add("nav-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
        // long theme-area names wrap onto a second line rather than being cut off
        name.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(60, button.getWidth() - 24 - 32 - (badge.isVisible() ? badge.getWidth() + 10 : 0)),
                button.widthProperty(), badge.visibleProperty(), badge.widthProperty()));
        button.setTooltip(new Tooltip(keys == null ? text : text + "  (" + keys + ")"));
        button.setToggleGroup(toggles);
        button.setOnAction(event -> {
            viewModel.open(destination);
            button.setSelected(Objects.equals(viewModel.selected(), destination));
        });
        if (destination.section() != Section.OVERVIEW) {
            button.disableProperty().bind(viewModel.notReadyBinding());
        }
        buttons.put(destination, button);
        return button;
    }

    private void rebuildThemeAreas() {
        buttons.keySet().removeIf(destination -> destination.section() == Section.THEME_AREA);
        themeAreaButtons.getChildren().forEach(node -> ((ToggleButton) node).setToggleGroup(null));
        themeAreaButtons.getChildren().clear();
        int position = 1;
        for (ThemeArea area : viewModel.themeAreas()) {
            String keys = position <= DIGITS.length ? shortcut("Ctrl+" + position) : null;
            ToggleButton button = navButton(Destination.themeArea(area.id()), "nav-" + area.code(),
                    viewModel.themeAreaName(area), Icons.icon(area.icon(), 18, iconColor(area.color())), keys);
            button.getStyleClass().add("theme-area-button");
            themeAreaButtons.getChildren().add(button);
            position++;
        }
        updateCounts();
        select(viewModel.selected());
    }

    private String iconColor(String color) {
        return appearance.readable(color);
    }

    private void updateCounts() {
        for (ThemeArea area : viewModel.themeAreas()) {
            ToggleButton button = buttons.get(Destination.themeArea(area.id()));
            if (button != null && button.getGraphic() instanceof HBox line) {
                Label badge = (Label) line.getChildren().get(2);
                badge.setText(Integer.toString(viewModel.count(area.id())));
                badge.setVisible(viewModel.loadedProperty().get());
            }
        }
    }

    private void select(Destination destination) {
        ToggleButton button = buttons.get(destination);
        if (button != null) {
            button.setSelected(true);
        } else {
            Toggle selected = toggles.getSelectedToggle();
            if (selected != null) {
                selected.setSelected(false);
            }
        }
    }

    private void show(Destination destination) {
        select(destination);
        if (!viewModel.loadedProperty().get()) {
            return;  // still opening: the status bar says so
        }
        Page page = page(destination);
        if (page instanceof ThemeAreaController areaPage) {
            areaPage.show(destination.themeArea());
        } else if (page != null) {
            page.refresh();
        }
        current = page;
    }

    /** The calendar opens and creates meetings in the meeting form. */
    private View<MeetingsController> meetingsPage() {
        View<MeetingsController> view = views.load(MeetingsController.class);
        view.controller().setOnOpenMeeting(id -> meetingForm.open(root.getScene().getWindow(), id));
        view.controller().setOnNewMeeting(day -> meetingForm.create(root.getScene().getWindow(), day));
        return view;
    }

    private Page page(Destination destination) {
        View<?> view = pages.computeIfAbsent(destination.section(), section -> switch (section) {
            case OVERVIEW -> views.load(OverviewController.class);
            case THEME_AREA -> views.load(ThemeAreaController.class);
            case INITIATIVES -> views.load(InitiativesController.class);
            case MEETINGS -> meetingsPage();
            case ACTION_ITEMS -> views.load(ActionItemsController.class);
            case BEST_PRACTICES -> views.load(BestPracticesController.class);
            case MINISTRIES -> views.load(MinistriesController.class);
            case PERSONS -> views.load(PersonsController.class);
            case FORMATS -> views.load(FormatsController.class);
            case THEME_AREAS_MASTER -> views.load(ThemeAreasMasterController.class);
            case TRASH -> views.load(TrashController.class);
            case SETTINGS -> views.load(SettingsController.class);
        });
        content.getChildren().setAll(view.root());
        return view.controller() instanceof Page page ? page : null;
    }

    private void installShortcuts(Scene scene) {
        Map<KeyCombination, Runnable> shortcuts = scene.getAccelerators();
        shortcuts.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> viewModel.open(Destination.OVERVIEW));
        for (int i = 0; i < DIGITS.length; i++) {
            int position = i + 1;
            shortcuts.put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.openThemeArea(position));
        }
        shortcuts.put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                () -> viewModel.open(Destination.INITIATIVES));
        shortcuts.put(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN),
                () -> viewModel.open(Destination.MEETINGS));
        shortcuts.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                () -> viewModel.open(Destination.ACTION_ITEMS));
        shortcuts.put(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN),
                () -> viewModel.open(Destination.BEST_PRACTICES));
        shortcuts.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                () -> viewModel.open(Destination.MINISTRIES));
        shortcuts.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> viewModel.open(Destination.PERSONS));
        shortcuts.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> viewModel.open(Destination.FORMATS));
        shortcuts.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> viewModel.open(Destination.THEME_AREAS_MASTER));
        shortcuts.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> viewModel.open(Destination.TRASH));
        shortcuts.put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                () -> viewModel.open(Destination.SETTINGS));
        shortcuts.put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::quit);
        shortcuts.put(new KeyCodeCombination(KeyCode.F1), () -> about.show(scene.getWindow()));
    }

    /** Closes the window; the application's clean-up runs when it is hidden. */
    private void quit() {
        Window window = root.getScene().getWindow();
        window.hide();
    }

    public Node root() {
        return root;
    }
}
