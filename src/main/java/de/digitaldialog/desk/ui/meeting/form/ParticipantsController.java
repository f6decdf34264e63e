package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.person.quick.QuickPerson;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.SearchableComboBox;

/**
 * The participants tab: the chairs (Vorsitz), then the table by Land and protocol order, roles
 * changed in the table or the row's menu, people and ministries added from the list or created
 * with "Neue Person …", rows removed with Delete.
 */
public final class ParticipantsController {

    private final Messages messages;
    private final QuickPerson quickPerson;
    private ParticipantsViewModel participants;

    @FXML private TableView<ParticipantRow> participantTable;
    @FXML private TableColumn<ParticipantRow, String> participantLandColumn;
    @FXML private TableColumn<ParticipantRow, String> participantNameColumn;
    @FXML private TableColumn<ParticipantRow, String> participantDetailColumn;
    @FXML private TableColumn<ParticipantRow, ParticipantRole> participantRoleColumn;
    @FXML private SearchableComboBox<ParticipantsViewModel.Candidate> candidateField;
    @FXML private ComboBox<ParticipantRole> roleField;
    @FXML private Button removeParticipantButton;
    @FXML private Button newPersonButton;
    @FXML private Label participantError;

    public ParticipantsController(Messages messages, QuickPerson quickPerson) {
        this.messages = messages;
        this.quickPerson = quickPerson;
    }

    /** Binds the tab to the form's participants; called once, by the form's controller. */
    void bind(ParticipantsViewModel viewModel, ReadOnlyStringProperty error) {
        this.participants = viewModel;
        participantTable.setItems(viewModel.rows());
        participantTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        text(participantLandColumn, ParticipantRow::land);
        text(participantNameColumn, ParticipantRow::name);
        text(participantDetailColumn, ParticipantRow::detail);
        participantRoleColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().isChair() ? null : cell.getValue().participant().role()));
        participantRoleColumn.setCellFactory(column -> new RoleCell());
        participantRoleColumn.setOnEditCommit(event -> viewModel.changeRole(event.getRowValue(), event.getNewValue()));
        participantTable.setRowFactory(table -> {
            TableRow<ParticipantRow> row = new TableRow<>();
            row.itemProperty().addListener((observable, was, item) ->
                    row.setContextMenu(item == null ? null : menu(item)));
            return row;
        });
        participantTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE && participantTable.getEditingCell() == null) {
                event.consume();
                removeParticipant();
            }
        });
        candidateField.setItems(viewModel.candidates());
        candidateField.setConverter(Converters.of(ParticipantsViewModel.Candidate::label));
        quickPerson.attach(newPersonButton, candidateField,
                person -> candidateField.setValue(viewModel.personCreated(person)));
        roleField.getItems().setAll(ParticipantRole.values());
        roleField.setConverter(Converters.of(messages::label));
        roleField.setValue(ParticipantRole.TEILNAHME);
        removeParticipantButton.disableProperty()
                .bind(participantTable.getSelectionModel().selectedItemProperty().isNull());
        FormBindings.message(participantError, error);
        FormBindings.markInvalid(candidateField, error);
    }

    /** Change the role or remove, for the row the menu belongs to; a chair's row can only be removed. */
    private ContextMenu menu(ParticipantRow row) {
        ContextMenu menu = new ContextMenu();
        if (!row.isChair()) {
            for (ParticipantRole role : ParticipantRole.values()) {
                MenuItem item = new MenuItem(messages.get("meetingForm.participants.setRole", messages.label(role)));
                item.setId("role-" + role.name());
                item.setOnAction(event -> participantTable.getSelectionModel()
                        .select(participants.changeRole(row, role)));
                menu.getItems().add(item);
            }
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem remove = new MenuItem(messages.get("meetingForm.participants.remove"));
        remove.setId("removeParticipant");
        remove.setOnAction(event -> participants.removeParticipant(row));
        menu.getItems().add(remove);
        return menu;
    }

    /** The role, chosen from the stored roles; a chair's row reads "Vorsitz" and cannot be edited. */
    private final class RoleCell extends ComboBoxTableCell<ParticipantRow, ParticipantRole> {

        RoleCell() {
            super(Converters.of(messages::label), ParticipantRole.values());
        }

        private boolean isChair() {
            ParticipantRow row = getTableRow() == null ? null : getTableRow().getItem();
            return row != null && row.isChair();
        }

        @Override
        public void startEdit() {
            if (!isChair()) {
                super.startEdit();
            }
        }

        @Override
        public void updateItem(ParticipantRole role, boolean empty) {
            super.updateItem(role, empty);
            if (!empty && isChair()) {
                setText(messages.get("meetingForm.participants.chair"));
            }
        }
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    @FXML
    private void addParticipant() {
        if (participants.addParticipant(candidateField.getValue(), roleField.getValue())) {
            candidateField.setValue(null);
            candidateField.requestFocus();
        }
    }

    @FXML
    private void removeParticipant() {
        ParticipantRow row = participantTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            int index = participantTable.getSelectionModel().getSelectedIndex();
            participants.removeParticipant(row);
            participantTable.getSelectionModel().select(Math.min(index, participants.rows().size() - 1));
        }
    }
}
