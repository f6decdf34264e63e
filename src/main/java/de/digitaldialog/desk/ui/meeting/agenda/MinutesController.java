package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.actionitem.form.ActionItemEditDialog;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Prompt;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;

/**
 * Binds the minutes of the TOP shown, open from the meeting's start on: the outcome, the
 * decisions (each may start its initiative's status step) and the action items.
 */
public final class MinutesController {

    private final Messages messages;
    private final Formats formats;
    private final DialogService dialogs;
    private final ActionItemEditDialog actionItemDialog;
    private AgendaViewModel agenda;

    @FXML
    private TitledPane minutesPane;
    @FXML
    private Label minutesClosed;
    @FXML
    private ComboBox<AgendaOutcome> outcomeField;
    @FXML
    private Button addDecisionButton;
    @FXML
    private VBox decisionBox;
    @FXML
    private Label recordError;
    @FXML
    private Button addActionButton;
    @FXML
    private TableView<ActionItem> actionTable;
    @FXML
    private TableColumn<ActionItem, String> actionWhatColumn;
    @FXML
    private TableColumn<ActionItem, String> actionOwnerColumn;
    @FXML
    private TableColumn<ActionItem, String> actionDueColumn;
    @FXML
    private TableColumn<ActionItem, String> actionStatusColumn;

    public MinutesController(Messages messages, DialogService dialogs, ActionItemEditDialog actionItemDialog) {
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
        this.dialogs = dialogs;
        this.actionItemDialog = actionItemDialog;
    }

    void bind(AgendaViewModel shown) {
        this.agenda = shown;
        TopEditorViewModel editor = agenda.editor();
        var closed = agenda.minutesOpen().not();
        minutesClosed.textProperty().bind(Bindings.createStringBinding(() -> {
            Meeting meeting = agenda.meetingProperty().get();
            return meeting == null || !closed.get() ? ""
                    : messages.get("agenda.record.closed", formats.dateTime(meeting.startsAt()));
        }, agenda.meetingProperty(), closed));
        minutesClosed.visibleProperty().bind(closed);
        minutesClosed.managedProperty().bind(closed);
        outcomeField.setItems(FXCollections.observableArrayList(AgendaOutcome.values()));
        outcomeField.getItems().add(0, null);
        outcomeField.setConverter(Converters.of(messages::label));
        outcomeField.valueProperty().bindBidirectional(editor.outcomeProperty());
        outcomeField.disableProperty().bind(closed);
        addDecisionButton.disableProperty().bind(closed);
        decisionBox.disableProperty().bind(closed);
        agenda.decisions().rows().addListener((ListChangeListener<DecisionsViewModel.DecisionRow>)
                change -> decisionRows());
        FormBindings.message(recordError, editor.errorProperty(TopEditorViewModel.RECORD));
        addActionButton.disableProperty().bind(closed.or(agenda.savedItemShown().not()));
        actionTable.setItems(agenda.actionItems().items());
        actionTable.setPlaceholder(new Label(messages.get("agenda.actions.none")));
        actionWhatColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().description()));
        actionOwnerColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                agenda.choices().ownerName(cell.getValue())));
        actionDueColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().dueDate() == null ? "" : formats.date(cell.getValue().dueDate())));
        actionStatusColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                messages.label(cell.getValue().status())));
    }

    @FXML
    private void addDecision() {
        agenda.editor().addDecision();
    }

    /** One row per decision: its text, the initiative it concerns and the step it may start. */
    private void decisionRows() {
        decisionBox.getChildren().setAll(agenda.decisions().rows().stream().map(this::decisionRow).toList());
    }

    private Node decisionRow(DecisionsViewModel.DecisionRow row) {
        TextArea text = new TextArea();
        text.setPrefRowCount(2);
        text.setWrapText(true);
        text.getStyleClass().add("agenda-decision");
        text.textProperty().bindBidirectional(row.textProperty());
        SearchableComboBox<InitiativeSummary> initiative = new SearchableComboBox<>(agenda.choices().initiatives());
        initiative.setConverter(Converters.of(agenda.choices()::initiativeName));
        initiative.valueProperty().bindBidirectional(row.initiativeProperty());
        initiative.setPromptText(messages.get("agenda.decision.initiative"));
        initiative.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(initiative, Priority.ALWAYS);
        Button apply = new Button(messages.get("agenda.decision.apply"));
        apply.setGraphic(Icons.icon("mdi2s-swap-horizontal", 16));
        apply.disableProperty().bind(row.initiativeProperty().isNull().or(agenda.editor().dirtyProperty()));
        apply.setOnAction(event -> applyDecision(row));
        Button delete = new Button();
        delete.setGraphic(Icons.icon("mdi2d-delete-outline", 16));
        delete.getStyleClass().add("flat");
        delete.setOnAction(event -> agenda.decisions().rows().remove(row));
        return new VBox(4, text, new HBox(6, initiative, apply, delete));
    }

    /** Asks for the status step the decision starts, then takes it and says what happened. */
    private void applyDecision(DecisionsViewModel.DecisionRow row) {
        ComboBox<InitiativeStatus> target = new ComboBox<>(FXCollections.observableArrayList(
                agenda.decisions().statusSteps(row.initiativeProperty().get())));
        target.setConverter(Converters.of(messages::label));
        Label label = new Label(messages.get("agenda.decision.target"));
        label.setLabelFor(target);
        Window owner = window();
        String title = messages.get("agenda.decision.apply");
        if (dialogs.ask(owner, Prompt.of("applyDecision", title, new VBox(6, label, target))
                .header(agenda.decisions().applyHeader(row))
                .confirm(messages.get("agenda.decision.applyConfirm"))
                .disabledWhile(target.valueProperty().isNull()))) {
            agenda.applyDecision(row, target.getValue(), text -> dialogs.inform(owner, title, text));
        }
    }

    /** "Auftrag erfassen": the action item's own form, for the TOP shown. */
    @FXML
    private void addAction() {
        TopEditorViewModel editor = agenda.editor();
        actionItemDialog.open(window(), agenda.actionItems().newActionItem(editor.editingProperty().get(),
                editor.linked()));
    }

    private Window window() {
        return minutesPane.getScene().getWindow();
    }
}
