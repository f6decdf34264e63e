package de.digitaldialog.desk.ui.backup;

import de.digitaldialog.desk.service.BackupService.Backup;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Binds Einstellungen → Sicherungen to its view model. */
public final class BackupsController implements Page {

    private final BackupsViewModel viewModel;

    @FXML
    private TableView<Backup> backupTable;
    @FXML
    private TableColumn<Backup, String> timeColumn;
    @FXML
    private TableColumn<Backup, String> reasonColumn;
    @FXML
    private TableColumn<Backup, String> sizeColumn;
    @FXML
    private TableColumn<Backup, String> initiativesColumn;
    @FXML
    private TableColumn<Backup, String> meetingsColumn;
    @FXML
    private Button backUpButton;
    @FXML
    private Button restoreButton;
    @FXML
    private Button deleteUnencryptedButton;
    @FXML
    private ProgressIndicator working;
    @FXML
    private Label summary;
    @FXML
    private Label notice;
    @FXML
    private TextField folderField;
    @FXML
    private TextField intervalField;
    @FXML
    private Label intervalError;
    @FXML
    private TextField capField;
    @FXML
    private Label capError;

    public BackupsController(BackupsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Tables.text(timeColumn, viewModel::time);
        Tables.text(reasonColumn, viewModel::reason);
        Tables.text(sizeColumn, viewModel::size);
        Tables.text(initiativesColumn, viewModel::initiatives);
        Tables.text(meetingsColumn, viewModel::meetings);
        Tables.show(backupTable, viewModel.backups());
        backUpButton.disableProperty().bind(viewModel.workingProperty());
        restoreButton.disableProperty().bind(viewModel.workingProperty()
                .or(backupTable.getSelectionModel().selectedItemProperty().isNull()));
        deleteUnencryptedButton.visibleProperty().bind(viewModel.unencryptedProperty().greaterThan(0));
        deleteUnencryptedButton.managedProperty().bind(deleteUnencryptedButton.visibleProperty());
        deleteUnencryptedButton.disableProperty().bind(viewModel.workingProperty());
        working.visibleProperty().bind(viewModel.workingProperty());
        working.managedProperty().bind(working.visibleProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        folderField.textProperty().bind(viewModel.folderProperty());
        FormBindings.bind(intervalField, viewModel.intervalProperty());
        FormBindings.message(intervalError, viewModel.intervalErrorProperty());
        FormBindings.markInvalid(intervalField, viewModel.intervalErrorProperty());
        FormBindings.onLeave(intervalField, viewModel::validateInterval);
        FormBindings.bind(capField, viewModel.capProperty());
        FormBindings.message(capError, viewModel.capErrorProperty());
        FormBindings.markInvalid(capField, viewModel.capErrorProperty());
        FormBindings.onLeave(capField, viewModel::validateCap);
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    @FXML
    private void restoreSelected() {
        Backup selected = backupTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.restore(backupTable.getScene().getWindow(), selected);
        }
    }

    @FXML
    private void deleteUnencrypted() {
        viewModel.deleteUnencrypted(backupTable.getScene().getWindow());
    }

    @FXML
    private void chooseFolder() {
        viewModel.chooseFolder(folderField.getScene().getWindow());
    }

    @FXML
    private void useDefaultFolder() {
        viewModel.useDefaultFolder();
    }

    @FXML
    private void saveLimits() {
        viewModel.saveLimits();
    }
}
