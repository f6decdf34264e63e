package de.digitaldialog.desk.ui.common;

import javafx.scene.Parent;

/** A loaded FXML view: its root node and its controller. */
public record View<C>(Parent root, C controller) {
}
