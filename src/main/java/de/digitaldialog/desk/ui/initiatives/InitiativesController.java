package de.digitaldialog.desk.ui.initiatives;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.InitiativeColumns;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import de.digitaldialog.desk.ui.initiative.InitiativeForm;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the list of all initiatives: filter bar, count, table, loading indication. */
public final class InitiativesController implements Page {

    static final String HIDDEN_COLUMNS = "initiatives.hiddenColumns";

    private final InitiativesViewModel viewModel;
    private final InitiativeColumns columns;
    private final Messages messages;
    private final WorkspaceModel model;
    private final InitiativeForm form;

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    @FXML
    private Button newInitiative;
    @FXML
    private VBox filterHolder;
    @FXML
    private StackPane loadingPane;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Label summary;
    @FXML
    private TableView<InitiativeSummary> initiatives;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeSummary> numberColumn;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeSummary> titleColumn;
    @FXML
    private TableColumn<InitiativeSummary, List<String>> areasColumn;
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

    public InitiativesController(InitiativesViewModel viewModel, InitiativeColumns columns, Messages messages,
                                 WorkspaceModel model, InitiativeForm form) {
        this.viewModel = viewModel;
        this.columns = columns;
        this.messages = messages;
        this.model = model;
        this.form = form;
    }

    @FXML
    private void initialize() {
        InitiativeTables.number(numberColumn, viewModel::today, messages);
        columns.title(titleColumn);
        columns.themeAreas(areasColumn);
        columns.leadMinistries(leadColumn);
        InitiativeTables.arena(arenaColumn, messages);
        columns.status(statusColumn);
        columns.trafficLight(trafficLightColumn);
        InitiativeTables.nextMilestone(milestoneColumn, viewModel::today, messages);
        InitiativeTables.lastChange(changedColumn, messages);
        Tables.show(initiatives, viewModel.initiatives());
        viewModel.initiatives().comparatorProperty().bind(initiatives.comparatorProperty());
        InitiativeTables.markOverdueRows(initiatives, viewModel::today);
        InitiativeTables.rememberColumns(initiatives, columnsByName(), model, HIDDEN_COLUMNS);

        filterHolder.getChildren().setAll(InitiativeFilterBar.build(viewModel, messages, model, true));
        summary.textProperty().bind(viewModel.countProperty());
        loadingPane.visibleProperty().bind(viewModel.loadingProperty());
        initiatives.getPlaceholder().visibleProperty().bind(viewModel.loadingProperty().not());

        form.openFrom(initiatives);
        newInitiative.disableProperty().bind(model.workspaceProperty().isNull());
        // Ctrl+N creates an initiative from anywhere in the window once the list has been shown
        initiatives.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().putIfAbsent(NEW, this::createInitiative);
            }
        });
    }

    @FXML
    private void createInitiative() {
        if (model.workspace() != null) {
            form.create(initiatives.getScene().getWindow());
        }
    }

    private Map<String, TableColumn<InitiativeSummary, ?>> columnsByName() {
        Map<String, TableColumn<InitiativeSummary, ?>> byName = new LinkedHashMap<>();
        byName.put("number", numberColumn);
        byName.put("title", titleColumn);
        byName.put("themeAreas", areasColumn);
        byName.put("lead", leadColumn);
        byName.put("arena", arenaColumn);
        byName.put("status", statusColumn);
        byName.put("trafficLight", trafficLightColumn);
        byName.put("nextMilestone", milestoneColumn);
        byName.put("lastChange", changedColumn);
        return byName;
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
