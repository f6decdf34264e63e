package de.digitaldialog.desk.ui.person.quick;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
        // a ministry picked with the mouse hands the focus on to "Abbrechen", where Return would
        // cancel: the create button takes it, so Return creates
        ministryField.valueProperty().addListener((observable, was, now) -> {
            if (now != null) {
                Platform.runLater(this::focusCreateButton);
            }
        });
        FormBindings.message(problem, viewModel.problemProperty());
    }

    private void focusCreateButton() {
        Scene scene = ministryField.getScene();
        if (scene != null) {
            scene.getRoot().lookupAll(".button").stream()
                    .filter(node -> node instanceof Button button && button.isDefaultButton() && !button.isDisabled())
                    .findFirst().ifPresent(Node::requestFocus);
        }
    }

    QuickPersonViewModel viewModel() {
        return viewModel;
    }
}
