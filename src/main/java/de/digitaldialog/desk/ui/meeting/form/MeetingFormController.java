package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.ui.briefing.BriefingPreviewWindow;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.form.CloseGuard;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.meeting.agenda.AgendaController;
import de.digitaldialog.desk.ui.trash.DeletionFlow;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * Binds the meeting form's header, status steps, actions and buttons to its view model; the tabs
 * have controllers of their own ({@link MeetingFrameController}, {@link ParticipantsController},
 * the agenda's), the questions are {@link MeetingDialogs}. Holds no rules of its own.
 */
public final class MeetingFormController {

    /** What the window around the form does when the form is done or opens another meeting. */
    public interface Host {
        void saved(Meeting meeting);

        void open(Meeting meeting);

        void close();
    }

    private final MeetingFormViewModel viewModel;
    private final FormModel<Meeting> form;
    private final Messages messages;
    private final ErrorReporter errors;
    private final ViewLoader views;
    private final BriefingPreviewWindow briefing;
    private final DialogService dialogService;
    private final CloseGuard closeGuard;
    private MeetingDialogs dialogs;
    private AgendaController agendaEditor;
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
    @FXML private Button inviteButton;
    @FXML private Button heldButton;
    @FXML private Button cancelMeetingButton;
    @FXML private Separator statusSeparator;
    @FXML private Button followUpButton;
    @FXML private Button seriesButton;
    @FXML private Button templateButton;
    @FXML private Button exportButton;
    @FXML private Button fromTemplateButton;
    @FXML private Button briefingButton;
    @FXML private Label actionsHint;
    @FXML private Label problem;
    @FXML private Label notice;
    @FXML private HBox staleBox;
    @FXML private Tab agendaTab;
    @FXML private MeetingFrameController frameController;
    @FXML private ParticipantsController participantsController;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    private final DeletionFlow deletion;

    public MeetingFormController(MeetingFormViewModel viewModel, Messages messages, ErrorReporter errors,
                                 ViewLoader views, BriefingPreviewWindow briefing, DialogService dialogService,
                                 CloseGuard closeGuard, DeletionFlow deletion) {
        this.viewModel = viewModel;
        this.deletion = deletion;
        this.form = viewModel.form();
        this.messages = messages;
        this.errors = errors;
        this.views = views;
        this.briefing = briefing;
        this.dialogService = dialogService;
        this.closeGuard = closeGuard;
    }

    @FXML
    private void initialize() {
        form.onUnexpected(errors::report);
        dialogs = new MeetingDialogs(messages, dialogService, viewModel, this::window);
        frameController.bind(viewModel);
        participantsController.bind(viewModel.participants(), form.errorProperty(MeetingFormViewModel.PARTICIPANT));
        agenda();
        heading.textProperty().bind(form.headingProperty());
        busyIndicator.visibleProperty().bind(form.busyProperty());
        banner(problem, form.problemProperty());
        banner(notice, viewModel.actions().noticeProperty());
        staleBox.visibleProperty().bind(form.staleProperty());
        staleBox.managedProperty().bind(staleBox.visibleProperty());
        status();
        toolbar();
        saveButton.disableProperty().bind(form.busyProperty().or(form.loadedProperty().not()));
        deleteButton.disableProperty().bind(form.storedProperty().isNull().or(form.busyProperty()));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static void banner(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void status() {
        MeetingStatusViewModel status = viewModel.status();
        currentStatus.textProperty().bind(Bindings.createStringBinding(
                () -> form.isNewProperty().get() ? "" : messages.label(status.statusProperty().get()),
                status.statusProperty(), form.isNewProperty()));
        currentStatus.visibleProperty().bind(form.isNewProperty().not());
        step(inviteButton, MeetingStatus.EINGELADEN);
        step(heldButton, MeetingStatus.DURCHGEFUEHRT);
        step(cancelMeetingButton, MeetingStatus.ABGESAGT);
        statusSeparator.visibleProperty().bind(Bindings.isNotEmpty(status.allowedTargets()));
        statusSeparator.managedProperty().bind(statusSeparator.visibleProperty());
    }

    /** A status button shows only while its step is allowed. */
    private void step(Button button, MeetingStatus target) {
        BooleanBinding allowed = Bindings.createBooleanBinding(
                () -> viewModel.status().allowedTargets().contains(target), viewModel.status().allowedTargets());
        button.visibleProperty().bind(allowed);
        button.managedProperty().bind(allowed);
        button.disableProperty().bind(form.busyProperty());
    }

    /** The agenda tab follows the stored meeting: its TOPs, and its status for numbering and minutes. */
    private void agenda() {
        View<AgendaController> agenda = views.load(AgendaController.class);
        agendaEditor = agenda.controller();
        agendaTab.setContent(agenda.root());
        agendaTab.disableProperty().bind(form.storedProperty().isNull());
        form.storedProperty().addListener((observable, was, meeting) -> {
            if (meeting != null) {
                agendaEditor.show(meeting);
            }
        });
    }

    private void toolbar() {
        // making copies and files works on the stored meeting: unsaved edits would be missed
        BooleanBinding unusable = form.isNewProperty().or(form.dirtyProperty()).or(form.busyProperty());
        for (Button action : List.of(followUpButton, seriesButton, templateButton, exportButton, briefingButton)) {
            action.disableProperty().bind(unusable);
            action.visibleProperty().bind(form.isNewProperty().not());
            action.managedProperty().bind(action.visibleProperty());
        }
        fromTemplateButton.visibleProperty().bind(form.isNewProperty());
        fromTemplateButton.managedProperty().bind(fromTemplateButton.visibleProperty());
        fromTemplateButton.disableProperty().bind(form.busyProperty());
        actionsHint.visibleProperty().bind(form.isNewProperty().not().and(form.dirtyProperty()));
        actionsHint.managedProperty().bind(actionsHint.visibleProperty());
    }

    // --- status steps and actions -------------------------------------------------------------

    @FXML
    private void invite() {
        step(MeetingStatus.EINGELADEN);
    }

    @FXML
    private void markHeld() {
        step(MeetingStatus.DURCHGEFUEHRT);
    }

    /** A step without a reason is taken only when confirmed. */
    private void step(MeetingStatus target) {
        frameController.commitTyped();
        if (dialogs.confirmStep(target)) {
            viewModel.status().change(target, null, host::saved);
        }
    }

    @FXML
    private void cancelMeeting() {
        frameController.commitTyped();
        dialogs.cancelMeeting(host::saved);
    }

    /** "Folgesitzung anlegen …": the new meeting opens in a form of its own. */
    @FXML
    private void followUp() {
        dialogs.followUp(created -> {
            host.saved(created);
            host.open(created);
        });
    }

    @FXML
    private void saveAsTemplate() {
        dialogs.saveAsTemplate(host::saved);
    }

    @FXML
    private void series() {
        dialogs.series(series -> series.forEach(host::saved));
    }

    @FXML
    private void exportCalendar() {
        Meeting meeting = form.storedProperty().get();
        dialogs.exportCalendar(() -> host.saved(meeting));
    }

    @FXML
    private void fromTemplate() {
        frameController.commitTyped();
        dialogs.fromTemplate(host::saved);
    }

    /** "Sitzungsmappe …": the meeting's briefing, previewed before printing or saving. */
    @FXML
    private void openBriefing() {
        Meeting meeting = form.storedProperty().get();
        if (meeting != null) {
            briefing.open(window(), BriefingRequest.meeting(meeting.number(), messages.locale()));
        }
    }

    /** "Löschen …": the meeting as loaded, with its TOPs, minutes and attachments; the form closes after. */
    @FXML
    private void delete() {
        Meeting meeting = form.storedProperty().get();
        if (meeting != null) {
            deletion.delete(window(), DeletionKind.MEETING, meeting.id(), meeting.audit().version(), host::close);
        }
    }

    // --- save and close -----------------------------------------------------------------------

    /** Ctrl+S and the save button. */
    @FXML
    public void save() {
        save(meeting -> { });
    }

    private void save(Consumer<Meeting> then) {
        frameController.commitTyped();
        viewModel.save(meeting -> {
            host.saved(meeting);
            then.accept(meeting);
        });
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
        if (agendaEditor.confirmLeave()) {
            closeGuard.close(root, form.isDirty(), messages.get("dialog.unsaved.title"),
                    messages.get("meetingForm.unsaved.text"), closeAfter -> save(meeting -> closeAfter.run()),
                    host::close);
        }
    }

    void host(Host host) {
        this.host = host;
    }

    public MeetingFormViewModel viewModel() {
        return viewModel;
    }
}
