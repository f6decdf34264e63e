package de.digitaldialog.desk.ui.firststart;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Asks for the user's name, ministry and e-mail at first start; "Später" closes it unsaved. */
public final class FirstStartDialog {

    private final ViewLoader views;
    private final Messages messages;

    public FirstStartDialog(ViewLoader views, Messages messages) {
        this.views = views;
        this.messages = messages;
    }

    public Dialog<ButtonType> create(Window owner) {
        View<FirstStartController> view = views.load(FirstStartController.class);
        FirstStartViewModel viewModel = view.controller().viewModel();
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("firstStart.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("firstStartDialog");
        pane.getStylesheets().add(ViewLoader.stylesheet());
        pane.setContent(view.root());
        ButtonType save = new ButtonType(messages.get("firstStart.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("firstStart.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, later);
        Node saveButton = pane.lookupButton(save);
        saveButton.setId("firstStartSave");
        pane.lookupButton(later).setId("firstStartLater");
        saveButton.disableProperty().bind(viewModel.saveDisabledBinding());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // the dialog closes only once the profile is stored
            event.consume();
            viewModel.save(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        return dialog;
    }

    public void show(Window owner) {
        create(owner).show();
    }
}
