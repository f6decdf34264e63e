package de.digitaldialog.desk.ui.actionitem.form;

import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** Binds the progress update of one action item; {@link #bind} hands it the item's view model. */
public final class ActionItemEditController {

    private final Messages messages;
    private final Formats formats;
    private ActionItemEditViewModel viewModel;
    private Runnable close = () -> { };

    @FXML
    private Label heading;
    @FXML
    private Label context;
    @FXML
    private Label overdueNote;
    @FXML
    private ComboBox<ActionItemStatus> statusField;
    @FXML
    private DatePicker dueDateField;
    @FXML
    private VBox reasonBox;
    @FXML
    private Label reasonLabel;
    @FXML
    private TextArea reasonField;
    @FXML
    private Label reasonError;
    @FXML
    private Label problem;
    @FXML
    private Button saveButton;

    public ActionItemEditController(Messages messages) {
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
    }

    @FXML
    private void initialize() {
        statusField.getItems().setAll(Arrays.asList(ActionItemStatus.values()));
        statusField.setConverter(Converters.of(messages::label));
        Converters.dates(dueDateField, messages);
    }

    /** Shows the item and binds the fields; {@code close} closes the window after saving or cancelling. */
    void bind(ActionItemEditViewModel model, Runnable closeWindow) {
        this.viewModel = model;
        this.close = closeWindow;
        FollowUp row = model.row();
        heading.setText(row.item().description());
        context.setText(messages.get("actionItems.edit.context", row.meetingNumber(),
                formats.date(row.meetingStartsAt().toLocalDate()), row.agendaNumber(), row.agendaTitle(), row.owner()));
        overdueNote.setVisible(model.isOverdue());
        overdueNote.setManaged(model.isOverdue());
        if (model.isOverdue()) {
            overdueNote.setText(messages.get("actionItems.edit.overdue", formats.date(row.item().dueDate())));
            overdueNote.setGraphic(Icons.icon("mdi2c-clock-alert-outline", 16));
            reasonLabel.setText(messages.get("actionItems.edit.delayReason.required"));
        }
        reasonBox.setVisible(model.showsDelayReason());
        reasonBox.setManaged(model.showsDelayReason());
        statusField.valueProperty().bindBidirectional(model.statusProperty());
        dueDateField.valueProperty().bindBidirectional(model.dueDateProperty());
        reasonField.textProperty().bindBidirectional(model.delayReasonProperty());
        FormBindings.message(reasonError, model.delayReasonErrorProperty());
        FormBindings.markInvalid(reasonField, model.delayReasonErrorProperty());
        FormBindings.message(problem, model.problemProperty());
        saveButton.disableProperty().bind(model.savingProperty());
    }

    @FXML
    private void save() {
        // a date typed but not yet confirmed with Enter counts too
        dueDateField.setValue(dueDateField.getConverter().fromString(dueDateField.getEditor().getText()));
        if (!viewModel.save(close)) {
            reasonField.requestFocus();
        }
    }

    @FXML
    private void cancel() {
        close.run();
    }
}
