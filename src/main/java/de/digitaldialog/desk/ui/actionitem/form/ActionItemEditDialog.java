package de.digitaldialog.desk.ui.actionitem.form;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the progress update of an action item in a small window over the list. */
public final class ActionItemEditDialog {

    private final ViewLoader views;
    private final Messages messages;

    public ActionItemEditDialog(ViewLoader views, Messages messages) {
        this.views = views;
        this.messages = messages;
    }

    public Stage open(Window owner, ActionItemEditViewModel model) {
        View<ActionItemEditController> view = views.load(ActionItemEditController.class);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("actionItems.edit.title", model.row().meetingNumber()));
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(ViewLoader.stylesheet());
        if (owner != null && owner.getScene() != null) {
            // the window's theme (AtlantaFX light/dark) follows into the dialog
            owner.getScene().getStylesheets().stream()
                    .filter(sheet -> !scene.getStylesheets().contains(sheet))
                    .forEach(scene.getStylesheets()::add);
        }
        stage.setScene(scene);
        view.controller().bind(model, stage::close);
        // a message under a field makes the window taller rather than cutting the texts short
        model.delayReasonErrorProperty().addListener(shown -> Platform.runLater(stage::sizeToScene));
        model.problemProperty().addListener(shown -> Platform.runLater(stage::sizeToScene));
        stage.show();
        return stage;
    }
}
