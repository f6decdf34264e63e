package de.digitaldialog.desk.ui.meeting.form;

import static de.digitaldialog.desk.ui.meeting.form.MeetingFormViewModel.ENDS_AT;
import static de.digitaldialog.desk.ui.meeting.form.MeetingFormViewModel.FORMAT;
import static de.digitaldialog.desk.ui.meeting.form.MeetingFormViewModel.STARTS_AT;
import static de.digitaldialog.desk.ui.meeting.form.MeetingFormViewModel.STATUS;
import static de.digitaldialog.desk.ui.meeting.form.MeetingFormViewModel.TITLE;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.attachments.AttachmentsController;
import de.digitaldialog.desk.ui.attachments.AttachmentsViewModel;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.person.quick.QuickPerson;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * The "Sitzung" tab: binds the frame of the meeting, its chairs, the calendar warnings, the
 * attachments and what the status says (a cancellation's reason). Each field is checked when
 * the user leaves it.
 */
public final class MeetingFrameController {

    private final Messages messages;
    private final ViewLoader views;
    private final QuickPerson quickPerson;
    private MeetingFormViewModel viewModel;
    private FormModel<Meeting> form;

    @FXML private ComboBox<MeetingFormat> formatField;
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
    @FXML private ComboBox<Land> hostLandField;
    @FXML private ComboBox<Classification> classificationField;
    @FXML private FlowPane chairBox;
    @FXML private SearchableComboBox<Person> chairField;
    @FXML private Button addChairButton;
    @FXML private Button newChairButton;
    @FXML private CheckComboBox<Land> invitedLandsField;
    @FXML private TextField fileReferenceField;
    @FXML private TextArea notesField;
    @FXML private VBox attachmentsBox;
    @FXML private Label cancelReasonLabel;
    @FXML private Label statusError;

    public MeetingFrameController(Messages messages, ViewLoader views, QuickPerson quickPerson) {
        this.messages = messages;
        this.views = views;
        this.quickPerson = quickPerson;
    }

    /** Binds the tab to the form's view model; called once, by the form's controller. */
    void bind(MeetingFormViewModel viewModel) {
        this.viewModel = viewModel;
        this.form = viewModel.form();
        MeetingFrameViewModel frame = viewModel.frame();
        formatField.setItems(frame.formatOptions());
        formatField.setConverter(Converters.of(frame::formatLabel));
        formatField.valueProperty().bindBidirectional(frame.formatProperty());
        error(formatField, formatError, FORMAT);
        FormBindings.onLeave(formatField, () -> viewModel.check(FORMAT));
        FormBindings.choice(modeField, MeetingMode.values(), messages, frame.modeProperty());
        FormBindings.bind(titleField, frame.titleProperty());
        error(titleField, titleError, TITLE);
        FormBindings.onLeave(titleField, () -> viewModel.check(TITLE));
        times(frame);
        FormBindings.bind(placeField, frame.placeProperty());
        FormBindings.bind(videoLinkField, frame.videoLinkProperty());
        videoLinkBox.visibleProperty().bind(frame.modeProperty().isNotEqualTo(MeetingMode.PRAESENZ));
        videoLinkBox.managedProperty().bind(videoLinkBox.visibleProperty());
        hostLandField.setItems(frame.hostLandOptions());
        hostLandField.setConverter(Converters.of(frame::landLabel));
        hostLandField.valueProperty().bindBidirectional(frame.hostLandProperty());
        FormBindings.choice(classificationField, Classification.values(), messages, frame.classificationProperty());
        chairs(viewModel.participants());
        FormBindings.checks(invitedLandsField, frame.invitedLandOptions(), frame.invitedLands(), frame::landLabel);
        FormBindings.bind(fileReferenceField, frame.fileReferenceProperty());
        notesField.textProperty().bindBidirectional(frame.notesProperty());
        attachments();
        cancelReasonLabel.textProperty().bind(viewModel.status().cancelNoteProperty());
        cancelReasonLabel.visibleProperty().bind(cancelReasonLabel.textProperty().isNotEmpty());
        cancelReasonLabel.managedProperty().bind(cancelReasonLabel.visibleProperty());
        FormBindings.message(statusError, form.errorProperty(STATUS));
    }

    private void error(Node field, Label label, String name) {
        FormBindings.message(label, form.errorProperty(name));
        FormBindings.markInvalid(field, form.errorProperty(name));
    }

    /** Start and end: a change to either can make the other wrong, so leaving one checks both. */
    private void times(MeetingFrameViewModel frame) {
        Converters.dates(startDateField, messages);
        Converters.dates(endDateField, messages);
        startDateField.valueProperty().bindBidirectional(frame.startDateProperty());
        endDateField.valueProperty().bindBidirectional(frame.endDateProperty());
        FormBindings.bind(startTimeField, frame.startTimeProperty());
        FormBindings.bind(endTimeField, frame.endTimeProperty());
        FormBindings.message(startError, form.errorProperty(STARTS_AT));
        FormBindings.message(endError, form.errorProperty(ENDS_AT));
        for (Node field : List.of(startDateField, startTimeField)) {
            FormBindings.markInvalid(field, form.errorProperty(STARTS_AT));
        }
        for (Node field : List.of(endDateField, endTimeField)) {
            FormBindings.markInvalid(field, form.errorProperty(ENDS_AT));
        }
        for (Node field : List.of(startDateField, startTimeField, endDateField, endTimeField)) {
            FormBindings.onLeave(field, () -> viewModel.check(STARTS_AT, ENDS_AT));
        }
        viewModel.calendar().lines().addListener((ListChangeListener<String>) change -> warnings());
        warnings();
    }

    private void warnings() {
        List<String> lines = viewModel.calendar().lines();
        warningBox.getChildren().setAll(lines.stream().map(line -> {
            Label warning = new Label(line, Icons.icon("mdi2a-alert-outline", 16));
            warning.setWrapText(true);
            warning.getStyleClass().add("meeting-warning");
            return warning;
        }).toList());
        warningBox.setVisible(!lines.isEmpty());
        warningBox.setManaged(warningBox.isVisible());
    }

    private void chairs(ParticipantsViewModel participants) {
        chairField.setItems(participants.personOptions());
        chairField.setConverter(Converters.of(participants::personLabel));
        chairField.setOnAction(event -> addChair());
        addChairButton.disableProperty().bind(chairField.valueProperty().isNull());
        quickPerson.attach(newChairButton, chairField, participants::chairCreated);
        participants.chairs().addListener((ListChangeListener<Person>) change -> chairChips(participants));
        chairChips(participants);
    }

    private void chairChips(ParticipantsViewModel participants) {
        chairBox.getChildren().setAll(participants.chairs().stream().map(person -> {
            Button remove = new Button(null, Icons.icon("mdi2c-close", 12));
            remove.getStyleClass().addAll("flat", "chip-remove");
            remove.setAccessibleText(messages.get("meetingForm.chairs.remove", person.displayName()));
            remove.setOnAction(event -> participants.removeChair(person));
            Label chip = new Label(participants.personLabel(person), remove);
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.getStyleClass().add("chair-chip");
            return (Node) chip;
        }).toList());
        if (participants.chairs().isEmpty()) {
            Label none = new Label(messages.get("meetingForm.chairs.none"));
            none.getStyleClass().add("field-hint");
            chairBox.getChildren().add(none);
        }
    }

    @FXML
    private void addChair() {
        Person chosen = chairField.getValue();
        if (chosen != null) {
            viewModel.participants().addChair(chosen);
            chairField.setValue(null);
        }
    }

    /** The attachments follow the meeting shown (none while it is new). */
    private void attachments() {
        View<AttachmentsController> attachments = views.load(AttachmentsController.class);
        attachmentsBox.getChildren().setAll(attachments.root());
        form.storedProperty().addListener((observable, was, meeting) -> {
            if (meeting == null || was == null || !meeting.id().equals(was.id())) {
                attachments.controller().show(meeting == null ? null
                        : AttachmentsViewModel.Owner.meeting(meeting.id()));
            }
        });
    }

    /** A date typed but not yet confirmed with Enter counts too. */
    void commitTyped() {
        FormBindings.commitTyped(startDateField);
        FormBindings.commitTyped(endDateField);
    }
}
