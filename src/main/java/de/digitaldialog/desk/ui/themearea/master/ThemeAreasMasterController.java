package de.digitaldialog.desk.ui.themearea.master;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.form.FormHeader;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;

/** Binds the Themenfelder master-data page: the eight areas, the chosen one's texts and responsible ministries. */
public final class ThemeAreasMasterController implements Page {

    private final ThemeAreasMasterViewModel viewModel;
    private final Messages messages;
    private final ErrorReporter errors;

    @FXML private ListView<ThemeArea> areas;
    @FXML private Label heading;
    @FXML private Label problem;
    @FXML private HBox staleBox;
    @FXML private TextArea descriptionDeField;
    @FXML private Label descriptionDeError;
    @FXML private TextArea descriptionEnField;
    @FXML private Label descriptionEnError;
    @FXML private Label bavariaLabel;
    @FXML private CheckComboBox<Ministry> bavariaField;
    @FXML private Label nrwLabel;
    @FXML private CheckComboBox<Ministry> nrwField;
    @FXML private Label changed;
    @FXML private Button saveButton;

    public ThemeAreasMasterController(ThemeAreasMasterViewModel viewModel, Messages messages, ErrorReporter errors) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        FormModel<ThemeArea> form = viewModel.form();
        form.onUnexpected(errors::report);
        areas.setItems(viewModel.areas());
        areas.setCellFactory(list -> new ListCell<>() {
            {
                // long names wrap within the list's width rather than being cut off
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ThemeArea item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.areaLabel(item));
                setGraphic(empty || item == null ? null : Icons.icon(item.icon(), 16, item.color()));
            }
        });
        areas.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            if (now != null && (form.stored() == null || !now.id().equals(form.stored().id()))) {
                viewModel.choose(now);
            }
        });
        form.storedProperty().addListener((observable, was, now) -> select(now));
        viewModel.areas().addListener((ListChangeListener<ThemeArea>) change -> select(form.stored()));

        FormHeader.bind(form, heading, problem, staleBox);
        descriptionDeField.textProperty().bindBidirectional(viewModel.descriptionDeProperty());
        descriptionEnField.textProperty().bindBidirectional(viewModel.descriptionEnProperty());
        FormBindings.message(descriptionDeError, form.errorProperty(ThemeAreasMasterViewModel.DESCRIPTION_DE));
        FormBindings.message(descriptionEnError, form.errorProperty(ThemeAreasMasterViewModel.DESCRIPTION_EN));
        bavariaLabel.textProperty().bind(viewModel.bavariaNameProperty().map(
                name -> messages.get("themeAreasMaster.responsible", name)));
        nrwLabel.textProperty().bind(viewModel.nrwNameProperty().map(
                name -> messages.get("themeAreasMaster.responsible", name)));
        FormBindings.checks(bavariaField, viewModel.bavaria(), viewModel.chosenBavaria(), viewModel::ministryLabel);
        FormBindings.checks(nrwField, viewModel.nrw(), viewModel.chosenNrw(), viewModel::ministryLabel);
        changed.textProperty().bind(viewModel.changedProperty());
        saveButton.disableProperty().bind(form.busyProperty().or(form.dirtyProperty().not()));
    }

    /** The list follows the area shown, by id (a re-read area is a new record). */
    private void select(ThemeArea shown) {
        if (shown != null) {
            viewModel.areas().stream().filter(area -> area.id().equals(shown.id())).findFirst()
                    .ifPresent(area -> areas.getSelectionModel().select(area));
        }
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void reload() {
        viewModel.refresh();
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
