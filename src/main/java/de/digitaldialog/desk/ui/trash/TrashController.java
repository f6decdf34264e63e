package de.digitaldialog.desk.ui.trash;

import de.digitaldialog.desk.domain.Deletion;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Binds the Papierkorb: the deletions, "Wiederherstellen" and "Endgültig löschen …". */
public final class TrashController implements Page {

    private final TrashViewModel viewModel;

    @FXML
    private Label summary;
    @FXML
    private Label notice;
    @FXML
    private Button restoreButton;
    @FXML
    private Button purgeButton;
    @FXML
    private TableView<Deletion> deletions;
    @FXML
    private TableColumn<Deletion, String> deletedAtColumn;
    @FXML
    private TableColumn<Deletion, String> deletedByColumn;
    @FXML
    private TableColumn<Deletion, String> kindColumn;
    @FXML
    private TableColumn<Deletion, String> numberColumn;
    @FXML
    private TableColumn<Deletion, String> titleColumn;
    @FXML
    private TableColumn<Deletion, String> partsColumn;

    public TrashController(TrashViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Tables.text(deletedAtColumn, viewModel::deletedAt);
        Tables.text(deletedByColumn, Deletion::deletedBy);
        Tables.text(kindColumn, viewModel::kind);
        Tables.text(numberColumn, deletion -> deletion.what().number() == null ? "" : deletion.what().number());
        Tables.text(titleColumn, deletion -> deletion.what().title());
        Tables.text(partsColumn, viewModel::parts);
        Tables.show(deletions, viewModel.deletions());
        deletions.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Deletion item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(viewModel.describe(item)));
            }
        });
        var none = deletions.getSelectionModel().selectedItemProperty().isNull();
        restoreButton.disableProperty().bind(none);
        purgeButton.disableProperty().bind(none);
        summary.textProperty().bind(viewModel.summaryProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void restoreSelected() {
        Deletion selected = deletions.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.restore(deletions.getScene().getWindow(), selected);
        }
    }

    @FXML
    private void purgeSelected() {
        Deletion selected = deletions.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.purge(deletions.getScene().getWindow(), selected);
        }
    }
}
