package de.digitaldialog.desk.ui.ministry.handover;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MinistryService.HandOverResult;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.dialog.Prompt;
import de.digitaldialog.desk.ui.dialog.Question;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * "Übergeben …" on an ended or ending ministry: choose the successor and a reason, confirm what
 * moves, then the hand-over runs in one transaction and the user is told what moved.
 */
public final class HandOverDialog {

    private final ViewLoader views;
    private final DialogService dialogs;
    private final Messages messages;
    private final WorkspaceModel model;
    private final ErrorReporter errors;

    public HandOverDialog(ViewLoader views, DialogService dialogs, Messages messages, WorkspaceModel model,
                          ErrorReporter errors) {
        this.views = views;
        this.dialogs = dialogs;
        this.messages = messages;
        this.model = model;
        this.errors = errors;
    }

    public void open(Window owner, UUID endingMinistryId) {
        View<HandOverController> view = views.load(HandOverController.class);
        HandOverViewModel viewModel = view.controller().viewModel();
        viewModel.onUnexpected(errors::report);
        viewModel.load(endingMinistryId);
        AtomicReference<HandOverResult> moved = new AtomicReference<>();
        boolean done = dialogs.ask(owner, Prompt.of("handOver", messages.get("handOver.title"), view.root())
                .confirm(messages.get("handOver.action"))
                .disabledWhile(viewModel.cannotHandOver())
                .onConfirm(close -> {
                    if (viewModel.ready() && dialogs.confirm(windowOf(view.root(), owner),
                            Question.of("handOverCheck", viewModel.confirmation(), messages.get("handOver.confirm")))) {
                        viewModel.handOver(result -> {
                            moved.set(result);
                            close.run();
                        });
                    }
                }));
        if (done && moved.get() != null) {
            model.changed();
            dialogs.inform(owner, messages.get("handOver.title"), viewModel.result(moved.get()));
        }
    }

    private static Window windowOf(Node content, Window fallback) {
        return content.getScene() == null ? fallback : content.getScene().getWindow();
    }
}
