package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeletionKind;
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
import de.digitaldialog.desk.ui.common.form.CloseGuard;
import de.digitaldialog.desk.ui.common.form.FormHeader;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.person.quick.QuickPerson;
import de.digitaldialog.desk.ui.trash.DeletionFlow;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
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
    @FXML private HBox staleBox;
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
    @FXML private Button newContactButton;
    @FXML private ComboBox<TrafficLight> trafficLightField;
    @FXML private TextField trafficLightReasonField;
    @FXML private TableView<MilestoneRow> milestoneTable;
    @FXML private TableColumn<MilestoneRow, Boolean> milestoneDoneColumn;
    @FXML private TableColumn<MilestoneRow, String> milestoneTitleColumn;
    @FXML private TableColumn<MilestoneRow, String> milestoneDueColumn;
    @FXML private TextField milestoneTitleField;
    @FXML private DatePicker milestoneDueField;
    @FXML private Label milestoneError;
    @FXML private Button addMilestoneButton;
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
    @FXML private ListView<HistoryViewModel.Reference> referenceList;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;
    @FXML private Button onePagerButton;
    @FXML private Button deleteButton;
    private final DeletionFlow deletion;
    private final BriefingPreviewWindow preview;
    private final CloseGuard closeGuard;
    private final QuickPerson quickPerson;

    public InitiativeFormController(InitiativeFormViewModel viewModel, Messages messages, ErrorReporter errors,
                                    BriefingPreviewWindow preview, CloseGuard closeGuard, DeletionFlow deletion,
                                    QuickPerson quickPerson) {
        this.viewModel = viewModel;
        this.deletion = deletion;
        this.messages = messages;
        this.errors = errors;
        this.preview = preview;
        this.closeGuard = closeGuard;
        this.quickPerson = quickPerson;
        this.formats = Formats.of(messages.locale());
    }

    @FXML
    private void initialize() {
        FormModel<Initiative> form = viewModel.form();
        InitiativeFieldsViewModel fields = viewModel.fields();
        InitiativeChoices choices = viewModel.choices();
        form.onUnexpected(errors::report);
        onePagerButton.disableProperty().bind(form.storedProperty().isNull());
        deleteButton.disableProperty().bind(form.storedProperty().isNull().or(form.busyProperty()));
        FormHeader.bind(form, heading, busyIndicator, problem, staleBox);

        FormBindings.bind(titleField, fields.titleProperty());
        error(titleField, titleError, InitiativeFieldsViewModel.TITLE);
        checkOnLeave(titleField, InitiativeFieldsViewModel.TITLE);
        descriptionField.textProperty().bindBidirectional(fields.descriptionProperty());
        choices.themeAreas().addListener((ListChangeListener<ThemeArea>) change -> themeAreas());
        fields.themeAreaIds().addListener((ListChangeListener<UUID>) change -> syncThemeAreaChecks());

        leadLabels();
        form.loadedProperty().addListener((observable, was, now) -> leadLabels());
        lead(leadBavariaField, choices.leadsBavaria(), fields.leadBavariaProperty());
        lead(leadNrwField, choices.leadsNrw(), fields.leadNrwProperty());
        FormBindings.message(leadError, form.errorProperty(InitiativeFieldsViewModel.LEAD));
        FormBindings.markInvalid(leadBavariaField, form.errorProperty(InitiativeFieldsViewModel.LEAD));
        FormBindings.markInvalid(leadNrwField, form.errorProperty(InitiativeFieldsViewModel.LEAD));

        FormBindings.checks(participatingField, choices.participating(), fields.participating(), choices::ministryWithLand);
        FormBindings.checks(furtherLandsField, choices.furtherLands(), fields.furtherLands(), choices::landLabel);
        FormBindings.checks(contactsField, choices.persons(), fields.contacts(), choices::personLabel);
        quickPerson.attach(newContactButton, null, person -> {
            choices.personCreated(person);
            fields.contacts().add(person);
        });

        FormBindings.choice(arenaField, Arena.values(), messages, fields.arenaProperty());
        FormBindings.choice(classificationField, Classification.values(), messages, fields.classificationProperty());
        FormBindings.choice(trafficLightField, TrafficLight.values(), messages, fields.trafficLightProperty());
        arenaReasonBox.visibleProperty().bind(viewModel.workflow().arenaChangedProperty());
        arenaReasonBox.managedProperty().bind(arenaReasonBox.visibleProperty());
        FormBindings.bind(arenaReasonField, viewModel.workflow().arenaReasonProperty());
        error(arenaReasonField, arenaReasonError, StatusWorkflowViewModel.ARENA_REASON);
        checkOnLeave(arenaReasonField, StatusWorkflowViewModel.ARENA_REASON);

        FormBindings.bind(fileReferenceField, fields.fileReferenceProperty());
        Converters.dates(startDateField, messages);
        Converters.dates(targetDateField, messages);
        Converters.dates(milestoneDueField, messages);
        startDateField.valueProperty().bindBidirectional(fields.startDateProperty());
        targetDateField.valueProperty().bindBidirectional(fields.targetDateProperty());
        error(targetDateField, targetDateError, InitiativeFieldsViewModel.TARGET_DATE);
        for (DatePicker date : List.of(startDateField, targetDateField)) {
            FormBindings.onLeave(date, () -> {
                FormBindings.commitTyped(date);
                viewModel.check(InitiativeFieldsViewModel.TARGET_DATE);
            });
        }
        FormBindings.bind(nextStepField, fields.nextStepProperty());
        FormBindings.bind(trafficLightReasonField, fields.trafficLightReasonProperty());

        new MilestonesBinding(viewModel.milestones(), new MilestonesBinding.Controls(milestoneTable,
                milestoneDoneColumn, milestoneTitleColumn, milestoneDueColumn, milestoneTitleField, milestoneDueField,
                milestoneError, addMilestoneButton, applyMilestoneButton, doneMilestoneButton, removeMilestoneButton),
                formats, form.errorProperty(MilestonesViewModel.FIELD));
        status();
        new HistoryBinding(viewModel.history(), messages, formats).bind(historyTable, List.of(historyWhenColumn,
                historyWhoColumn, historyFromColumn, historyToColumn, historyWhyColumn), referenceList,
                meeting -> host.openMeeting(meeting));

        saveButton.disableProperty().bind(form.busyProperty().or(form.loadedProperty().not()));
    }

    // --- pieces -------------------------------------------------------------------------------

    private void error(Node field, Label label, String name) {
        FormBindings.message(label, viewModel.form().errorProperty(name));
        FormBindings.markInvalid(field, viewModel.form().errorProperty(name));
    }

    private void checkOnLeave(Node field, String name) {
        FormBindings.onLeave(field, () -> viewModel.check(name));
    }

    private void leadLabels() {
        leadBavariaLabel.setText(messages.get("initiativeForm.lead", viewModel.choices().bavariaName()));
        leadNrwLabel.setText(messages.get("initiativeForm.lead", viewModel.choices().nrwName()));
    }

    private void themeAreas() {
        themeAreaBox.getChildren().clear();
        ObservableList<UUID> chosen = viewModel.fields().themeAreaIds();
        for (ThemeArea area : viewModel.choices().themeAreas()) {
            CheckBox box = new CheckBox(viewModel.choices().themeAreaLabel(area));
            box.setId("themeArea-" + area.code());
            box.setGraphic(Icons.icon(area.icon(), 16, area.color()));
            box.setUserData(area.id());
            box.setSelected(chosen.contains(area.id()));
            box.selectedProperty().addListener((observable, was, now) -> {
                if (now && !chosen.contains(area.id())) {
                    chosen.add(area.id());
                } else if (!now) {
                    chosen.remove(area.id());
                }
            });
            themeAreaBox.getChildren().add(box);
        }
    }

    private void syncThemeAreaChecks() {
        for (Node node : themeAreaBox.getChildren()) {
            if (node instanceof CheckBox box) {
                box.setSelected(viewModel.fields().themeAreaIds().contains((UUID) box.getUserData()));
            }
        }
    }

    private void lead(SearchableComboBox<Ministry> box, ObservableList<Ministry> options, ObjectProperty<Ministry> value) {
        box.setItems(options);
        box.setConverter(Converters.of(viewModel.choices()::ministryLabel));
        box.valueProperty().bindBidirectional(value);
    }

    private void status() {
        StatusWorkflowViewModel workflow = viewModel.workflow();
        ReadOnlyBooleanProperty isNew = viewModel.form().isNewProperty();
        currentStatus.textProperty().bind(Bindings.createStringBinding(
                () -> messages.label(workflow.statusProperty().get()), workflow.statusProperty()));
        statusTargetField.setItems(workflow.allowedTargets());
        statusTargetField.setConverter(Converters.of(messages::label));
        statusTargetField.valueProperty().bindBidirectional(workflow.targetProperty());
        error(statusTargetField, statusTargetError, StatusWorkflowViewModel.TARGET);
        FormBindings.bind(statusReasonField, workflow.reasonProperty());
        error(statusReasonField, statusReasonError, StatusWorkflowViewModel.REASON);
        // a new initiative's reason is saved with it; a step's reason is checked when the step is asked for
        FormBindings.onLeave(statusReasonField, () -> {
            if (isNew.get()) {
                viewModel.check(StatusWorkflowViewModel.REASON);
            }
        });
        statusTargetBox.visibleProperty().bind(isNew.not());
        statusTargetBox.managedProperty().bind(statusTargetBox.visibleProperty());
        changeStatusButton.visibleProperty().bind(isNew.not());
        changeStatusButton.managedProperty().bind(changeStatusButton.visibleProperty());
        changeStatusButton.disableProperty().bind(viewModel.form().busyProperty()
                .or(Bindings.isEmpty(workflow.allowedTargets())));
        statusReasonLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(isNew.get() ? "initiativeForm.create.reason" : "initiativeForm.status.reason"),
                isNew));
    }

    // --- actions ------------------------------------------------------------------------------

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
        closeGuard.close(root, viewModel.form().isDirty(), messages.get("dialog.unsaved.title"),
                messages.get("initiativeForm.unsaved.text"), close -> save(initiative -> close.run()), host::close);
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

    /** "Löschen …": the initiative as loaded, with its milestones and attachments; the form closes after. */
    @FXML
    private void delete() {
        Initiative stored = viewModel.form().stored();
        if (stored != null) {
            deletion.delete(root.getScene().getWindow(), DeletionKind.INITIATIVE, stored.id(),
                    stored.audit().version(), host::close);
        }
    }

    /** The one-pager of the initiative as stored (unsaved edits are not in it). */
    @FXML
    private void openOnePager() {
        Initiative stored = viewModel.form().stored();
        if (stored != null) {
            preview.open(onePagerButton.getScene().getWindow(),
                    BriefingRequest.initiative(stored.number(), messages.locale()));
        }
    }
}
