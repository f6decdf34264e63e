package de.digitaldialog.desk.ui.encryption;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Prompt;
import javafx.stage.Window;

/**
 * "Passphrase festlegen …" / "Passphrase ändern …": the fields in a dialog that stays open while
 * the database is (re-)encrypted and closes once it is done; a refusal shows in the dialog.
 */
public final class PassphraseDialog {

    private final ViewLoader views;
    private final Messages messages;
    private final DialogService dialogs;

    public PassphraseDialog(ViewLoader views, Messages messages, DialogService dialogs) {
        this.views = views;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public void show(Window owner, EncryptionViewModel viewModel) {
        boolean change = viewModel.encryptedProperty().get();
        View<PassphraseController> view = views.load(PassphraseController.class);
        view.controller().prepare(change, viewModel.workingProperty());
        String title = messages.get(change ? "encryption.change.title" : "encryption.set.title");
        dialogs.ask(owner, Prompt.of("passphraseChangeDialog", title, view.root())
                .confirm(messages.get(change ? "encryption.change.confirm" : "encryption.set.confirm"))
                .disabledWhile(viewModel.workingProperty())
                .onConfirm(close -> viewModel.apply(view.controller().form(), close)));
    }
}
