package de.digitaldialog.desk.ui.initiative.list;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.InitiativeColumns;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Prompt;
import de.digitaldialog.desk.ui.dialog.ReasonPrompt;
import de.digitaldialog.desk.ui.initiative.form.InitiativeFormWindow;
import de.digitaldialog.desk.ui.trash.DeletionFlow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Binds the list of all initiatives: filter bar, count, table, loading indication. */
public final class InitiativesController implements Page {

    static final String HIDDEN_COLUMNS = "initiatives.hiddenColumns";

    private final InitiativesViewModel viewModel;
    private final InitiativeBulkViewModel bulk;
    private final InitiativeColumns columns;
    private final Messages messages;
    private final WorkspaceModel model;
    private final InitiativeFormWindow form;
    private final DialogService dialogs;
    private final DeletionFlow deletion;

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    @FXML
    private VBox filterHolder;
    @FXML
    private StackPane loadingPane;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Label summary;
    @FXML
    private Button deleteButton;
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

    public InitiativesController(InitiativesViewModel viewModel, InitiativeBulkViewModel bulk, InitiativeColumns columns,
                                 Messages messages, WorkspaceModel model, InitiativeFormWindow form,
                                 DialogService dialogs, DeletionFlow deletion) {
        this.viewModel = viewModel;
        this.deletion = deletion;
        this.bulk = bulk;
        this.dialogs = dialogs;
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
        columns.remember(initiatives, columnsByName(), HIDDEN_COLUMNS);
        bulk.afterChange(viewModel::refresh);

        filterHolder.getChildren().setAll(InitiativeFilterBar.build(viewModel, messages, model, true));
        summary.textProperty().bind(viewModel.countProperty());
        loadingPane.visibleProperty().bind(viewModel.loadingProperty());
        initiatives.getPlaceholder().visibleProperty().bind(viewModel.loadingProperty().not());

        form.openFrom(initiatives);
        initiatives.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        initiatives.setContextMenu(bulkMenu());
        deletion.offer(initiatives, DeletionKind.INITIATIVE, InitiativeSummary::id, InitiativeSummary::version,
                deleteButton);
        // Ctrl+N and Ctrl+E act while this page is shown; the shell takes a hidden page out of the scene
        initiatives.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().putIfAbsent(NEW, () -> whileShown(this::createInitiative));
                scene.getAccelerators().putIfAbsent(EXPORT, () -> whileShown(this::exportFiltered));
            }
        });
    }

    private void whileShown(Runnable action) {
        if (initiatives.getScene() != null) {
            action.run();
        }
    }

    @FXML
    private void createInitiative() {
        form.create(initiatives.getScene().getWindow());
    }

    /** Ctrl+E / "Exportieren …": the filtered rows in the table's order. */
    @FXML
    private void exportFiltered() {
        export(viewModel.exportRows());
    }

    /** Asks whether VS-NfD entries go along, then where to; the file's name chooses the format. */
    private void export(List<InitiativeSummary> rows) {
        if (initiatives.getScene() == null) {
            return;
        }
        Window owner = initiatives.getScene().getWindow();
        String title = messages.get("initiatives.export.title");
        CheckBox classified = new CheckBox(messages.get("initiatives.export.classified"));
        if (!dialogs.ask(owner, Prompt.of("exportQuestion", title, classified)
                .header(messages.get("initiatives.export.header", rows.size()))
                .confirm(messages.get("initiatives.export.proceed")))) {
            return;
        }
        dialogs.saveFile(owner, bulk.exportFile(viewModel.today())).ifPresent(file -> bulk.export(rows, file,
                classified.isSelected(), written -> dialogs.inform(owner, title, written)));
    }

    private ContextMenu bulkMenu() {
        MenuItem status = new MenuItem(messages.get("initiatives.bulk.status"));
        status.setOnAction(event -> changeStatusOfSelection());
        MenuItem light = new MenuItem(messages.get("initiatives.bulk.trafficLight"));
        light.setOnAction(event -> setTrafficLightOfSelection());
        MenuItem export = new MenuItem(messages.get("initiatives.bulk.exportSelection"));
        export.setOnAction(event -> export(viewModel.exportRows(selection())));
        var nothingSelected = initiatives.getSelectionModel().selectedItemProperty().isNull();
        status.disableProperty().bind(nothingSelected);
        light.disableProperty().bind(nothingSelected);
        export.disableProperty().bind(nothingSelected);
        return new ContextMenu(status, light, new SeparatorMenuItem(), export);
    }

    private List<InitiativeSummary> selection() {
        return List.copyOf(initiatives.getSelectionModel().getSelectedItems());
    }

    private void changeStatusOfSelection() {
        List<InitiativeSummary> rows = selection();
        if (rows.isEmpty()) {
            return;
        }
        ComboBox<InitiativeStatus> target = choice(InitiativeStatus.values());
        Window owner = initiatives.getScene().getWindow();
        dialogs.askReason(owner, reasonPrompt("bulkStatus", messages.get("initiatives.bulk.status.title", rows.size()),
                        messages.get("initiatives.bulk.status.confirm"))
                        .withChoice(messages.get("initiatives.bulk.target"), target, target.valueProperty().isNull()))
                .ifPresent(reason -> bulk.changeStatus(rows, target.getValue(), reason,
                        summary -> dialogs.inform(owner, messages.get("initiatives.bulk.summary"), summary)));
    }

    private void setTrafficLightOfSelection() {
        List<InitiativeSummary> rows = selection();
        if (rows.isEmpty()) {
            return;
        }
        ComboBox<TrafficLight> light = choice(TrafficLight.values());
        dialogs.askReason(initiatives.getScene().getWindow(), reasonPrompt("bulkTrafficLight",
                        messages.get("initiatives.bulk.trafficLight.title", rows.size()),
                        messages.get("initiatives.bulk.trafficLight.confirm"))
                        .withChoice(messages.get("initiatives.bulk.light"), light, light.valueProperty().isNull()))
                .ifPresent(reason -> bulk.setTrafficLight(rows, light.getValue(), reason));
    }

    private ReasonPrompt reasonPrompt(String id, String title, String confirm) {
        return ReasonPrompt.of(id, title, title, messages.get("initiatives.bulk.reason"), confirm);
    }

    private <E extends Enum<E>> ComboBox<E> choice(E[] values) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(Converters.of(messages::label));
        return box;
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
