package de.digitaldialog.desk.ui.attachments;

import de.digitaldialog.desk.domain.Attachment;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.FileRequest;
import de.digitaldialog.desk.ui.trash.DeletionFlow;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.VBox;

/**
 * The Anlagen of a meeting or TOP: Enter or a double-click saves the selected file to disk,
 * Delete or "Löschen …" moves it to the Papierkorb.
 */
public final class AttachmentsController {

    private final AttachmentsViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;
    private final DeletionFlow deletion;

    @FXML
    private VBox root;
    @FXML
    private ListView<Attachment> list;
    @FXML
    private Button addButton;
    @FXML
    private Button saveButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Label message;

    public AttachmentsController(AttachmentsViewModel viewModel, Messages messages, DialogService dialogs,
                                 DeletionFlow deletion) {
        this.viewModel = viewModel;
        this.deletion = deletion;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** Whose files are shown; null while it is new (files need a stored meeting or TOP). */
    public void show(AttachmentsViewModel.Owner owner) {
        viewModel.show(owner);
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.attachments());
        list.setCellFactory(view -> new TextFieldListCell<>(Converters.of(viewModel::label)));
        list.setEditable(false);
        list.setPlaceholder(new Label(messages.get("attachments.none")));
        Tables.openItems(list, this::saveAs);
        addButton.disableProperty().bind(viewModel.ownerProperty().isNull());
        saveButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        deletion.offer(list, DeletionKind.ATTACHMENT, Attachment::id, attachment -> attachment.audit().version(),
                () -> viewModel.show(viewModel.ownerProperty().get()), deleteButton);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
    }

    @FXML
    private void add() {
        dialogs.openFile(root.getScene().getWindow(), FileRequest.of(messages.get("attachments.add")))
                .ifPresent(viewModel::add);
    }

    @FXML
    private void saveAs() {
        Attachment selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            saveAs(selected);
        }
    }

    private void saveAs(Attachment selected) {
        dialogs.saveFile(root.getScene().getWindow(),
                        FileRequest.of(messages.get("attachments.saveAs")).named(selected.fileName()))
                .ifPresent(target -> viewModel.saveAs(selected, target));
    }
}
