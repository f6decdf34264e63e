package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.attachments.AttachmentsController;
import de.digitaldialog.desk.ui.attachments.AttachmentsViewModel;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The agenda tab of a meeting: the TOP list on the left (Alt+↑/↓ moves, Alt+→/← nests, Delete
 * removes, Insert adds), the selected TOP's details and, from the meeting's start on, its minutes.
 */
public final class AgendaController {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final AgendaViewModel viewModel;
    private final Messages messages;
    private final Formats formats;
    private final ViewLoader views;

    @FXML
    private SplitPane root;
    @FXML
    private ListView<AgendaItem> agendaList;
    @FXML
    private Label timeLabel;
    @FXML
    private Button addButton;
    @FXML
    private Button upButton;
    @FXML
    private Button downButton;
    @FXML
    private Button indentButton;
    @FXML
    private Button outdentButton;
    @FXML
    private Button removeButton;
    @FXML
    private VBox detail;
    @FXML
    private Label problem;
    @FXML
    private Label detailHeading;
    @FXML
    private TextField titleField;
    @FXML
    private Label titleError;
    @FXML
    private ComboBox<ThemeArea> themeAreaField;
    @FXML
    private TextField minutesField;
    @FXML
    private Label minutesError;
    @FXML
    private SearchableComboBox<Ministry> presenterMinistryField;
    @FXML
    private SearchableComboBox<Person> presenterPersonField;
    @FXML
    private SearchableComboBox<InitiativeSummary> initiativeSearch;
    @FXML
    private Button linkButton;
    @FXML
    private ListView<InitiativeSummary> linkedList;
    @FXML
    private TextArea backgroundField;
    @FXML
    private TextArea proposedDecisionField;
    @FXML
    private TextArea talkingPointsField;
    @FXML
    private DatePicker deadlineField;
    @FXML
    private SearchableComboBox<Ministry> inputOwnerField;
    @FXML
    private Label deadlineError;
    @FXML
    private Label inputState;
    @FXML
    private Button receivedButton;
    @FXML
    private VBox topAttachments;
    @FXML
    private CheckBox classifiedField;
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
    @FXML
    private Button saveButton;

    private boolean reverting;

