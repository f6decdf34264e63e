package de.digitaldialog.desk.ui.briefing;

import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the preview of a briefing sheet in a window of its own: options, pages, zoom, print and
 * save as PDF. Get it from the controller factory (a constructor parameter
 * {@code BriefingPreviewWindow preview} of a controller is enough), then e.g.
 * {@code preview.open(owner, BriefingRequest.meeting("SIT-BY1-0001", messages.locale()))}.
 */
public final class BriefingPreviewWindow {

    private final ViewLoader views;

    public BriefingPreviewWindow(ViewLoader views) {
        this.views = views;
    }

    /** Shows the window and starts generating the document in the background. */
    public Stage open(Window owner, BriefingRequest request) {
        View<BriefingPreviewController> view = views.load(BriefingPreviewController.class);
        BriefingPreviewController controller = view.controller();
        BriefingPreviewViewModel viewModel = controller.viewModel();
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(view.root(), 1100, 820);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        scene.getStylesheets().add(BriefingPreviewWindow.class.getResource("BriefingPreview.css").toExternalForm());
        if (owner != null && owner.getScene() != null) {
            owner.getScene().getStylesheets().stream()
                    .filter(sheet -> !scene.getStylesheets().contains(sheet))
                    .forEach(scene.getStylesheets()::add);
        }
        for (KeyCode plus : new KeyCode[] {KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS}) {
            scene.getAccelerators().put(new KeyCodeCombination(plus, KeyCombination.SHORTCUT_DOWN), controller::zoomIn);
        }
        for (KeyCode minus : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            scene.getAccelerators().put(new KeyCodeCombination(minus, KeyCombination.SHORTCUT_DOWN), controller::zoomOut);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), controller::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), controller::save);
        // the window's state, for whoever holds the root (tests)
        view.root().getProperties().put(BriefingPreviewController.class, controller);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnHidden(event -> viewModel.close());
        viewModel.start(request);
        controller.bindOptions();
        stage.show();
        return stage;
    }
}
