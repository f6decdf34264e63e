package de.digitaldialog.desk.ui.firststart;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.ProfileFields;
import de.digitaldialog.desk.ui.common.ProfileForm;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the first-start form. */
public final class FirstStartController {

    private final FirstStartViewModel viewModel;
    private final Messages messages;

    @FXML
    private Label laterNote;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private ComboBox<String> ministryField;
    @FXML
    private Label ministryError;
    @FXML
    private TextField emailField;
    @FXML
    private Label emailError;

    public FirstStartController(FirstStartViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        ProfileForm profile = viewModel.profile();
        ProfileFields.bind(profile, nameField, nameError, ministryField, ministryError, emailField, emailError);
        laterNote.setText(messages.get("firstStart.later.note", viewModel.loginName()));
        Platform.runLater(nameField::requestFocus);
        viewModel.prepare();
    }

    public FirstStartViewModel viewModel() {
        return viewModel;
    }
}
