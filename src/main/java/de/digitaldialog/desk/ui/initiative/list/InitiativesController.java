package de.digitaldialog.desk.ui.initiative.list;

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
import de.digitaldialog.desk.ui.initiative.form.InitiativeFormWindow;
import de.digitaldialog.desk.service.InitiativeExport;
import de.digitaldialog.desk.service.InitiativeService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
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
    private final InitiativeFormWindow form;

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    @FXML
    private Button exportButton;
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
                                 WorkspaceModel model, InitiativeFormWindow form) {
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
        initiatives.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        initiatives.setContextMenu(bulkMenu());
        exportButton.disableProperty().bind(model.workspaceProperty().isNull());
        newInitiative.disableProperty().bind(model.workspaceProperty().isNull());
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
        if (model.workspace() != null) {
            form.create(initiatives.getScene().getWindow());
        }
    }

    /** Ctrl+E / "Exportieren …": the filtered rows in the table's order. */
    @FXML
    private void exportFiltered() {
        export(viewModel.exportRows());
    }

    private void export(List<InitiativeSummary> rows) {
        if (model.workspace() == null || initiatives.getScene() == null) {
            return;
        }
        Window owner = initiatives.getScene().getWindow();
        Optional<Boolean> includeClassified = askClassified(owner, rows.size());
        if (includeClassified.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("initiatives.export.title"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(messages.get("initiatives.export.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("initiatives.export.xlsx"), "*.xlsx"));
        chooser.setInitialFileName(viewModel.exportFileName());
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        if (InitiativeExport.Format.ofFileName(file.getFileName().toString()).isEmpty()) {
            FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
            boolean xlsx = filter != null && filter.getExtensions().contains("*.xlsx");
            file = file.resolveSibling(file.getFileName() + (xlsx ? ".xlsx" : ".csv"));
        }
        Path target = file;
        viewModel.export(rows, target, includeClassified.get(), written -> inform(owner,
                messages.get("initiatives.export.title"), messages.get("initiatives.export.done", written,
                        target.getFileName().toString())));
    }

    /** The small question before the file chooser: include VS-NfD entries? Empty when cancelled. */
    private Optional<Boolean> askClassified(Window owner, int count) {
        CheckBox classified = new CheckBox(messages.get("initiatives.export.classified"));
        classified.setSelected(false);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("initiatives.export.title"));
        dialog.setHeaderText(messages.get("initiatives.export.header", count));
        dialog.getDialogPane().setContent(classified);
        ButtonType proceed = new ButtonType(messages.get("initiatives.export.proceed"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(proceed, ButtonType.CANCEL);
        return dialog.showAndWait().filter(proceed::equals).map(ok -> classified.isSelected());
    }

    private ContextMenu bulkMenu() {
        MenuItem status = new MenuItem(messages.get("initiatives.bulk.status"));
        status.setOnAction(event -> changeStatusOfSelection());
        MenuItem light = new MenuItem(messages.get("initiatives.bulk.trafficLight"));
        light.setOnAction(event -> setTrafficLightOfSelection());
        MenuItem export = new MenuItem(messages.get("initiatives.bulk.exportSelection"));
        export.setOnAction(event -> export(viewModel.exportRows(selection())));
        var nothingSelected = initiatives.getSelectionModel().selectedItemProperty().isNull()
                .or(model.workspaceProperty().isNull());
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
        ComboBox<InitiativeStatus> target = new ComboBox<>(FXCollections.observableArrayList(InitiativeStatus.values()));
        target.setConverter(labels());
        Optional<String> reason = askReason(messages.get("initiatives.bulk.status.title", rows.size()),
                messages.get("initiatives.bulk.target"), target, target.valueProperty().isNull(),
                messages.get("initiatives.bulk.status.confirm"));
        reason.ifPresent(text -> viewModel.changeStatus(rows, target.getValue(), text, result -> {
            StringBuilder summary = new StringBuilder(messages.get("initiatives.bulk.done", result.changed()));
            if (!result.unchanged().isEmpty()) {
                summary.append("\n\n").append(messages.get("initiatives.bulk.unchanged"));
                for (InitiativeService.Unchanged left : result.unchanged()) {
                    summary.append('\n').append(messages.get("initiatives.bulk.unchangedRow", left.number(),
                            messages.label(left.status())));
                }
            }
            inform(initiatives.getScene().getWindow(), messages.get("initiatives.bulk.summary"), summary.toString());
        }));
    }

    private void setTrafficLightOfSelection() {
        List<InitiativeSummary> rows = selection();
        if (rows.isEmpty()) {
            return;
        }
        ComboBox<TrafficLight> light = new ComboBox<>(FXCollections.observableArrayList(TrafficLight.values()));
        light.setConverter(labels());
        Optional<String> reason = askReason(messages.get("initiatives.bulk.trafficLight.title", rows.size()),
                messages.get("initiatives.bulk.light"), light, light.valueProperty().isNull(),
                messages.get("initiatives.bulk.trafficLight.confirm"));
        reason.ifPresent(text -> viewModel.setTrafficLight(rows, light.getValue(), text));
    }

    private <E extends Enum<E>> StringConverter<E> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.label(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    /** A dialog with a choice and the required reason; the reason when confirmed. */
    private Optional<String> askReason(String title, String choiceLabel, Control choice,
                                       javafx.beans.binding.BooleanExpression choiceMissing, String confirmText) {
        TextArea reason = new TextArea();
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        VBox content = new VBox(6, new Label(choiceLabel), choice,
                new Label(messages.get("initiatives.bulk.reason")), reason);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(initiatives.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(confirm).disableProperty()
                .bind(choiceMissing.or(reason.textProperty().isEmpty()));
        return dialog.showAndWait().filter(confirm::equals).map(ok -> reason.getText().strip())
                .filter(text -> !text.isEmpty());
    }

    private static void inform(Window owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.showAndWait();
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
