package de.digitaldialog.desk.ui.ministry.handover;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the hand-over dialog's content to its view model; the dialog around it brings the buttons. */
public final class HandOverController {

    private final HandOverViewModel viewModel;

    @FXML private Label heading;
    @FXML private ComboBox<Ministry> successorField;
    @FXML private Label successorError;
    @FXML private TextField reasonField;
    @FXML private Label reasonError;
    @FXML private Label preview;
    @FXML private Label problem;

    public HandOverController(HandOverViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        successorField.setItems(viewModel.candidates());
        successorField.setConverter(Converters.of(viewModel::label));
        successorField.valueProperty().bindBidirectional(viewModel.successorProperty());
        FormBindings.message(successorError, viewModel.errorProperty(HandOverViewModel.SUCCESSOR));
        FormBindings.markInvalid(successorField, viewModel.errorProperty(HandOverViewModel.SUCCESSOR));
        FormBindings.bind(reasonField, viewModel.reasonProperty());
        FormBindings.message(reasonError, viewModel.errorProperty(HandOverViewModel.REASON));
        FormBindings.markInvalid(reasonField, viewModel.errorProperty(HandOverViewModel.REASON));
        preview.textProperty().bind(viewModel.previewProperty());
        FormBindings.message(problem, viewModel.problemProperty());
    }

    public HandOverViewModel viewModel() {
        return viewModel;
    }
}