    public AgendaController(AgendaViewModel viewModel, Messages messages, ViewLoader views) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.views = views;
        this.formats = Formats.of(messages.locale());
    }

    public AgendaViewModel viewModel() {
        return viewModel;
    }

    /** Shows the agenda of this meeting; called again when the meeting was saved or changed status. */
    public void show(Meeting meeting) {
        viewModel.show(meeting);
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(AgendaController.class.getResource("agenda.css").toExternalForm());
        agendaList.setItems(viewModel.items());
        agendaList.setCellFactory(list -> new AgendaCell());
        agendaList.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> selected(was, now));
        agendaList.addEventFilter(KeyEvent.KEY_PRESSED, this::listKeys);
        timeLabel.textProperty().bind(viewModel.timeText());
        viewModel.overrun().addListener((observable, was, over) -> overrunStyle(over));
        var none = agendaList.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty());
        var noMeeting = viewModel.meetingProperty().isNull();
        addButton.disableProperty().bind(noMeeting.or(viewModel.busyProperty()));
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        indentButton.disableProperty().bind(none.or(viewModel.numbersFrozen()));
        outdentButton.disableProperty().bind(none.or(viewModel.numbersFrozen()));
        removeButton.disableProperty().bind(none);

        detail.disableProperty().bind(viewModel.hasDraftProperty().not());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        detailHeading.textProperty().bind(Bindings.createStringBinding(() -> {
            AgendaItem item = viewModel.editingProperty().get();
            if (item == null) {
                return messages.get("agenda.none");
            }
            return item.number() == null ? messages.get("agenda.newHeading") : messages.get("agenda.heading",
                    item.number());
        }, viewModel.editingProperty()));

        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        message(titleField, titleError, AgendaViewModel.TITLE);
        themeAreaField.setItems(viewModel.themeAreas());
        themeAreaField.setConverter(converter(area -> area.name().in(messages.locale())));
        themeAreaField.valueProperty().bindBidirectional(viewModel.themeAreaProperty());
        minutesField.textProperty().bindBidirectional(viewModel.plannedMinutesProperty());
        message(minutesField, minutesError, AgendaViewModel.MINUTES);
        presenterMinistryField.setItems(viewModel.ministries());
        presenterMinistryField.setConverter(converter(this::ministryName));
        presenterMinistryField.valueProperty().bindBidirectional(viewModel.presenterMinistryProperty());
        presenterPersonField.setItems(viewModel.persons());
        presenterPersonField.setConverter(converter(AgendaController::personName));
        presenterPersonField.valueProperty().bindBidirectional(viewModel.presenterPersonProperty());

        initiativeSearch.setItems(viewModel.initiatives());
        initiativeSearch.setConverter(converter(AgendaController::initiativeName));
        linkButton.disableProperty().bind(initiativeSearch.valueProperty().isNull());
        linkedList.setItems(viewModel.linked());
        linkedList.setCellFactory(list -> new LinkedCell());

        backgroundField.textProperty().bindBidirectional(viewModel.backgroundProperty());
        proposedDecisionField.textProperty().bindBidirectional(viewModel.proposedDecisionProperty());
        talkingPointsField.textProperty().bindBidirectional(viewModel.talkingPointsProperty());
        deadlineField.valueProperty().bindBidirectional(viewModel.inputDeadlineProperty());
        Converters.dates(deadlineField, messages);
        message(deadlineField, deadlineError, AgendaViewModel.DEADLINE);
        inputOwnerField.setItems(viewModel.ministries());
        inputOwnerField.setConverter(converter(this::ministryName));
        inputOwnerField.valueProperty().bindBidirectional(viewModel.inputOwnerProperty());
        inputState.textProperty().bind(Bindings.createStringBinding(() -> viewModel.inputReceivedAtProperty().get()
                        == null ? messages.get("agenda.input.open")
                        : messages.get("agenda.input.received", formats.dateTime(viewModel.inputReceivedAtProperty().get())),
                viewModel.inputReceivedAtProperty()));
        receivedButton.textProperty().bind(Bindings.when(viewModel.inputReceivedAtProperty().isNull())
                .then(messages.get("agenda.input.markReceived")).otherwise(messages.get("agenda.input.markOpen")));
        attachments();
        classifiedField.selectedProperty().bindBidirectional(viewModel.classifiedProperty());

        var closed = viewModel.minutesOpen().not();
        minutesClosed.textProperty().bind(Bindings.createStringBinding(() -> {
            Meeting meeting = viewModel.meetingProperty().get();
            return meeting == null || !closed.get() ? ""
                    : messages.get("agenda.record.closed", formats.dateTime(meeting.startsAt()));
        }, viewModel.meetingProperty(), closed));
        minutesClosed.visibleProperty().bind(closed);
        minutesClosed.managedProperty().bind(closed);
        outcomeField.setItems(FXCollections.observableArrayList(AgendaOutcome.values()));
        outcomeField.getItems().add(0, null);
        outcomeField.setConverter(converter(messages::label));
        outcomeField.valueProperty().bindBidirectional(viewModel.outcomeProperty());
        outcomeField.disableProperty().bind(closed);
        addDecisionButton.disableProperty().bind(closed);
        decisionBox.disableProperty().bind(closed);
        viewModel.decisions().addListener((javafx.collections.ListChangeListener<AgendaViewModel.DecisionRow>)
                change -> decisionRows());
        FormBindings.message(recordError, viewModel.errorProperty(AgendaViewModel.RECORD));
        addActionButton.disableProperty().bind(closed.or(Bindings.createBooleanBinding(() ->
                viewModel.editingProperty().get() == null || viewModel.editingProperty().get().audit() == null,
                viewModel.editingProperty())));
        actionTable.setItems(viewModel.actionItems());
        actionTable.setPlaceholder(new Label(messages.get("agenda.actions.none")));
        actionWhatColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().description()));
        actionOwnerColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.ownerName(cell.getValue())));
        actionDueColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().dueDate() == null ? "" : formats.date(cell.getValue().dueDate())));
        actionStatusColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(messages.label(cell.getValue().status())));
        saveButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.dirtyProperty().not()));

        root.sceneProperty().addListener((observable, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().putIfAbsent(SAVE, this::save);
            }
        });
    }

    /** The documents of the TOP shown, e.g. the input that arrived; a new TOP takes them once saved. */
    private void attachments() {
        View<AttachmentsController> view = views.load(AttachmentsController.class);
        topAttachments.getChildren().setAll(view.root());
        viewModel.editingProperty().addListener((observable, was, item) -> view.controller().show(
                item == null || item.audit() == null ? null : AttachmentsViewModel.Owner.agendaItem(item.id())));
    }

    private void message(Node field, Label label, String name) {
        FormBindings.message(label, viewModel.errorProperty(name));
        FormBindings.markInvalid(field, viewModel.errorProperty(name));
    }

    private void overrunStyle(boolean over) {
        timeLabel.getStyleClass().remove("agenda-overrun");
        timeLabel.setGraphic(over ? Icons.icon("mdi2c-clock-alert-outline", 16) : null);
        if (over) {
            timeLabel.getStyleClass().add("agenda-overrun");
        }
    }

    /** A change of selection with unsaved edits asks first; "Abbrechen" keeps the TOP shown. */
    private void selected(AgendaItem was, AgendaItem now) {
        if (reverting || now == null) {
            return;
        }
        if (viewModel.dirtyProperty().get() && !confirmDiscard()) {
            reverting = true;
            javafx.application.Platform.runLater(() -> {
                agendaList.getSelectionModel().select(was);
                reverting = false;
            });
            return;
        }
        viewModel.edit(now);
    }

    /** Before the meeting's window closes: true when no TOP edit is pending or the user drops it. */
    public boolean confirmLeave() {
        return !viewModel.dirtyProperty().get() || confirmDiscard();
    }

    private boolean confirmDiscard() {
        ButtonType discard = new ButtonType(messages.get("agenda.discard"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("agenda.discard.text"), discard,
                ButtonType.CANCEL);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    private void listKeys(KeyEvent event) {
        AgendaItem item = agendaList.getSelectionModel().getSelectedItem();
        if (event.isAltDown() && item != null) {
            switch (event.getCode()) {
                case UP -> viewModel.move(item, -1);
                case DOWN -> viewModel.move(item, 1);
                case RIGHT -> viewModel.setSubItem(item, true);
                case LEFT -> viewModel.setSubItem(item, false);
                default -> {
                    return;
                }
            }
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE && item != null) {
            event.consume();
            remove();
        } else if (event.getCode() == KeyCode.INSERT) {
            event.consume();
            add();
        } else if (event.getCode() == KeyCode.ENTER && item != null) {
            event.consume();
            titleField.requestFocus();
        }
    }

    @FXML
    private void add() {
        if (viewModel.dirtyProperty().get() && !confirmDiscard()) {
            return;
        }
        agendaList.getSelectionModel().clearSelection();
        viewModel.newItem();
        titleField.requestFocus();
        titleField.selectAll();
    }

    @FXML
    private void up() {
        viewModel.move(agendaList.getSelectionModel().getSelectedItem(), -1);
    }

    @FXML
    private void down() {
        viewModel.move(agendaList.getSelectionModel().getSelectedItem(), 1);
    }

    @FXML
    private void indent() {
        viewModel.setSubItem(agendaList.getSelectionModel().getSelectedItem(), true);
    }

    @FXML
    private void outdent() {
        viewModel.setSubItem(agendaList.getSelectionModel().getSelectedItem(), false);
    }

    @FXML
    private void remove() {
        AgendaItem item = agendaList.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        ButtonType delete = new ButtonType(messages.get("agenda.remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get("agenda.remove.text", item.number(), item.title()), delete, ButtonType.CANCEL);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        if (alert.showAndWait().filter(delete::equals).isPresent()) {
            viewModel.remove(item);
        }
    }

    @FXML
    private void link() {
        viewModel.link(initiativeSearch.getValue());
        initiativeSearch.setValue(null);
    }

    @FXML
    private void toggleReceived() {
        viewModel.markInputReceived(viewModel.inputReceivedAtProperty().get() == null);
    }

    @FXML
    private void addDecision() {
        viewModel.addDecision();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    /** One row per decision: its text, the initiative it concerns and the step it may start. */
    private void decisionRows() {
        decisionBox.getChildren().setAll(viewModel.decisions().stream().map(this::decisionRow).toList());
    }

    private Node decisionRow(AgendaViewModel.DecisionRow row) {
        TextArea text = new TextArea();
        text.setPrefRowCount(2);
        text.setWrapText(true);
        text.getStyleClass().add("agenda-decision");
        text.textProperty().bindBidirectional(row.textProperty());
        SearchableComboBox<InitiativeSummary> initiative = new SearchableComboBox<>(viewModel.initiatives());
        initiative.setConverter(converter(AgendaController::initiativeName));
        initiative.valueProperty().bindBidirectional(row.initiativeProperty());
        initiative.setPromptText(messages.get("agenda.decision.initiative"));
        initiative.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(initiative, Priority.ALWAYS);
        Button apply = new Button(messages.get("agenda.decision.apply"));
        apply.setGraphic(Icons.icon("mdi2s-swap-horizontal", 16));
        apply.disableProperty().bind(row.initiativeProperty().isNull().or(viewModel.dirtyProperty()));
        apply.setOnAction(event -> applyDecision(row));
        Button delete = new Button();
        delete.setGraphic(Icons.icon("mdi2d-delete-outline", 16));
        delete.getStyleClass().add("flat");
        delete.setOnAction(event -> viewModel.decisions().remove(row));
        return new VBox(4, text, new HBox(6, initiative, apply, delete));
    }

    private void applyDecision(AgendaViewModel.DecisionRow row) {
        InitiativeSummary initiative = row.initiativeProperty().get();
        ComboBox<InitiativeStatus> target = new ComboBox<>(
                FXCollections.observableArrayList(viewModel.statusSteps(initiative)));
        target.setConverter(converter(messages::label));
        ButtonType change = new ButtonType(messages.get("agenda.decision.applyConfirm"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(messages.get("agenda.decision.apply"));
        dialog.setHeaderText(messages.get("agenda.decision.applyHeader", initiative.number(),
                messages.label(initiative.status())));
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.get("agenda.decision.target")), target));
        dialog.getDialogPane().getButtonTypes().setAll(change, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(change).disableProperty().bind(target.valueProperty().isNull());
        dialog.showAndWait().filter(change::equals)
                .ifPresent(ok -> viewModel.applyDecision(row, target.getValue(), this::inform));
    }

    @FXML
    private void addAction() {
        TextField what = new TextField();
        SearchableComboBox<Ministry> owner = new SearchableComboBox<>(viewModel.ministries());
        owner.setConverter(converter(this::ministryName));
        SearchableComboBox<Person> person = new SearchableComboBox<>(viewModel.persons());
        person.setConverter(converter(AgendaController::personName));
        DatePicker due = new DatePicker(LocalDate.now().plusWeeks(4));
        SearchableComboBox<InitiativeSummary> initiative = new SearchableComboBox<>(viewModel.initiatives());
        initiative.setConverter(converter(AgendaController::initiativeName));
        if (viewModel.linked().size() == 1) {
            initiative.setValue(viewModel.linked().get(0));
        }
        Label error = new Label();
        FormBindings.message(error, viewModel.errorProperty(AgendaViewModel.ACTION));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("agenda.action.what")), what);
        form.addRow(1, new Label(messages.get("agenda.action.ministry")), owner);
        form.addRow(2, new Label(messages.get("agenda.action.person")), person);
        form.addRow(3, new Label(messages.get("agenda.action.due")), due);
        form.addRow(4, new Label(messages.get("agenda.action.initiative")), initiative);
        form.add(error, 1, 5);
        what.setPrefColumnCount(36);
        ButtonType record = new ButtonType(messages.get("agenda.action.record"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(messages.get("agenda.action.add"));
        dialog.setHeaderText(messages.get("agenda.action.header", viewModel.editingProperty().get().number()));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(record, ButtonType.CANCEL);
        Node recordButton = dialog.getDialogPane().lookupButton(record);
        recordButton.disableProperty().bind(what.textProperty().isEmpty());
        // keep the dialog open until the service took it: a refusal shows in the dialog
        recordButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.addActionItem(what.getText(), owner.getValue(), person.getValue(), due.getValue(),
                    initiative.getValue(), dialog::close);
        });
        dialog.showAndWait();
    }

    private void inform(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        alert.show();
    }

    private String ministryName(Ministry ministry) {
        return ministry.abbreviation() + " – " + ministry.name().in(messages.locale());
    }

    private static String personName(Person person) {
        String title = person.academicTitle() == null || person.academicTitle().isBlank() ? ""
                : person.academicTitle() + " ";
        return title + person.firstName() + " " + person.lastName();
    }

    private static String initiativeName(InitiativeSummary initiative) {
        return initiative.number() + " " + initiative.title();
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return Converters.of(label);
    }

    /** "2.1  Title", indented for sub-items, with the planned minutes and a mark for missing input. */
    private final class AgendaCell extends ListCell<AgendaItem> {
        @Override
        protected void updateItem(AgendaItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("agenda-sub");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean sub = item.number().contains(".");
            if (sub) {
                getStyleClass().add("agenda-sub");
            }
            StringBuilder text = new StringBuilder(messages.get("agenda.cell", item.number(), item.title()));
            if (item.plannedMinutes() != null) {
                text.append(messages.get("agenda.cell.minutes", item.plannedMinutes()));
            }
            if (item.outcome() != null) {
                text.append(" · ").append(messages.label(item.outcome()));
            }
            HBox marks = new HBox(4);
            if (item.classification() == Classification.VS_NFD) {
                marks.getChildren().add(Icons.classified(item.classification()));
            }
            if (viewModel.inputMissing(item)) {
                Label missing = new Label(messages.get("agenda.input.missing"),
                        Icons.icon("mdi2a-alert-circle-outline", 14));
                missing.getStyleClass().add("agenda-missing");
                marks.getChildren().add(missing);
            }
            setText(text.toString());
            setGraphic(marks.getChildren().isEmpty() ? null : marks);
            setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        }
    }

    /** A linked initiative with a button to unlink it. */
    private final class LinkedCell extends ListCell<InitiativeSummary> {
        @Override
        protected void updateItem(InitiativeSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(initiativeName(item) + " (" + messages.label(item.status()) + ")");
            Button unlink = new Button();
            unlink.setGraphic(Icons.icon("mdi2l-link-off", 14));
            unlink.getStyleClass().add("flat");
            unlink.setOnAction(event -> viewModel.linked().remove(item));
            setGraphic(unlink);
            // the button first: a long title must not push it out of sight
            setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
        }
    }
}
