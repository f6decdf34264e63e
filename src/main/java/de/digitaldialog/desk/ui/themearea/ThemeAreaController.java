package de.digitaldialog.desk.ui.themearea;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.ui.briefing.BriefingPreviewWindow;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.InitiativeColumns;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.initiative.form.InitiativeFormWindow;
import de.digitaldialog.desk.ui.initiative.list.InitiativeFilterBar;
import de.digitaldialog.desk.ui.initiative.list.InitiativeTables;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds a theme area's page: header in the area's colour, description, and the initiative list
 * with its filter bar, the area facet fixed.
 */
public final class ThemeAreaController implements Page {

    static final String HIDDEN_COLUMNS = "themeArea.hiddenColumns";

    private final ThemeAreaViewModel viewModel;
    private final InitiativeColumns columns;
    private final Messages messages;
    private final WorkspaceModel model;
    private final InitiativeFormWindow form;
    private final BriefingPreviewWindow preview;

    @FXML
    private StackPane areaIcon;
    @FXML
    private Label areaName;
    @FXML
    private Label areaDescription;
    @FXML
    private Label areaSummary;
    @FXML
    private VBox filterHolder;
    @FXML
    private StackPane loadingPane;
    @FXML
    private TableView<InitiativeSummary> initiatives;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeSummary> numberColumn;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeSummary> titleColumn;
    @FXML
    private TableColumn<InitiativeSummary, String> leadColumn;
    @FXML
    private TableColumn<InitiativeSummary, Arena> arenaColumn;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeStatus> statusColumn;
    @FXML
    private TableColumn<InitiativeSummary, TrafficLight> trafficLightColumn;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeSummary> milestoneColumn;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeSummary> changedColumn;

    public ThemeAreaController(ThemeAreaViewModel viewModel, InitiativeColumns columns, Messages messages,
                               WorkspaceModel model, InitiativeFormWindow form, BriefingPreviewWindow preview) {
        this.viewModel = viewModel;
        this.columns = columns;
        this.messages = messages;
        this.model = model;
        this.form = form;
        this.preview = preview;
    }

    @FXML
    private void initialize() {
        Supplier<LocalDate> today = () -> LocalDate.now(Formats.ZONE);
        InitiativeTables.number(numberColumn, today, messages);
        columns.title(titleColumn);
        columns.leadMinistries(leadColumn);
        InitiativeTables.arena(arenaColumn, messages);
        columns.status(statusColumn);
        columns.trafficLight(trafficLightColumn);
        InitiativeTables.nextMilestone(milestoneColumn, today, messages);
        InitiativeTables.lastChange(changedColumn, messages);
        Tables.show(initiatives, viewModel.initiatives());
        form.openFrom(initiatives);
        viewModel.initiatives().comparatorProperty().bind(initiatives.comparatorProperty());
        InitiativeTables.markOverdueRows(initiatives, today);
        Map<String, TableColumn<InitiativeSummary, ?>> byName = new LinkedHashMap<>();
        byName.put("number", numberColumn);
        byName.put("title", titleColumn);
        byName.put("lead", leadColumn);
        byName.put("arena", arenaColumn);
        byName.put("status", statusColumn);
        byName.put("trafficLight", trafficLightColumn);
        byName.put("nextMilestone", milestoneColumn);
        byName.put("lastChange", changedColumn);
        columns.remember(initiatives, byName, HIDDEN_COLUMNS);
        filterHolder.getChildren().setAll(InitiativeFilterBar.build(viewModel.list(), messages, model, false));
        loadingPane.visibleProperty().bind(viewModel.loadingProperty());
        initiatives.getPlaceholder().visibleProperty().bind(viewModel.loadingProperty().not());

        areaName.textProperty().bind(viewModel.nameProperty());
        areaDescription.textProperty().bind(viewModel.descriptionProperty());
        areaSummary.textProperty().bind(viewModel.summaryProperty());
        viewModel.areaProperty().addListener((observable, was, area) -> showArea(area));
    }

    /** The area's status report in the preview window. */
    @FXML
    private void openStatusReport() {
        ThemeArea area = viewModel.areaProperty().get();
        if (area != null) {
            preview.open(areaName.getScene().getWindow(), BriefingRequest.themeArea(area.code(), messages.locale()));
        }
    }

    private void showArea(ThemeArea area) {
        if (area == null) {
            areaIcon.getChildren().clear();
            return;
        }
        var icon = Icons.icon(area.icon(), 28);
        icon.getStyleClass().add("area-icon");
        areaIcon.getChildren().setAll(icon);
        areaIcon.setStyle("-area-color: " + area.color() + ";");
    }

    public void show(UUID themeArea) {
        viewModel.show(themeArea);
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
