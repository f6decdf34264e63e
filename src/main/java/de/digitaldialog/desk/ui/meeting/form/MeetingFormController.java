package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.ui.meeting.agenda.AgendaController;
import de.digitaldialog.desk.ui.attachments.AttachmentsController;
import de.digitaldialog.desk.ui.attachments.AttachmentsViewModel;
import de.digitaldialog.desk.ui.briefing.BriefingPreviewWindow;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import java.io.File;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;

/** Binds the meeting form to its view model and asks what the actions need; holds no rules of its own. */
public final class MeetingFormController {

    /** What the window around the form does when the form is done or opens another meeting. */
    public interface Host {
        void saved(Meeting meeting);

        void open(Meeting meeting);

        void close();
    }

    private final MeetingFormViewModel viewModel;
    private final Messages messages;
    private final ErrorReporter errors;
    private final ViewLoader views;
    private final BriefingPreviewWindow briefing;
    private AgendaController agendaEditor;
    private final Formats formats;
    private Host host = new Host() {
        @Override
        public void saved(Meeting meeting) {
        }

        @Override
        public void open(Meeting meeting) {
        }

        @Override
        public void close() {
        }
    };

    @FXML private BorderPane root;
    @FXML private Label heading;
    @FXML private Label currentStatus;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private ToolBar actions;
    @FXML private Button inviteButton;
    @FXML private Button heldButton;
    @FXML private Button cancelMeetingButton;
    @FXML private Separator statusSeparator;
    @FXML private Button followUpButton;
    @FXML private Button seriesButton;
    @FXML private Button templateButton;
    @FXML private Button exportButton;
    @FXML private Button fromTemplateButton;
    @FXML private Label actionsHint;
    @FXML private Label problem;
    @FXML private Label notice;
    @FXML private HBox staleBox;
    @FXML private Tab agendaTab;
    @FXML private VBox attachmentsBox;
    @FXML private Button briefingButton;
    @FXML private ComboBox<de.digitaldialog.desk.domain.MeetingFormat> formatField;
    @FXML private Label formatError;
    @FXML private ComboBox<MeetingMode> modeField;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private DatePicker startDateField;
    @FXML private TextField startTimeField;
    @FXML private DatePicker endDateField;
    @FXML private TextField endTimeField;
    @FXML private Label startError;
    @FXML private Label endError;
    @FXML private VBox warningBox;
    @FXML private TextField placeField;
    @FXML private VBox videoLinkBox;
    @FXML private TextField videoLinkField;
    @FXML private ComboBox<de.digitaldialog.desk.domain.Land> hostLandField;
    @FXML private ComboBox<Classification> classificationField;
    @FXML private FlowPane chairBox;
    @FXML private SearchableComboBox<Person> chairField;
    @FXML private Button addChairButton;
    @FXML private CheckComboBox<de.digitaldialog.desk.domain.Land> invitedLandsField;
    @FXML private TextField fileReferenceField;
    @FXML private TextArea notesField;
    @FXML private Label cancelReasonLabel;
    @FXML private Label statusError;
    @FXML private TableView<ParticipantRow> participantTable;
    @FXML private TableColumn<ParticipantRow, String> participantLandColumn;
    @FXML private TableColumn<ParticipantRow, String> participantNameColumn;
    @FXML private TableColumn<ParticipantRow, String> participantDetailColumn;
    @FXML private TableColumn<ParticipantRow, ParticipantRole> participantRoleColumn;
    @FXML private SearchableComboBox<MeetingFormViewModel.Candidate> candidateField;
    @FXML private ComboBox<ParticipantRole> roleField;
    @FXML private Button removeParticipantButton;
    @FXML private Label participantError;
    @FXML private Button saveButton;

