package de.digitaldialog.desk.ui.encryption;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Page;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** Binds Einstellungen → Verschlüsselung to its view model. */
public final class EncryptionController implements Page {

    private final EncryptionViewModel viewModel;
    private final PassphraseDialog dialog;
    private final Messages messages;

    @FXML
    private Label status;
    @FXML
    private Button action;
    @FXML
    private ProgressIndicator working;
    @FXML
    private Label notice;

    public EncryptionController(EncryptionViewModel viewModel, PassphraseDialog dialog, Messages messages) {
        this.viewModel = viewModel;
        this.dialog = dialog;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(viewModel.statusProperty());
        action.textProperty().bind(Bindings.when(viewModel.encryptedProperty())
                .then(messages.get("encryption.change")).otherwise(messages.get("encryption.set")));
        action.disableProperty().bind(viewModel.workingProperty().or(viewModel.statusProperty().isEmpty()));
        working.visibleProperty().bind(viewModel.workingProperty());
        working.managedProperty().bind(working.visibleProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void askPassphrase() {
        dialog.show(action.getScene().getWindow(), viewModel);
    }
}
