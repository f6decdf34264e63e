package de.digitaldialog.desk.ui.person.quick;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;

/** Binds the quick-create fields of "Neue Person …" to their view model. */
public final class QuickPersonController {

    private final QuickPersonViewModel viewModel;

    @FXML private TextField firstNameField;
    @FXML private TextField lastNameField;
    @FXML private Label lastNameError;
    @FXML private SearchableComboBox<Ministry> ministryField;
    @FXML private Label problem;

    public QuickPersonController(QuickPersonViewModel viewModel, ErrorReporter errors) {
        this.viewModel = viewModel;
        viewModel.onUnexpected(errors::report);
    }

    @FXML
    private void initialize() {
        FormBindings.bind(firstNameField, viewModel.firstNameProperty());
        FormBindings.bind(lastNameField, viewModel.lastNameProperty());
        FormBindings.message(lastNameError, viewModel.lastNameErrorProperty());
        FormBindings.markInvalid(lastNameField, viewModel.lastNameErrorProperty());
        ministryField.setItems(viewModel.ministries());
        ministryField.setConverter(Converters.of(viewModel::ministryLabel));
        ministryField.valueProperty().bindBidirectional(viewModel.ministryProperty());
        FormBindings.message(problem, viewModel.problemProperty());
    }

    QuickPersonViewModel viewModel() {
        return viewModel;
    }
}
