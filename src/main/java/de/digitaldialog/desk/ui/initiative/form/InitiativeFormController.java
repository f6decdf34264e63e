package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.ui.briefing.BriefingPreviewWindow;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.Tables;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;

/** Binds the initiative form to its view model; holds no rules of its own. */
public final class InitiativeFormController {

    /** What the window around the form does when the form is done. */
    public interface Host {
        void saved(Initiative initiative);

        void close();

        /** A reference line was opened: show its meeting. */
        void openMeeting(UUID meetingId);
    }

    private final InitiativeFormViewModel viewModel;
    private final Messages messages;
    private final ErrorReporter errors;
    private final Formats formats;
    private Host host = new Host() {
        @Override
        public void saved(Initiative initiative) {
        }

        @Override
        public void close() {
        }

        @Override
        public void openMeeting(UUID meetingId) {
        }
    };

    @FXML private BorderPane root;
    @FXML private Label heading;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label problem;
    @FXML private javafx.scene.layout.HBox staleBox;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private TextArea descriptionField;
    @FXML private FlowPane themeAreaBox;
    @FXML private Label leadBavariaLabel;
    @FXML private SearchableComboBox<Ministry> leadBavariaField;
    @FXML private Label leadNrwLabel;
    @FXML private SearchableComboBox<Ministry> leadNrwField;
    @FXML private Label leadError;
    @FXML private CheckComboBox<Ministry> participatingField;
    @FXML private CheckComboBox<Land> furtherLandsField;
    @FXML private ComboBox<Arena> arenaField;
    @FXML private ComboBox<Classification> classificationField;
    @FXML private VBox arenaReasonBox;
    @FXML private TextField arenaReasonField;
    @FXML private Label arenaReasonError;
    @FXML private TextField fileReferenceField;
    @FXML private DatePicker startDateField;
    @FXML private DatePicker targetDateField;
    @FXML private Label targetDateError;
    @FXML private TextField nextStepField;
    @FXML private CheckComboBox<Person> contactsField;
    @FXML private ComboBox<TrafficLight> trafficLightField;
    @FXML private TextField trafficLightReasonField;
    @FXML private TableView<MilestoneRow> milestoneTable;
    @FXML private TableColumn<MilestoneRow, Boolean> milestoneDoneColumn;
    @FXML private TableColumn<MilestoneRow, String> milestoneTitleColumn;
    @FXML private TableColumn<MilestoneRow, String> milestoneDueColumn;
    @FXML private TextField milestoneTitleField;
    @FXML private DatePicker milestoneDueField;
    @FXML private Label milestoneError;
    @FXML private Button applyMilestoneButton;
    @FXML private Button doneMilestoneButton;
    @FXML private Button removeMilestoneButton;
    @FXML private Label currentStatus;
    @FXML private VBox statusTargetBox;
    @FXML private ComboBox<InitiativeStatus> statusTargetField;
    @FXML private Label statusTargetError;
    @FXML private Label statusReasonLabel;
    @FXML private TextField statusReasonField;
    @FXML private Label statusReasonError;
    @FXML private Button changeStatusButton;
    @FXML private TableView<StatusChange> historyTable;
    @FXML private TableColumn<StatusChange, String> historyWhenColumn;
    @FXML private TableColumn<StatusChange, String> historyWhoColumn;
    @FXML private TableColumn<StatusChange, String> historyFromColumn;
    @FXML private TableColumn<StatusChange, String> historyToColumn;
    @FXML private TableColumn<StatusChange, String> historyWhyColumn;
    @FXML private javafx.scene.control.ListView<InitiativeFormViewModel.Reference> referenceList;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;
    @FXML private Button onePagerButton;
    private final BriefingPreviewWindow preview;

