package de.digitaldialog.desk.ui.actionitem.form;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Prompt;
import javafx.stage.Window;

/**
 * Opens an action item's form in a dialog over the list or the agenda; the dialog stays open
 * until the item is saved, so a refusal shows inside it.
 */
public final class ActionItemEditDialog {

    private final ViewLoader views;
    private final DialogService dialogs;
    private final Messages messages;

    public ActionItemEditDialog(ViewLoader views, DialogService dialogs, Messages messages) {
        this.views = views;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void open(Window owner, ActionItemEditViewModel model) {
        View<ActionItemEditController> view = views.load(ActionItemEditController.class);
        view.controller().bind(model);
        dialogs.open(owner, Prompt.of("actionEdit", model.title(), view.root())
                .confirm(model.confirmLabel())
                .back(messages.get("actionItems.edit.cancel"))
                .disabledWhile(model.cannotSave())
                .onConfirm(view.controller()::save)
                .closedBy(view.controller()::closeWith));
    }
}
