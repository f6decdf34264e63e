package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.FileRequest;
import de.digitaldialog.desk.ui.dialog.Prompt;
import de.digitaldialog.desk.ui.dialog.Question;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What the meeting form asks before its steps and actions: the confirmation of a status step,
 * the reason of a cancellation, the
 * start of a follow-up, a series, the calendar file, the template to start from. All through the
 * dialog service; the work is the view model's.
 */
final class MeetingDialogs {

    private final Messages messages;
    private final DialogService dialogs;
    private final MeetingFormViewModel viewModel;
    private final MeetingActionsViewModel actions;
    private final Supplier<Window> owner;

    MeetingDialogs(Messages messages, DialogService dialogs, MeetingFormViewModel viewModel, Supplier<Window> owner) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.viewModel = viewModel;
        this.actions = viewModel.actions();
        this.owner = owner;
    }

    /**
     * Asks before "Einladen" or "Als durchgeführt markieren": a stray Return on the focused step
     * button only asks, the confirm button names the step.
     */
    boolean confirmStep(MeetingStatus target) {
        boolean invite = target == MeetingStatus.EINGELADEN;
        String heading = viewModel.form().headingProperty().get();
        return dialogs.confirm(owner.get(), new Question(invite ? "inviteDialog" : "heldDialog",
                messages.get(invite ? "meetingForm.invite.title" : "meetingForm.held.title"), null,
                messages.get(invite ? "meetingForm.invite.text" : "meetingForm.held.text", heading),
                messages.get(invite ? "meetingForm.invite.confirm" : "meetingForm.held.confirm")));
    }

    /** Asks for the reason a cancellation needs; the dialog stays open until one is given. */
    void cancelMeeting(Consumer<Meeting> cancelled) {
        TextArea reason = new TextArea();
        reason.setId("cancelReasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Label reasonLabel = new Label(messages.get("meetingForm.cancel.reason"));
        reasonLabel.setLabelFor(reason);
        Label reasonError = new Label();
        FormBindings.message(reasonError, viewModel.form().errorProperty(MeetingFormViewModel.CANCEL_REASON));
        dialogs.ask(owner.get(), Prompt.of("cancelMeetingDialog", messages.get("meetingForm.cancel.title"),
                        new VBox(6, reasonLabel, reason, reasonError))
                .header(messages.get("meetingForm.cancel.text", viewModel.form().headingProperty().get()))
                .confirm(messages.get("meetingForm.cancel.confirm"))
                .onConfirm(close -> {
                    // refused elsewhere in the form: the dialog closes, the form shows where
                    if (viewModel.status().change(MeetingStatus.ABGESAGT, reason.getText(), cancelled)
                            || viewModel.form().errorProperty(MeetingFormViewModel.CANCEL_REASON).get().isEmpty()) {
                        close.run();
                    }
                }));
    }

    /** "Folgesitzung anlegen …": asks the start (proposed: same weekday three months on). */
    void followUp(Consumer<Meeting> created) {
        StartField start = new StartField(messages, actions.followUpStart());
        boolean confirmed = dialogs.ask(owner.get(), Prompt.of("followUpDialog",
                        messages.get("meetingForm.followUp.title"), start.pane())
                .header(messages.get("meetingForm.followUp.text"))
                .confirm(messages.get("meetingForm.followUp.confirm"))
                .disabledWhile(start.invalid()));
        if (confirmed) {
            actions.createFollowUp(start.value(), created);
        }
    }

    void saveAsTemplate(Consumer<Meeting> saved) {
        boolean confirmed = dialogs.confirm(owner.get(), new Question("templateDialog",
                messages.get("meetingForm.template.title"), null, messages.get("meetingForm.template.text"),
                messages.get("meetingForm.template.confirm")));
        if (confirmed) {
            actions.saveAsTemplate(saved);
        }
    }

    /** "Serie anlegen …": how many, how far apart (weeks or months), from which start. */
    void series(Consumer<List<Meeting>> created) {
        StartField start = new StartField(messages, actions.followUpStart());
        Spinner<Integer> count = new Spinner<>(1, MeetingFollowUps.SERIES_LIMIT, 4);
        count.setId("seriesCount");
        count.setEditable(true);
        Spinner<Integer> every = new Spinner<>(1, MeetingFollowUps.SERIES_LIMIT, 3);
        every.setId("seriesEvery");
        every.setEditable(true);
        ComboBox<MeetingFollowUps.Step> step = new ComboBox<>();
        step.setId("seriesStep");
        step.getItems().setAll(MeetingFollowUps.Step.values());
        step.setConverter(Converters.of(value -> messages.get(value == MeetingFollowUps.Step.WEEKS
                ? "meetingForm.series.weeks" : "meetingForm.series.months")));
        step.setValue(MeetingFollowUps.Step.MONTHS);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("meetingForm.series.first")), start.pane());
        grid.addRow(1, new Label(messages.get("meetingForm.series.count")), count);
        grid.addRow(2, new Label(messages.get("meetingForm.series.every")), new HBox(6, every, step));
        boolean confirmed = dialogs.ask(owner.get(), Prompt.of("seriesDialog",
                        messages.get("meetingForm.series.title"), grid)
                .header(messages.get("meetingForm.series.text"))
                .confirm(messages.get("meetingForm.series.confirm"))
                .disabledWhile(start.invalid()));
        if (confirmed) {
            actions.createSeries(start.value(), count.getValue(), every.getValue(), step.getValue(), created);
        }
    }

    /** ".ics exportieren …": whether VS-NfD content goes in (off unless chosen), then where to. */
    void exportCalendar(Runnable written) {
        CheckBox classified = new CheckBox(messages.get("meetingForm.export.classified"));
        classified.setId("exportClassified");
        String title = messages.get("meetingForm.export.title");
        boolean confirmed = dialogs.ask(owner.get(), Prompt.of("exportDialog", title, classified)
                .header(messages.get("meetingForm.export.text"))
                .confirm(messages.get("meetingForm.export.confirm")));
        if (confirmed) {
            dialogs.saveFile(owner.get(), FileRequest.of(title).named(actions.calendarFileName())
                            .ofType(messages.get("meetingForm.export.filter"), "ics"))
                    .ifPresent(target -> actions.exportCalendar(target, classified.isSelected(),
                            file -> written.run()));
        }
    }

    /** "Neu aus Vorlage …": a template picked from the list becomes this new meeting, at the form's start. */
    void fromTemplate(Consumer<Meeting> created) {
        actions.templates(templates -> {
            ListView<MeetingSummary> list = new ListView<>();
            list.setId("templateList");
            list.getItems().setAll(templates);
            list.setPrefHeight(220);
            list.setCellFactory(TextFieldListCell.forListView(Converters.of(actions::templateLabel)));
            list.setPlaceholder(new Label(messages.get("meetingForm.fromTemplate.none")));
            boolean confirmed = dialogs.ask(owner.get(), Prompt.of("fromTemplateDialog",
                            messages.get("meetingForm.fromTemplate.title"), list)
                    .header(messages.get("meetingForm.fromTemplate.text"))
                    .confirm(messages.get("meetingForm.fromTemplate.confirm"))
                    .disabledWhile(list.getSelectionModel().selectedItemProperty().isNull()));
            if (confirmed) {
                actions.createFromTemplate(list.getSelectionModel().getSelectedItem().id(), created);
            }
        });
    }
}
