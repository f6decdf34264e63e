package de.digitaldialog.desk.ui.actionitem.form;

import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.ReferenceLabels;
import de.digitaldialog.desk.ui.person.quick.QuickPerson;
import de.digitaldialog.desk.ui.trash.DeletionFlow;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * Binds an action item's form to its view model: a new item for a TOP, or the progress update
 * of a stored one. The dialog around it ({@link ActionItemEditDialog}) brings the buttons.
 */
public final class ActionItemEditController {

    private final Messages messages;
    private final Formats formats;
    private final DeletionFlow deletion;
    private final QuickPerson quickPerson;
    private ActionItemEditViewModel viewModel;
    private Runnable close = () -> { };

    @FXML
    private VBox root;
    @FXML
    private Label heading;
    @FXML
    private Label context;
    @FXML
    private Label overdueNote;
    @FXML
    private TextField descriptionField;
    @FXML
    private Label descriptionError;
    @FXML
    private SearchableComboBox<Ministry> ministryField;
    @FXML
    private SearchableComboBox<Person> personField;
    @FXML
    private Button newPersonButton;
    @FXML
    private Label ownerError;
    @FXML
    private SearchableComboBox<InitiativeSummary> initiativeField;
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

    public ActionItemEditController(Messages messages, DeletionFlow deletion, QuickPerson quickPerson) {
        this.messages = messages;
        this.deletion = deletion;
        this.quickPerson = quickPerson;
        this.formats = Formats.of(messages.locale());
    }

    @FXML
    private void initialize() {
        statusField.getItems().setAll(Arrays.asList(ActionItemStatus.values()));
        statusField.setConverter(Converters.of(messages::label));
        Converters.dates(dueDateField, messages);
        ministryField.setConverter(Converters.of(ministry -> ReferenceLabels.ministry(ministry, messages.locale())));
        personField.setConverter(Converters.of(ReferenceLabels::person));
        initiativeField.setConverter(Converters.of(ReferenceLabels::initiative));
    }

    /** How the dialog around the form closes, once the item is deleted. */
    void closeWith(Runnable closer) {
        this.close = closer;
    }

    /** "Löschen …": the item as loaded; the dialog closes and the list reloads after. */
    @FXML
    private void delete() {
        viewModel.storedItem().ifPresent(item -> deletion.delete(root.getScene().getWindow(),
                DeletionKind.ACTION_ITEM, item.id(), item.audit().version(), () -> {
                    close.run();
                    viewModel.deleted();
                }));
    }

    /** Shows the item (new or stored) and binds the fields. */
    void bind(ActionItemEditViewModel model) {
        this.viewModel = model;
        root.lookupAll(".new-only").forEach(node -> show(node, model.isNew()));
        root.lookupAll(".update-only").forEach(node -> show(node, !model.isNew()));
        show(context, !model.isNew());
        show(overdueNote, model.isOverdue());
        show(reasonBox, model.showsDelayReason());
        if (model.isNew()) {
            bindNew(model);
        } else {
            bindUpdate(model);
        }
        dueDateField.valueProperty().bindBidirectional(model.dueDateProperty());
        message(reasonField, reasonError, model.delayReasonErrorProperty());
        FormBindings.onLeave(reasonField, () -> model.check(ActionItemEditViewModel.DELAY_REASON));
        FormBindings.message(problem, model.problemProperty());
        // a message makes the dialog taller rather than cutting the texts short
        for (ReadOnlyStringProperty shown : new ReadOnlyStringProperty[] {model.problemProperty(),
                model.delayReasonErrorProperty(), model.errorProperty(ActionItemEditViewModel.DESCRIPTION),
                model.errorProperty(ActionItemEditViewModel.OWNER)}) {
            shown.addListener(changed -> Platform.runLater(this::fit));
        }
    }

    private void bindNew(ActionItemEditViewModel model) {
        ActionItemEditViewModel.NewFor target = model.target();
        heading.setText(messages.get("agenda.action.header", target.top().number()));
        descriptionField.textProperty().bindBidirectional(model.descriptionProperty());
        message(descriptionField, descriptionError, model.errorProperty(ActionItemEditViewModel.DESCRIPTION));
        FormBindings.onLeave(descriptionField, () -> model.check(ActionItemEditViewModel.DESCRIPTION));
        ministryField.setItems(FXCollections.observableArrayList(target.ministries()));
        ministryField.valueProperty().bindBidirectional(model.ownerMinistryProperty());
        personField.setItems(FXCollections.observableArrayList(target.persons()));
        personField.valueProperty().bindBidirectional(model.ownerPersonProperty());
        quickPerson.attach(newPersonButton, personField, person -> {
            personField.getItems().add(person);
            model.ownerPersonProperty().set(person);
        });
        message(ministryField, ownerError, model.errorProperty(ActionItemEditViewModel.OWNER));
        FormBindings.markInvalid(personField, model.errorProperty(ActionItemEditViewModel.OWNER));
        FormBindings.onLeave(personField, () -> model.check(ActionItemEditViewModel.OWNER));
        initiativeField.setItems(FXCollections.observableArrayList(target.initiatives()));
        initiativeField.valueProperty().bindBidirectional(model.initiativeProperty());
        Platform.runLater(descriptionField::requestFocus);
    }

    private void bindUpdate(ActionItemEditViewModel model) {
        FollowUp row = model.row();
        heading.setText(row.item().description());
        context.setText(messages.get("actionItems.edit.context", row.meetingNumber(),
                formats.date(row.meetingStartsAt().toLocalDate()), row.agendaNumber(), row.agendaTitle(), row.owner()));
        if (model.isOverdue()) {
            overdueNote.setText(messages.get("actionItems.edit.overdue", formats.date(row.item().dueDate())));
            overdueNote.setGraphic(Icons.icon("mdi2c-clock-alert-outline", 16));
            reasonLabel.setText(messages.get("actionItems.edit.delayReason.required"));
        }
        statusField.valueProperty().bindBidirectional(model.statusProperty());
        reasonField.textProperty().bindBidirectional(model.delayReasonProperty());
    }

    /** The dialog's confirm button: saves, and closes the dialog once the service took it. */
    void save(Runnable close) {
        FormBindings.commitTyped(dueDateField);
        if (!viewModel.save(close)) {
            (viewModel.isNew() ? descriptionField : reasonField).requestFocus();
        }
    }

    private void fit() {
        if (root.getScene() != null) {
            root.getScene().getWindow().sizeToScene();
        }
    }

    private static void message(Node field, Label label, ReadOnlyStringProperty error) {
        FormBindings.message(label, error);
        FormBindings.markInvalid(field, error);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
