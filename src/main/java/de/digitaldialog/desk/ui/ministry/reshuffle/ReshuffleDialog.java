package de.digitaldialog.desk.ui.ministry.reshuffle;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.dialog.Prompt;
import de.digitaldialog.desk.ui.dialog.Question;
import de.digitaldialog.desk.ui.ministry.handover.HandOverDialog;
import java.time.LocalDate;
import java.util.List;
import javafx.stage.Window;

/**
 * "Kabinettsumbildung …" on a ministry: the dialog stays open until the reshuffle is stored (a
 * refusal shows inside it); then it offers to hand over what the ended ministry still has open.
 */
public final class ReshuffleDialog {

    private final ViewLoader views;
    private final DialogService dialogs;
    private final Messages messages;
    private final WorkspaceModel model;
    private final ErrorReporter errors;
    private final HandOverDialog handOver;

    public ReshuffleDialog(ViewLoader views, DialogService dialogs, Messages messages, WorkspaceModel model,
                           ErrorReporter errors, HandOverDialog handOver) {
        this.views = views;
        this.dialogs = dialogs;
        this.messages = messages;
        this.model = model;
        this.errors = errors;
        this.handOver = handOver;
    }

    /** @param all every stored ministry, for the successors to choose from and the rules */
    public void open(Window owner, Ministry ending, List<Ministry> all) {
        View<ReshuffleController> view = views.load(ReshuffleController.class);
        ReshuffleViewModel viewModel = view.controller().viewModel();
        viewModel.onUnexpected(errors::report);
        viewModel.start(ending, all, LocalDate.now(Formats.ZONE));
        view.controller().bind();
        boolean stored = dialogs.ask(owner, Prompt.of("reshuffle", messages.get("reshuffle.title"), view.root())
                .confirm(messages.get("reshuffle.confirm"))
                .disabledWhile(viewModel.busyProperty())
                .onConfirm(close -> view.controller().save(ended -> close.run())));
        if (!stored) {
            return;
        }
        model.changed();
        if (dialogs.confirm(owner, Question.of("reshuffleHandOver",
                messages.get("reshuffle.handOver.text", ending.abbreviation()), messages.get("handOver.action")))) {
            handOver.open(owner, ending.id());
        }
    }
}
