package de.digitaldialog.desk.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Where a form's keyboard focus starts: its first field, not a toolbar button. JavaFX would focus
 * the first traversable control, often a status step such as "Einladen", which one stray Return
 * would then take.
 */
public final class FirstField {

    private FirstField() {
    }

    /** When the window shows, its first field (in the order of the scene graph) takes the focus. */
    public static void focusOnShow(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            if (window.getScene() != null) {
                focus(window.getScene().getRoot());
            }
        });
    }

    /** Focuses the first field under {@code root} once the toolkit has laid it out (after its own initial focus). */
    public static void focus(Parent root) {
        Platform.runLater(() -> in(root).ifPresent(Node::requestFocus));
    }

    /** The first visible, enabled, traversable control that is not a button, in the order of the scene graph. */
    public static Optional<Node> in(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled() || child instanceof ToolBar || child instanceof MenuBar
                    || child instanceof ButtonBar) {
                continue;
            }
            if (isField(child)) {
                return Optional.of(child);
            }
            if (child instanceof Parent inner) {
                Optional<Node> found = in(inner);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isField(Node node) {
        return node instanceof Control && node.isFocusTraversable() && !(node instanceof Button
                || node instanceof ToggleButton || node instanceof MenuButton || node instanceof Hyperlink
                || node instanceof TabPane || node instanceof ScrollPane);
    }
}