    public InitiativeFormController(InitiativeFormViewModel viewModel, Messages messages, ErrorReporter errors,
                                    BriefingPreviewWindow preview) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.errors = errors;
        this.preview = preview;
        this.formats = Formats.of(messages.locale());
    }

    @FXML
    private void initialize() {
        viewModel.onUnexpected(errors::report);
        onePagerButton.disableProperty().bind(viewModel.storedProperty().isNull());
        heading.textProperty().bind(viewModel.headingProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.getStyleClass().add("field-error");
        staleBox.visibleProperty().bind(viewModel.staleProperty());
        staleBox.managedProperty().bind(staleBox.visibleProperty());

        FormBindings.bind(titleField, viewModel.titleProperty());
        error(titleField, titleError, InitiativeFormViewModel.TITLE);
        descriptionField.textProperty().bindBidirectional(viewModel.descriptionProperty());
        viewModel.themeAreaOptions().addListener((ListChangeListener<ThemeArea>) change -> themeAreas());
        viewModel.themeAreaIds().addListener((ListChangeListener<UUID>) change -> syncThemeAreaChecks());

        leadBavariaLabel.setText(messages.get("initiativeForm.lead", viewModel.bavariaName()));
        leadNrwLabel.setText(messages.get("initiativeForm.lead", viewModel.nrwName()));
        viewModel.loadedProperty().addListener((observable, was, now) -> {
            leadBavariaLabel.setText(messages.get("initiativeForm.lead", viewModel.bavariaName()));
            leadNrwLabel.setText(messages.get("initiativeForm.lead", viewModel.nrwName()));
        });
        lead(leadBavariaField, viewModel.leadOptionsBavaria(), viewModel.leadBavariaProperty());
        lead(leadNrwField, viewModel.leadOptionsNrw(), viewModel.leadNrwProperty());
        FormBindings.message(leadError, viewModel.errorProperty(InitiativeFormViewModel.LEAD));
        FormBindings.markInvalid(leadBavariaField, viewModel.errorProperty(InitiativeFormViewModel.LEAD));
        FormBindings.markInvalid(leadNrwField, viewModel.errorProperty(InitiativeFormViewModel.LEAD));

        FormBindings.checks(participatingField, viewModel.participatingOptions(), viewModel.participating(), viewModel::ministryWithLand);
        FormBindings.checks(furtherLandsField, viewModel.furtherLandOptions(), viewModel.furtherLands(), viewModel::landLabel);
        FormBindings.checks(contactsField, viewModel.personOptions(), viewModel.contacts(), viewModel::personLabel);

        FormBindings.choice(arenaField, Arena.values(), messages, viewModel.arenaProperty());
        FormBindings.choice(classificationField, Classification.values(), messages, viewModel.classificationProperty());
        FormBindings.choice(trafficLightField, TrafficLight.values(), messages, viewModel.trafficLightProperty());
        arenaReasonBox.visibleProperty().bind(viewModel.arenaChangedProperty());
        arenaReasonBox.managedProperty().bind(arenaReasonBox.visibleProperty());
        FormBindings.bind(arenaReasonField, viewModel.arenaReasonProperty());
        error(arenaReasonField, arenaReasonError, InitiativeFormViewModel.ARENA_REASON);

        FormBindings.bind(fileReferenceField, viewModel.fileReferenceProperty());
        Converters.dates(startDateField, messages);
        Converters.dates(targetDateField, messages);
        Converters.dates(milestoneDueField, messages);
        startDateField.valueProperty().bindBidirectional(viewModel.startDateProperty());
        targetDateField.valueProperty().bindBidirectional(viewModel.targetDateProperty());
        error(targetDateField, targetDateError, InitiativeFormViewModel.TARGET_DATE);
        FormBindings.bind(nextStepField, viewModel.nextStepProperty());
        FormBindings.bind(trafficLightReasonField, viewModel.trafficLightReasonProperty());

        milestones();
        status();
        history();
        references();

        saveButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.loadedProperty().not()));
    }

    // --- pieces -------------------------------------------------------------------------------

    private void error(Node field, Label label, String name) {
        FormBindings.message(label, viewModel.errorProperty(name));
        FormBindings.markInvalid(field, viewModel.errorProperty(name));
    }

    private void themeAreas() {
        themeAreaBox.getChildren().clear();
        for (ThemeArea area : viewModel.themeAreaOptions()) {
            CheckBox box = new CheckBox(viewModel.themeAreaLabel(area));
            box.setId("themeArea-" + area.code());
            box.setGraphic(Icons.icon(area.icon(), 16, area.color()));
            box.setUserData(area.id());
            box.setSelected(viewModel.themeAreaIds().contains(area.id()));
            box.selectedProperty().addListener((observable, was, now) -> {
                if (now && !viewModel.themeAreaIds().contains(area.id())) {
                    viewModel.themeAreaIds().add(area.id());
                } else if (!now) {
                    viewModel.themeAreaIds().remove(area.id());
                }
            });
            themeAreaBox.getChildren().add(box);
        }
    }

    private void syncThemeAreaChecks() {
        for (Node node : themeAreaBox.getChildren()) {
            if (node instanceof CheckBox box) {
                box.setSelected(viewModel.themeAreaIds().contains((UUID) box.getUserData()));
            }
        }
    }

    private void lead(SearchableComboBox<Ministry> box, ObservableList<Ministry> options,
                      javafx.beans.property.ObjectProperty<Ministry> value) {
        box.setItems(options);
        box.setConverter(Converters.of(viewModel::ministryLabel));
        box.valueProperty().bindBidirectional(value);
    }

    private void milestones() {
        milestoneTable.setItems(viewModel.milestones());
        milestoneTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        milestoneDoneColumn.setCellValueFactory(cell -> cell.getValue().doneProperty());
        milestoneDoneColumn.setCellFactory(CheckBoxTableCell.forTableColumn(milestoneDoneColumn));
        milestoneDoneColumn.setEditable(true);
        milestoneTitleColumn.setCellValueFactory(cell -> cell.getValue().titleProperty());
        milestoneTitleColumn.setEditable(false);
        milestoneDueColumn.setCellValueFactory(cell -> javafx.beans.binding.Bindings.createStringBinding(
                () -> formats.date(cell.getValue().dueDateProperty().get()), cell.getValue().dueDateProperty()));
        milestoneDueColumn.setEditable(false);
        FormBindings.message(milestoneError, viewModel.errorProperty(InitiativeFormViewModel.MILESTONE));
        FormBindings.markInvalid(milestoneTitleField, viewModel.errorProperty(InitiativeFormViewModel.MILESTONE));
        var selected = milestoneTable.getSelectionModel().selectedItemProperty();
        selected.addListener((observable, was, row) -> {
            if (row != null) {
                milestoneTitleField.setText(row.titleProperty().get());
                milestoneDueField.setValue(row.dueDateProperty().get());
            }
        });
        applyMilestoneButton.disableProperty().bind(selected.isNull());
        doneMilestoneButton.disableProperty().bind(selected.isNull());
        removeMilestoneButton.disableProperty().bind(selected.isNull());
        milestoneTable.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
                int index = milestoneTable.getSelectionModel().getSelectedIndex();
                int moved = viewModel.moveMilestone(index, event.getCode() == KeyCode.UP ? -1 : 1);
                milestoneTable.getSelectionModel().clearAndSelect(moved);
                milestoneTable.getFocusModel().focus(moved);
                event.consume();
            }
        });
        milestoneTitleField.setOnAction(event -> addMilestone());
    }

    private void status() {
        currentStatus.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.label(viewModel.statusProperty().get()), viewModel.statusProperty()));
        statusTargetField.setItems(viewModel.allowedTargets());
        statusTargetField.setConverter(Converters.of(messages::label));
        statusTargetField.valueProperty().bindBidirectional(viewModel.statusTargetProperty());
        error(statusTargetField, statusTargetError, InitiativeFormViewModel.STATUS_TARGET);
        FormBindings.bind(statusReasonField, viewModel.statusReasonProperty());
        error(statusReasonField, statusReasonError, InitiativeFormViewModel.STATUS_REASON);
        statusTargetBox.visibleProperty().bind(viewModel.isNewProperty().not());
        statusTargetBox.managedProperty().bind(statusTargetBox.visibleProperty());
        changeStatusButton.visibleProperty().bind(viewModel.isNewProperty().not());
        changeStatusButton.managedProperty().bind(changeStatusButton.visibleProperty());
        changeStatusButton.disableProperty().bind(viewModel.busyProperty()
                .or(javafx.beans.binding.Bindings.isEmpty(viewModel.allowedTargets())));
        statusReasonLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get(viewModel.isNewProperty().get()
                        ? "initiativeForm.create.reason" : "initiativeForm.status.reason"),
                viewModel.isNewProperty()));
    }

    /** Reference lines open their meeting on double-click or Enter. */
    private void references() {
        referenceList.setItems(viewModel.references());
        referenceList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(InitiativeFormViewModel.Reference item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
        Tables.openItems(referenceList, chosen -> {
            if (chosen.meetingId() != null) {
                host.openMeeting(chosen.meetingId());
            }
        });
    }

    private void history() {
        historyTable.setItems(viewModel.history());
        historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        historyTable.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(StatusChange entry, boolean empty) {
                super.updateItem(entry, empty);
                // the whole entry at a glance when a column is too narrow
                setTooltip(empty || entry == null ? null : new javafx.scene.control.Tooltip(
                        formats.dateTime(entry.changedAt()) + " · " + entry.changedBy() + "\n"
                                + viewModel.historyValue(entry, entry.fromValue()) + " → "
                                + viewModel.historyValue(entry, entry.toValue()) + "\n" + entry.reason()));
            }
        });
        text(historyWhenColumn, entry -> formats.dateTime(entry.changedAt()));
        text(historyWhoColumn, StatusChange::changedBy);
        text(historyFromColumn, entry -> (entry.kind() == StatusChange.Kind.ARENA
                ? messages.get("initiativeForm.history.arena") + " " : "")
                + viewModel.historyValue(entry, entry.fromValue()));
        text(historyToColumn, entry -> viewModel.historyValue(entry, entry.toValue()));
        text(historyWhyColumn, StatusChange::reason);
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    // --- actions ------------------------------------------------------------------------------

    @FXML
    private void addMilestone() {
        if (viewModel.addMilestone(milestoneTitleField.getText(), milestoneDueField.getValue())) {
            milestoneTitleField.clear();
            milestoneDueField.setValue(null);
            milestoneTable.getSelectionModel().clearSelection();
            milestoneTitleField.requestFocus();
        }
    }

    @FXML
    private void applyMilestone() {
        MilestoneRow row = milestoneTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.editMilestone(row, milestoneTitleField.getText(), milestoneDueField.getValue());
        }
    }

    @FXML
    private void toggleMilestoneDone() {
        MilestoneRow row = milestoneTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            row.doneProperty().set(!row.doneProperty().get());
        }
    }

    @FXML
    private void removeMilestone() {
        MilestoneRow row = milestoneTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.removeMilestone(row);
        }
    }

    /** After a concurrent change: shows the stored version; the own edits are dropped. */
    @FXML
    private void reload() {
        viewModel.reload();
    }

    @FXML
    private void changeStatus() {
        commitTypedDates();
        viewModel.changeStatus(host::saved);
    }

    /** Ctrl+S and the save button. */
    @FXML
    public void save() {
        save(initiative -> { });
    }

    private void save(Consumer<Initiative> then) {
        commitTypedDates();
        viewModel.save(initiative -> {
            host.saved(initiative);
            then.accept(initiative);
        });
    }

    private void commitTypedDates() {
        FormBindings.commitTyped(startDateField);
        FormBindings.commitTyped(targetDateField);
    }

    /** Esc and the cancel button: leaves, asking first when there are unsaved changes. */
    @FXML
    public void cancel() {
        requestClose();
    }

    /** Closes the form; with unsaved changes it asks first: save, discard or stay. */
    public void requestClose() {
        if (!viewModel.isDirty()) {
            host.close();
            return;
        }
        ButtonType save = new ButtonType(messages.get("initiativeForm.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("initiativeForm.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("initiativeForm.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.setTitle(messages.get("initiativeForm.unsaved.title"));
        dialog.setHeaderText(messages.get("initiativeForm.unsaved.text"));
        dialog.getDialogPane().setId("unsavedDialog");
        dialog.getDialogPane().getStylesheets().add(de.digitaldialog.desk.ui.common.ViewLoader.stylesheet());
        dialog.getDialogPane().getButtonTypes().setAll(save, discard, stay);
        dialog.getDialogPane().lookupButton(save).setId("unsavedSave");
        dialog.getDialogPane().lookupButton(discard).setId("unsavedDiscard");
        dialog.getDialogPane().lookupButton(stay).setId("unsavedCancel");
        dialog.showAndWait().ifPresent(answer -> {
            if (answer == save) {
                save(initiative -> host.close());
            } else if (answer == discard) {
                host.close();
            }
        });
    }

    void host(Host host) {
        this.host = host;
    }

    public InitiativeFormViewModel viewModel() {
        return viewModel;
    }

    BorderPane root() {
        return root;
    }

    /** The one-pager of the initiative as stored (unsaved edits are not in it). */
    @FXML
    private void openOnePager() {
        Initiative stored = viewModel.storedProperty().get();
        if (stored != null) {
            preview.open(onePagerButton.getScene().getWindow(),
                    BriefingRequest.initiative(stored.number(), messages.locale()));
        }
    }
}
