package de.digitaldialog.desk.ui.ministry.list;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.dialog.Question;
import de.digitaldialog.desk.ui.ministry.form.MinistryFormWindow;
import de.digitaldialog.desk.ui.ministry.handover.HandOverDialog;
import de.digitaldialog.desk.ui.ministry.reshuffle.ReshuffleDialog;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Binds the list of ministries and its filters, and its actions: a new ministry (Ctrl+N), open
 * one (Enter, double-click), a reshuffle, a hand-over, deleting one entered by mistake.
 */
public final class MinistriesController implements Page {

    private static final String NEW_KEY = MinistriesController.class.getName() + ".new";
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final MinistriesViewModel viewModel;
    private final MinistryFormWindow form;
    private final ReshuffleDialog reshuffle;
    private final HandOverDialog handOver;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorReporter errors;

    @FXML
    private Label summary;
    @FXML
    private ComboBox<Land> land;
    @FXML
    private CheckBox withEnded;
    @FXML
    private TableView<Ministry> ministries;
    @FXML
    private TableColumn<Ministry, String> landColumn;
    @FXML
    private TableColumn<Ministry, String> abbreviationColumn;
    @FXML
    private TableColumn<Ministry, String> nameColumn;
    @FXML
    private TableColumn<Ministry, String> kindColumn;
    @FXML
    private TableColumn<Ministry, String> validFromColumn;
    @FXML
    private TableColumn<Ministry, String> validToColumn;
    @FXML
    private TableColumn<Ministry, String> successorsColumn;
    @FXML
    private Button openButton;
    @FXML
    private Button reshuffleButton;
    @FXML
    private Button handOverButton;
    @FXML
    private Button deleteButton;

    public MinistriesController(MinistriesViewModel viewModel, MinistryFormWindow form, ReshuffleDialog reshuffle,
                                HandOverDialog handOver, DialogService dialogs, Messages messages,
                                ErrorReporter errors) {
        this.viewModel = viewModel;
        this.form = form;
        this.reshuffle = reshuffle;
        this.handOver = handOver;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        Tables.text(landColumn, ministry -> viewModel.landName(ministry.landId()));
        Tables.text(abbreviationColumn, Ministry::abbreviation);
        Tables.text(nameColumn, viewModel::name);
        Tables.text(kindColumn, viewModel::kind);
        Tables.text(validFromColumn, ministry -> viewModel.date(ministry.validFrom()));
        Tables.text(validToColumn, ministry -> viewModel.date(ministry.validTo()));
        Tables.text(successorsColumn, viewModel::successors);
        Tables.show(ministries, viewModel.ministries());
        land.setConverter(Converters.of(viewModel::landLabel));
        viewModel.lands().addListener((ListChangeListener<Land>) change -> {
            Land chosen = land.getValue();
            land.getItems().setAll(viewModel.lands());
            land.getItems().add(0, null);
            land.setValue(chosen);
        });
        land.valueProperty().bindBidirectional(viewModel.landProperty());
        withEnded.selectedProperty().bindBidirectional(viewModel.withEndedProperty());
        summary.textProperty().bind(viewModel.summaryProperty());

        Tables.openRows(ministries, row -> form.open(window(), row.id()));
        ReadOnlyObjectProperty<Ministry> selected = ministries.getSelectionModel().selectedItemProperty();
        openButton.disableProperty().bind(selected.isNull());
        reshuffleButton.disableProperty().bind(selected.isNull());
        deleteButton.disableProperty().bind(selected.isNull());
        handOverButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.canHandOver(selected.get()), selected));
        // Ctrl+N while this page is shown; a filter, so it comes before the other pages' accelerators
        ministries.sceneProperty().addListener((observable, was, scene) -> {
            if (scene != null && scene.getProperties().putIfAbsent(NEW_KEY, Boolean.TRUE) == null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                    if (NEW.match(event) && ministries.getScene() == scene) {
                        event.consume();
                        create();
                    }
                });
            }
        });
    }

    private Window window() {
        return ministries.getScene().getWindow();
    }

    @FXML
    private void create() {
        form.create(window());
    }

    @FXML
    private void open() {
        Ministry chosen = ministries.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            form.open(window(), chosen.id());
        }
    }

    @FXML
    private void reshuffle() {
        Ministry chosen = ministries.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            reshuffle.open(window(), chosen, viewModel.all());
        }
    }

    @FXML
    private void handOver() {
        Ministry chosen = ministries.getSelectionModel().getSelectedItem();
        if (viewModel.canHandOver(chosen)) {
            handOver.open(window(), chosen.id());
        }
    }

    @FXML
    private void delete() {
        Ministry chosen = ministries.getSelectionModel().getSelectedItem();
        if (chosen != null && dialogs.confirm(window(), Question.of("ministryDelete", viewModel.deleteQuestion(chosen),
                messages.get("ministries.delete")))) {
            viewModel.delete(chosen, refusal -> dialogs.inform(window(), messages.get("ministries.delete.refused"),
                    refusal), errors::report);
        }
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
