package de.digitaldialog.desk.ui.ministry.reshuffle;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;

/** Binds the reshuffle dialog's content to its view model; the dialog around it brings the buttons. */
public final class ReshuffleController {

    private final ReshuffleViewModel viewModel;
    private final Messages messages;

    @FXML private Label heading;
    @FXML private DatePicker lastDayField;
    @FXML private Label lastDayError;
    @FXML private TextField abbreviationField;
    @FXML private Label abbreviationError;
    @FXML private TextField nameDeField;
    @FXML private Label nameDeError;
    @FXML private TextField nameEnField;
    @FXML private Label nameEnError;
    @FXML private DatePicker validFromField;
    @FXML private Label validFromError;
    @FXML private ListView<Ministry> newList;
    @FXML private Button removeButton;
    @FXML private CheckComboBox<Ministry> existingField;
    @FXML private Label successorsError;
    @FXML private Label problem;

    public ReshuffleController(ReshuffleViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Converters.dates(lastDayField, messages);
        Converters.dates(validFromField, messages);
        lastDayField.valueProperty().bindBidirectional(viewModel.lastDayProperty());
        validFromField.valueProperty().bindBidirectional(viewModel.validFromProperty());
        FormBindings.onLeave(lastDayField, () -> FormBindings.commitTyped(lastDayField));
        FormBindings.onLeave(validFromField, () -> FormBindings.commitTyped(validFromField));
        FormBindings.bind(abbreviationField, viewModel.abbreviationProperty());
        FormBindings.bind(nameDeField, viewModel.nameDeProperty());
        FormBindings.bind(nameEnField, viewModel.nameEnProperty());
        error(lastDayField, lastDayError, ReshuffleViewModel.LAST_DAY);
        error(abbreviationField, abbreviationError, ReshuffleViewModel.ABBREVIATION);
        error(nameDeField, nameDeError, ReshuffleViewModel.NAME_DE);
        error(nameEnField, nameEnError, ReshuffleViewModel.NAME_EN);
        error(validFromField, validFromError, ReshuffleViewModel.VALID_FROM);
        error(existingField, successorsError, ReshuffleViewModel.SUCCESSORS);
        FormBindings.message(problem, viewModel.problemProperty());
        newList.setItems(viewModel.newSuccessors());
        newList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Ministry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.label(item));
            }
        });
        removeButton.disableProperty().bind(newList.getSelectionModel().selectedItemProperty().isNull());
        FormBindings.checks(existingField, viewModel.candidates(), viewModel.chosen(), viewModel::label);
    }

    /** Shows which ministry ends; call once the view model has started. */
    void bind() {
        heading.setText(viewModel.heading());
    }

    private void error(Node field, Label label, String name) {
        FormBindings.message(label, viewModel.errorProperty(name));
        FormBindings.markInvalid(field, viewModel.errorProperty(name));
    }

    @FXML
    private void addNew() {
        FormBindings.commitTyped(validFromField);
        if (viewModel.addNew()) {
            abbreviationField.requestFocus();
        }
    }

    @FXML
    private void removeNew() {
        viewModel.removeNew(newList.getSelectionModel().getSelectedItem());
    }

    /** The dialog's confirm button: reshuffles, and hands the ended ministry on once stored. */
    void save(Consumer<Ministry> done) {
        FormBindings.commitTyped(lastDayField);
        FormBindings.commitTyped(validFromField);
        viewModel.save(done);
    }

    public ReshuffleViewModel viewModel() {
        return viewModel;
    }
}
