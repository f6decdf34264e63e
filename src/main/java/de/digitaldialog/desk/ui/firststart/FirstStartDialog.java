package de.digitaldialog.desk.ui.firststart;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Prompt;
import javafx.stage.Window;

/** Asks for the user's name, ministry and e-mail at first start; "Später" closes it unsaved. */
public final class FirstStartDialog {

    private final ViewLoader views;
    private final Messages messages;
    private final DialogService dialogs;

    public FirstStartDialog(ViewLoader views, Messages messages, DialogService dialogs) {
        this.views = views;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** Opens the dialog; it closes once the profile is stored, or by "Später". */
    public void show(Window owner) {
        View<FirstStartController> view = views.load(FirstStartController.class);
        FirstStartViewModel viewModel = view.controller().viewModel();
        dialogs.open(owner, Prompt.of("firstStartDialog", messages.get("firstStart.title"), view.root())
                .confirm(messages.get("firstStart.save"))
                .back(messages.get("firstStart.later"))
                .disabledWhile(viewModel.saveDisabledBinding())
                .onConfirm(viewModel::save));
    }
}
