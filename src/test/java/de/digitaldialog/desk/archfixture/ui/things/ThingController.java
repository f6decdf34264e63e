package de.digitaldialog.desk.archfixture.ui.things;

import de.digitaldialog.desk.archfixture.service.ThingService;
import de.digitaldialog.desk.archfixture.workspace.Workspace;
import javafx.scene.control.Alert;

/** Breaks every view rule on purpose: a locator, a service and its own dialog in a controller. */
public final class ThingController {

    private final Workspace workspace;
    private final ThingService things;

    public ThingController(Workspace workspace, ThingService things) {
        this.workspace = workspace;
        this.things = things;
    }

    boolean confirm() {
        return new Alert(Alert.AlertType.CONFIRMATION).showAndWait().isPresent() && workspace != null && things != null;
    }
}
