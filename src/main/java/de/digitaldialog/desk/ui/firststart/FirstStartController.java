package de.digitaldialog.desk.ui.firststart;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.PassphraseFields;
import de.digitaldialog.desk.ui.common.ProfileFields;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the first-start form. */
public final class FirstStartController {

    private final FirstStartViewModel viewModel;
    private final Messages messages;
    private final ToggleGroup lands = new ToggleGroup();

    @FXML
    private VBox installationBox;
    @FXML
    private RadioButton landBavaria;
    @FXML
    private RadioButton landNrw;
    @FXML
    private ComboBox<Ministry> officeField;
    @FXML
    private Label officeError;
    @FXML
    private CheckBox otherInstallationField;
    @FXML
    private TextField codeField;
    @FXML
    private Label codeError;
    @FXML
    private Label codeText;
    @FXML
    private Label laterNote;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private TextField emailField;
    @FXML
    private Label emailError;
    @FXML
    private VBox encryptionBox;
    @FXML
    private CheckBox encryptField;
    @FXML
    private GridPane passphraseGrid;
    @FXML
    private PasswordField passphraseField;
    @FXML
    private Label passphraseError;
    @FXML
    private PasswordField repetitionField;
    @FXML
    private Label repetitionError;
    @FXML
    private HBox encryptingBox;

    public FirstStartController(FirstStartViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        landBavaria.setText(messages.label(PartnerLand.BY));
        landBavaria.setUserData(PartnerLand.BY);
        landNrw.setText(messages.label(PartnerLand.NW));
        landNrw.setUserData(PartnerLand.NW);
        landBavaria.setToggleGroup(lands);
        landNrw.setToggleGroup(lands);
        lands.selectedToggleProperty().addListener((observable, was, now) ->
                viewModel.landProperty().set(now == null ? null : (PartnerLand) now.getUserData()));
        installationBox.visibleProperty().bind(viewModel.installationOpenProperty());
        installationBox.managedProperty().bind(installationBox.visibleProperty());

        officeField.setItems(viewModel.offices());
        officeField.setConverter(Converters.of(viewModel::officeLabel));
        officeField.valueProperty().bindBidirectional(viewModel.officeProperty());
        officeField.disableProperty().bind(viewModel.landProperty().isNull());
        FormBindings.message(officeError, viewModel.officeErrorProperty());
        otherInstallationField.selectedProperty().bindBidirectional(viewModel.otherInstallationsProperty());
        otherInstallationField.disableProperty().bind(viewModel.landProperty().isNull());
        FormBindings.bind(codeField, viewModel.codeProperty());
        FormBindings.message(codeError, viewModel.codeErrorProperty());
        FormBindings.markInvalid(codeField, viewModel.codeErrorProperty());
        codeText.textProperty().bind(viewModel.codeExample());

        ProfileFields.nameAndEmail(viewModel.profile(), nameField, nameError, emailField, emailError);
        encryptionBox.visibleProperty().bind(viewModel.encryptionOfferedProperty());
        encryptionBox.managedProperty().bind(encryptionBox.visibleProperty());
        encryptField.selectedProperty().bindBidirectional(viewModel.encryptProperty());
        passphraseGrid.visibleProperty().bind(viewModel.encryptProperty());
        passphraseGrid.managedProperty().bind(passphraseGrid.visibleProperty());
        PassphraseFields.bindNew(viewModel.passphrase(), passphraseField, passphraseError, repetitionField,
                repetitionError);
        encryptingBox.visibleProperty().bind(viewModel.encryptingProperty());
        encryptingBox.managedProperty().bind(encryptingBox.visibleProperty());
        laterNote.setText(messages.get("firstStart.later.note", viewModel.loginName()));
        Platform.runLater(landBavaria::requestFocus);
        viewModel.prepare();
    }

    public FirstStartViewModel viewModel() {
        return viewModel;
    }
}
