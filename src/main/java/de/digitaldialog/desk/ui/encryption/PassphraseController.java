package de.digitaldialog.desk.ui.encryption;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.PassphraseFields;
import de.digitaldialog.desk.ui.common.PassphraseForm;
import javafx.beans.value.ObservableBooleanValue;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** Binds the fields of the "Passphrase festlegen/ändern" dialog to its form. */
public final class PassphraseController {

    private final PassphraseForm form;
    private final Messages messages;

    @FXML
    private Label text;
    @FXML
    private Label currentLabel;
    @FXML
    private PasswordField currentField;
    @FXML
    private Label currentError;
    @FXML
    private Label nextLabel;
    @FXML
    private PasswordField nextField;
    @FXML
    private Label nextError;
    @FXML
    private PasswordField repetitionField;
    @FXML
    private Label repetitionError;
    @FXML
    private HBox workingBox;
    @FXML
    private Label workingText;

    public PassphraseController(PassphraseForm form, Messages messages) {
        this.form = form;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        PassphraseFields.bindCurrent(form, currentField, currentError);
        PassphraseFields.bindNew(form, nextField, nextError, repetitionField, repetitionError);
    }

    /** Setting one asks only for the new passphrase; changing it asks for the current one too. */
    public void prepare(boolean change, ObservableBooleanValue working) {
        text.setText(messages.get(change ? "encryption.change.text" : "encryption.set.text"));
        for (Node node : List.of(currentLabel, currentField)) {
            node.setVisible(change);
            node.setManaged(change);
        }
        if (!change) {
            // the new passphrase is then the first row: no room above it for the hidden current one
            GridPane.setMargin(nextLabel, Insets.EMPTY);
            GridPane.setMargin(nextField, Insets.EMPTY);
        }
        nextLabel.setText(messages.get(change ? "passphrase.next" : "passphrase.label"));
        workingText.setText(messages.get(change ? "encryption.change.running" : "encryption.set.running"));
        workingBox.visibleProperty().bind(working);
        workingBox.managedProperty().bind(working);
    }

    public PassphraseForm form() {
        return form;
    }
}
