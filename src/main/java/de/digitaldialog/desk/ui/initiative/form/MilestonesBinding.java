package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Formats;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Binds the milestones part of the initiative form to {@link MilestonesViewModel}: the table
 * (ticked off in place, moved with Alt+↑/↓), the fields below it that add a milestone or change
 * the selected one, and its buttons.
 */
final class MilestonesBinding {

    /** The part's controls, as the form's FXML names them. */
    record Controls(TableView<MilestoneRow> table, TableColumn<MilestoneRow, Boolean> doneColumn,
                    TableColumn<MilestoneRow, String> titleColumn, TableColumn<MilestoneRow, String> dueColumn,
                    TextField titleField, DatePicker dueField, Label error, Button add, Button apply,
                    Button done, Button remove) {
    }

    private final MilestonesViewModel viewModel;
    private final Controls controls;

    MilestonesBinding(MilestonesViewModel viewModel, Controls controls, Formats formats, ReadOnlyStringProperty error) {
        this.viewModel = viewModel;
        this.controls = controls;
        TableView<MilestoneRow> table = controls.table();
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        controls.doneColumn().setCellValueFactory(cell -> cell.getValue().doneProperty());
        controls.doneColumn().setCellFactory(CheckBoxTableCell.forTableColumn(controls.doneColumn()));
        controls.doneColumn().setEditable(true);
        controls.titleColumn().setCellValueFactory(cell -> cell.getValue().titleProperty());
        controls.titleColumn().setEditable(false);
        controls.dueColumn().setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> formats.date(cell.getValue().dueDateProperty().get()), cell.getValue().dueDateProperty()));
        controls.dueColumn().setEditable(false);
        FormBindings.message(controls.error(), error);
        FormBindings.markInvalid(controls.titleField(), error);

        ReadOnlyObjectProperty<MilestoneRow> selected = table.getSelectionModel().selectedItemProperty();
        selected.addListener((observable, was, row) -> {
            if (row != null) {
                controls.titleField().setText(row.titleProperty().get());
                controls.dueField().setValue(row.dueDateProperty().get());
            }
        });
        for (Button button : new Button[] {controls.apply(), controls.done(), controls.remove()}) {
            button.disableProperty().bind(selected.isNull());
        }
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::move);
        controls.titleField().setOnAction(event -> add());
        controls.add().setOnAction(event -> add());
        controls.apply().setOnAction(event -> withSelected(row -> viewModel.edit(row,
                controls.titleField().getText(), controls.dueField().getValue())));
        controls.done().setOnAction(event -> withSelected(viewModel::toggleDone));
        controls.remove().setOnAction(event -> withSelected(viewModel::remove));
    }

    private void move(KeyEvent event) {
        if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
            TableView<MilestoneRow> table = controls.table();
            int moved = viewModel.move(table.getSelectionModel().getSelectedIndex(),
                    event.getCode() == KeyCode.UP ? -1 : 1);
            table.getSelectionModel().clearAndSelect(moved);
            table.getFocusModel().focus(moved);
            event.consume();
        }
    }

    private void add() {
        if (viewModel.add(controls.titleField().getText(), controls.dueField().getValue())) {
            controls.titleField().clear();
            controls.dueField().setValue(null);
            controls.table().getSelectionModel().clearSelection();
            controls.titleField().requestFocus();
        }
    }

    private void withSelected(Consumer<MilestoneRow> action) {
        MilestoneRow row = controls.table().getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row);
        }
    }
}