    public MeetingFormController(MeetingFormViewModel viewModel, Messages messages, ErrorReporter errors,
                                 ViewLoader views, BriefingPreviewWindow briefing) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.errors = errors;
        this.views = views;
        this.briefing = briefing;
        this.formats = Formats.of(messages.locale());
    }

    @FXML
    private void initialize() {
        viewModel.onUnexpected(errors::report);
        agenda();
        heading.textProperty().bind(viewModel.headingProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        banner(problem, viewModel.problemProperty());
        banner(notice, viewModel.noticeProperty());
        staleBox.visibleProperty().bind(viewModel.staleProperty());
        staleBox.managedProperty().bind(staleBox.visibleProperty());

        formatField.setItems(viewModel.formatOptions());
        formatField.setConverter(Converters.of(viewModel::formatLabel));
        formatField.valueProperty().bindBidirectional(viewModel.formatProperty());
        error(formatField, formatError, MeetingFormViewModel.FORMAT);
        FormBindings.choice(modeField, MeetingMode.values(), messages, viewModel.modeProperty());
        FormBindings.bind(titleField, viewModel.titleProperty());
        error(titleField, titleError, MeetingFormViewModel.TITLE);
        times();
        FormBindings.bind(placeField, viewModel.placeProperty());
        FormBindings.bind(videoLinkField, viewModel.videoLinkProperty());
        videoLinkBox.visibleProperty().bind(viewModel.modeProperty().isNotEqualTo(MeetingMode.PRAESENZ));
        videoLinkBox.managedProperty().bind(videoLinkBox.visibleProperty());
        hostLandField.setItems(viewModel.hostLandOptions());
        hostLandField.setConverter(Converters.of(viewModel::landLabel));
        hostLandField.valueProperty().bindBidirectional(viewModel.hostLandProperty());
        FormBindings.choice(classificationField, Classification.values(), messages, viewModel.classificationProperty());
        chairs();
        FormBindings.checks(invitedLandsField, viewModel.invitedLandOptions(), viewModel.invitedLands(),
                viewModel::landLabel);
        FormBindings.bind(fileReferenceField, viewModel.fileReferenceProperty());
        notesField.textProperty().bindBidirectional(viewModel.notesProperty());
        participants();
        status();
        toolbar();
        saveButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.loadedProperty().not()));
    }

    // --- pieces -------------------------------------------------------------------------------

    private static void banner(Label label, javafx.beans.property.ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void error(Node field, Label label, String name) {
        FormBindings.message(label, viewModel.errorProperty(name));
        FormBindings.markInvalid(field, viewModel.errorProperty(name));
    }

    private void times() {
        Converters.dates(startDateField, messages);
        Converters.dates(endDateField, messages);
        startDateField.valueProperty().bindBidirectional(viewModel.startDateProperty());
        endDateField.valueProperty().bindBidirectional(viewModel.endDateProperty());
        FormBindings.bind(startTimeField, viewModel.startTimeProperty());
        FormBindings.bind(endTimeField, viewModel.endTimeProperty());
        FormBindings.message(startError, viewModel.errorProperty(MeetingFormViewModel.STARTS_AT));
        FormBindings.message(endError, viewModel.errorProperty(MeetingFormViewModel.ENDS_AT));
        for (Node field : new Node[] {startDateField, startTimeField}) {
            FormBindings.markInvalid(field, viewModel.errorProperty(MeetingFormViewModel.STARTS_AT));
        }
        for (Node field : new Node[] {endDateField, endTimeField}) {
            FormBindings.markInvalid(field, viewModel.errorProperty(MeetingFormViewModel.ENDS_AT));
        }
        viewModel.warnings().addListener((ListChangeListener<String>) change -> warnings());
        warnings();
    }

    private void warnings() {
        warningBox.getChildren().setAll(viewModel.warnings().stream().map(line -> {
            Label warning = new Label(line, Icons.icon("mdi2a-alert-outline", 16));
            warning.setWrapText(true);
            warning.getStyleClass().add("meeting-warning");
            return warning;
        }).toList());
        warningBox.setVisible(!viewModel.warnings().isEmpty());
        warningBox.setManaged(warningBox.isVisible());
    }

    private void chairs() {
        chairField.setItems(viewModel.personOptions());
        chairField.setConverter(Converters.of(viewModel::personLabel));
        chairField.setOnAction(event -> addChair());
        addChairButton.disableProperty().bind(chairField.valueProperty().isNull());
        viewModel.chairs().addListener((ListChangeListener<Person>) change -> chairChips());
        chairChips();
    }

    private void chairChips() {
        chairBox.getChildren().setAll(viewModel.chairs().stream().map(person -> {
            Button remove = new Button(null, Icons.icon("mdi2c-close", 12));
            remove.getStyleClass().addAll("flat", "chip-remove");
            remove.setAccessibleText(messages.get("meetingForm.chairs.remove", person.displayName()));
            remove.setOnAction(event -> viewModel.removeChair(person));
            Label chip = new Label(viewModel.personLabel(person), remove);
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.getStyleClass().add("chair-chip");
            return (Node) chip;
        }).toList());
        if (viewModel.chairs().isEmpty()) {
            Label none = new Label(messages.get("meetingForm.chairs.none"));
            none.getStyleClass().add("field-hint");
            chairBox.getChildren().add(none);
        }
    }

    private void participants() {
        participantTable.setItems(viewModel.participants());
        participantTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        text(participantLandColumn, ParticipantRow::land);
        text(participantNameColumn, ParticipantRow::name);
        text(participantDetailColumn, ParticipantRow::detail);
        participantRoleColumn.setCellValueFactory(cell ->
                new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue().participant().role()));
        participantRoleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(
                Converters.of(messages::label), ParticipantRole.values()));
        participantRoleColumn.setOnEditCommit(event -> viewModel.changeRole(event.getRowValue(), event.getNewValue()));
        participantTable.setRowFactory(table -> {
            TableRow<ParticipantRow> row = new TableRow<>();
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                    .otherwise(participantMenu(row)));
            return row;
        });
        participantTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE && participantTable.getEditingCell() == null) {
                event.consume();
                removeParticipant();
            }
        });
        candidateField.setItems(viewModel.candidates());
        candidateField.setConverter(Converters.of(MeetingFormViewModel.Candidate::label));
        roleField.getItems().setAll(ParticipantRole.values());
        roleField.setConverter(Converters.of(messages::label));
        roleField.setValue(ParticipantRole.TEILNAHME);
        removeParticipantButton.disableProperty().bind(participantTable.getSelectionModel().selectedItemProperty().isNull());
        FormBindings.message(participantError, viewModel.errorProperty(MeetingFormViewModel.PARTICIPANT));
        FormBindings.markInvalid(candidateField, viewModel.errorProperty(MeetingFormViewModel.PARTICIPANT));
    }

    /** Change the role or remove, for the row the menu belongs to. */
    private ContextMenu participantMenu(TableRow<ParticipantRow> row) {
        ContextMenu menu = new ContextMenu();
        for (ParticipantRole role : ParticipantRole.values()) {
            MenuItem item = new MenuItem(messages.get("meetingForm.participants.setRole", messages.label(role)));
            item.setId("role-" + role.name());
            item.setOnAction(event -> select(viewModel.changeRole(row.getItem(), role)));
            menu.getItems().add(item);
        }
        MenuItem remove = new MenuItem(messages.get("meetingForm.participants.remove"));
        remove.setId("removeParticipant");
        remove.setOnAction(event -> viewModel.removeParticipant(row.getItem()));
        menu.getItems().addAll(new SeparatorMenuItem(), remove);
        return menu;
    }

    private void select(ParticipantRow row) {
        participantTable.getSelectionModel().select(row);
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    private void status() {
        currentStatus.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.isNewProperty().get() ? "" : messages.label(viewModel.statusProperty().get()),
                viewModel.statusProperty(), viewModel.isNewProperty()));
        currentStatus.visibleProperty().bind(viewModel.isNewProperty().not());
        step(inviteButton, MeetingStatus.EINGELADEN);
        step(heldButton, MeetingStatus.DURCHGEFUEHRT);
        step(cancelMeetingButton, MeetingStatus.ABGESAGT);
        statusSeparator.visibleProperty().bind(Bindings.isNotEmpty(viewModel.allowedTargets()));
        statusSeparator.managedProperty().bind(statusSeparator.visibleProperty());
        cancelReasonLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Meeting meeting = viewModel.meetingProperty().get();
            return meeting == null || meeting.cancelReason() == null ? ""
                    : messages.get("meetingForm.cancelled", meeting.cancelReason());
        }, viewModel.meetingProperty()));
        cancelReasonLabel.visibleProperty().bind(cancelReasonLabel.textProperty().isNotEmpty());
        cancelReasonLabel.managedProperty().bind(cancelReasonLabel.visibleProperty());
        FormBindings.message(statusError, viewModel.errorProperty(MeetingFormViewModel.STATUS));
    }

    /** A status button shows only while its step is allowed. */
    private void step(Button button, MeetingStatus target) {
        BooleanBinding allowed = Bindings.createBooleanBinding(() -> viewModel.allowedTargets().contains(target),
                viewModel.allowedTargets());
        button.visibleProperty().bind(allowed);
        button.managedProperty().bind(allowed);
        button.disableProperty().bind(viewModel.busyProperty());
    }

    /**
     * The agenda tab follows the stored meeting (its TOPs, and its status for numbering and
     * minutes), the attachments follow the meeting shown.
     */
    private void agenda() {
        View<AgendaController> agenda = views.load(AgendaController.class);
        agendaEditor = agenda.controller();
        agendaTab.setContent(agenda.root());
        agendaTab.disableProperty().bind(viewModel.meetingProperty().isNull());
        View<AttachmentsController> attachments = views.load(AttachmentsController.class);
        attachmentsBox.getChildren().setAll(attachments.root());
        viewModel.meetingProperty().addListener((observable, was, meeting) -> {
            if (meeting != null) {
                agenda.controller().show(meeting);
            }
            if (meeting == null || was == null || !meeting.id().equals(was.id())) {
                attachments.controller().show(meeting == null ? null
                        : AttachmentsViewModel.Owner.meeting(meeting.id()));
            }
        });
    }

    /** "Sitzungsmappe …": the meeting's briefing, previewed before printing or saving. */
    @FXML
    private void openBriefing() {
        Meeting meeting = viewModel.meetingProperty().get();
        if (meeting != null) {
            briefing.open(briefingButton.getScene().getWindow(), BriefingRequest.meeting(meeting.number(),
                    messages.locale()));
        }
    }

    private void toolbar() {
        // making copies and files works on the stored meeting: unsaved edits would be missed
        BooleanBinding unusable = viewModel.isNewProperty().or(viewModel.dirtyProperty()).or(viewModel.busyProperty());
        for (Button action : new Button[] {followUpButton, seriesButton, templateButton, exportButton,
            briefingButton}) {
            action.disableProperty().bind(unusable);
            action.visibleProperty().bind(viewModel.isNewProperty().not());
            action.managedProperty().bind(action.visibleProperty());
        }
        fromTemplateButton.visibleProperty().bind(viewModel.isNewProperty());
        fromTemplateButton.managedProperty().bind(fromTemplateButton.visibleProperty());
        fromTemplateButton.disableProperty().bind(viewModel.busyProperty());
        actionsHint.visibleProperty().bind(viewModel.isNewProperty().not().and(viewModel.dirtyProperty()));
        actionsHint.managedProperty().bind(actionsHint.visibleProperty());
    }

    // --- actions ------------------------------------------------------------------------------

    @FXML
    private void addChair() {
        Person chosen = chairField.getValue();
        if (chosen != null) {
            viewModel.addChair(chosen);
            chairField.setValue(null);
        }
    }

    @FXML
    private void addParticipant() {
        if (viewModel.addParticipant(candidateField.getValue(), roleField.getValue())) {
            candidateField.setValue(null);
            candidateField.requestFocus();
        }
    }

    @FXML
    private void removeParticipant() {
        ParticipantRow row = participantTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            int index = participantTable.getSelectionModel().getSelectedIndex();
            viewModel.removeParticipant(row);
            participantTable.getSelectionModel().select(Math.min(index, viewModel.participants().size() - 1));
        }
    }

    @FXML
    private void invite() {
        commitTyped();
        viewModel.changeStatus(MeetingStatus.EINGELADEN, null, host::saved);
    }

    @FXML
    private void markHeld() {
        commitTyped();
        viewModel.changeStatus(MeetingStatus.DURCHGEFUEHRT, null, host::saved);
    }

    /** Asks for the reason a cancellation needs; the dialog stays open until one is given. */
    @FXML
    private void cancelMeeting() {
        commitTyped();
        TextArea reason = new TextArea();
        reason.setId("cancelReasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Label reasonError = new Label();
        FormBindings.message(reasonError, viewModel.errorProperty(MeetingFormViewModel.CANCEL_REASON));
        VBox content = new VBox(6, new Label(messages.get("meetingForm.cancel.reason")), reason, reasonError);
        ButtonType confirm = new ButtonType(messages.get("meetingForm.cancel.confirm"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog("cancelMeetingDialog", messages.get("meetingForm.cancel.title"),
                messages.get("meetingForm.cancel.text", heading.getText()), content, confirm);
        dialog.getDialogPane().lookupButton(confirm).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            if (!viewModel.changeStatus(MeetingStatus.ABGESAGT, reason.getText(), host::saved)
                    && !viewModel.errorProperty(MeetingFormViewModel.CANCEL_REASON).get().isEmpty()) {
                event.consume();
            }
        });
        dialog.setOnShown(event -> reason.requestFocus());
        dialog.showAndWait();
    }

    /** "Folgesitzung anlegen …": asks the start (proposed: same weekday three months on), then opens the new meeting. */
    @FXML
    private void followUp() {
        StartField start = new StartField(viewModel.followUpStart());
        ButtonType confirm = new ButtonType(messages.get("meetingForm.followUp.confirm"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog("followUpDialog", messages.get("meetingForm.followUp.title"),
                messages.get("meetingForm.followUp.text"), start.pane(), confirm);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(start.invalid());
        if (dialog.showAndWait().filter(confirm::equals).isPresent()) {
            viewModel.createFollowUp(start.value(), created -> {
                host.saved(created);
                host.open(created);
            });
        }
    }

    @FXML
    private void saveAsTemplate() {
        ButtonType confirm = new ButtonType(messages.get("meetingForm.template.confirm"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog("templateDialog", messages.get("meetingForm.template.title"),
                messages.get("meetingForm.template.text"), null, confirm);
        if (dialog.showAndWait().filter(confirm::equals).isPresent()) {
            viewModel.saveAsTemplate(host::saved);
        }
    }

    /** "Serie anlegen …": how many, how far apart (weeks or months), from which start. */
    @FXML
    private void series() {
        StartField start = new StartField(viewModel.followUpStart());
        Spinner<Integer> count = new Spinner<>(1, MeetingFollowUps.SERIES_LIMIT, 4);
        count.setId("seriesCount");
        count.setEditable(true);
        Spinner<Integer> every = new Spinner<>(1, MeetingFollowUps.SERIES_LIMIT, 3);
        every.setId("seriesEvery");
        every.setEditable(true);
        ComboBox<MeetingFollowUps.Step> step = new ComboBox<>();
        step.setId("seriesStep");
        step.getItems().setAll(Arrays.asList(MeetingFollowUps.Step.values()));
        step.setConverter(Converters.of(value -> messages.get(value == MeetingFollowUps.Step.WEEKS
                ? "meetingForm.series.weeks" : "meetingForm.series.months")));
        step.setValue(MeetingFollowUps.Step.MONTHS);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("meetingForm.series.first")), start.pane());
        grid.addRow(1, new Label(messages.get("meetingForm.series.count")), count);
        grid.addRow(2, new Label(messages.get("meetingForm.series.every")), new HBox(6, every, step));
        ButtonType confirm = new ButtonType(messages.get("meetingForm.series.confirm"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog("seriesDialog", messages.get("meetingForm.series.title"),
                messages.get("meetingForm.series.text"), grid, confirm);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(start.invalid());
        if (dialog.showAndWait().filter(confirm::equals).isPresent()) {
            viewModel.createSeries(start.value(), count.getValue(), every.getValue(), step.getValue(),
                    series -> series.forEach(host::saved));
        }
    }

    /** ".ics exportieren …": where to, and whether VS-NfD content goes in (off unless chosen). */
    @FXML
    private void exportCalendar() {
        Meeting meeting = viewModel.meetingProperty().get();
        CheckBox classified = new CheckBox(messages.get("meetingForm.export.classified"));
        classified.setId("exportClassified");
        classified.setSelected(false);
        ButtonType confirm = new ButtonType(messages.get("meetingForm.export.confirm"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog("exportDialog", messages.get("meetingForm.export.title"),
                messages.get("meetingForm.export.text"), classified, confirm);
        if (dialog.showAndWait().filter(confirm::equals).isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("meetingForm.export.title"));
        chooser.setInitialFileName(meeting.number() + ".ics");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("meetingForm.export.filter"), "*.ics"));
        File target = chooser.showSaveDialog(root.getScene().getWindow());
        if (target != null) {
            viewModel.exportCalendar(target.toPath(), classified.isSelected(), written -> host.saved(meeting));
        }
    }

    /** "Neu aus Vorlage …": a template picked from the list becomes this new meeting, at the form's start. */
    @FXML
    private void fromTemplate() {
        commitTyped();
        viewModel.templates(templates -> {
            ListView<MeetingSummary> list = new ListView<>();
            list.setId("templateList");
            list.getItems().setAll(templates);
            list.setPrefHeight(220);
            list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(MeetingSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.number() + " – " + item.title());
                }
            });
            list.setPlaceholder(new Label(messages.get("meetingForm.fromTemplate.none")));
            ButtonType confirm = new ButtonType(messages.get("meetingForm.fromTemplate.confirm"),
                    ButtonBar.ButtonData.OK_DONE);
            Dialog<ButtonType> dialog = dialog("fromTemplateDialog", messages.get("meetingForm.fromTemplate.title"),
                    messages.get("meetingForm.fromTemplate.text"), list, confirm);
            dialog.getDialogPane().lookupButton(confirm).disableProperty()
                    .bind(list.getSelectionModel().selectedItemProperty().isNull());
            if (dialog.showAndWait().filter(confirm::equals).isPresent()) {
                viewModel.createFromTemplate(list.getSelectionModel().getSelectedItem().id(), host::saved);
            }
        });
    }

    private Dialog<ButtonType> dialog(String id, String title, String text, Node content, ButtonType confirm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.setTitle(title);
        dialog.setHeaderText(text);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        dialog.getDialogPane().setContent(content);
        ButtonType back = new ButtonType(messages.get("meetingForm.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, back);
        dialog.getDialogPane().lookupButton(confirm).setId(id + "Confirm");
        return dialog;
    }

    /** A start in a dialog: date picker and "HH:mm" field, as in the form. */
    private final class StartField {

        private final DatePicker date = new DatePicker();
        private final TextField time = new TextField();

        StartField(LocalDateTime proposed) {
            Converters.dates(date, messages);
            date.setId("startDate");
            date.setValue(proposed.toLocalDate());
            time.setId("startTime");
            time.setPrefColumnCount(5);
            time.setPromptText(messages.get("meetingForm.timePrompt"));
            time.setText(formats.time(proposed));
        }

        Node pane() {
            return new HBox(6, date, time);
        }

        BooleanBinding invalid() {
            return Bindings.createBooleanBinding(() -> value() == null, date.valueProperty(), time.textProperty());
        }

        LocalDateTime value() {
            var at = MeetingFormViewModel.time(time.getText());
            return date.getValue() == null || at == null ? null : date.getValue().atTime(at);
        }
    }

    /** Ctrl+S and the save button. */
    @FXML
    public void save() {
        save(meeting -> { });
    }

    private void save(Consumer<Meeting> then) {
        commitTyped();
        viewModel.save(meeting -> {
            host.saved(meeting);
            then.accept(meeting);
        });
    }

    private void commitTyped() {
        FormBindings.commitTyped(startDateField);
        FormBindings.commitTyped(endDateField);
    }

    /** After a concurrent change: shows the stored version; the own edits are dropped. */
    @FXML
    public void reload() {
        viewModel.reload();
    }

    /** Esc and the close button: leaves, asking first when there are unsaved changes. */
    @FXML
    public void cancel() {
        requestClose();
    }

    /** Closes the form; with unsaved changes it asks first: save, discard or stay. */
    public void requestClose() {
        if (!agendaEditor.confirmLeave()) {
            return;
        }
        if (!viewModel.isDirty()) {
            host.close();
            return;
        }
        ButtonType save = new ButtonType(messages.get("initiativeForm.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("initiativeForm.unsaved.discard"), ButtonBar.ButtonData.NO);
        Dialog<ButtonType> dialog = dialog("unsavedDialog", messages.get("initiativeForm.unsaved.title"),
                messages.get("meetingForm.unsaved.text"), null, save);
        dialog.getDialogPane().getButtonTypes().add(1, discard);
        dialog.getDialogPane().lookupButton(save).setId("unsavedSave");
        dialog.getDialogPane().lookupButton(discard).setId("unsavedDiscard");
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(save::equals).isPresent()) {
            save(meeting -> host.close());
        } else if (answer.filter(discard::equals).isPresent()) {
            host.close();
        }
    }

    void host(Host host) {
        this.host = host;
    }

    public MeetingFormViewModel viewModel() {
        return viewModel;
    }

    /** The agenda's tab, for the agenda editor to fill. */
    public Tab agendaTab() {
        return agendaTab;
    }

    /** The meeting as last read or saved (null while new): the agenda editor follows its status. */
    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return viewModel.meetingProperty();
    }
}
