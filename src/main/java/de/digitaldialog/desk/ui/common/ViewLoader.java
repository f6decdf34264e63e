package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML with the UI bundle and the controller factory. By convention the FXML of
 * {@code ui/overview/OverviewController} is {@code ui/overview/OverviewView.fxml} on the classpath.
 */
public final class ViewLoader {

    /** The window's own stylesheet (on top of AtlantaFX); dialogs add it too. */
    public static final String STYLESHEET = "/de/digitaldialog/desk/ui/desk.css";

    private final ControllerFactory controllers;
    private final Messages messages;

    public ViewLoader(ControllerFactory controllers, Messages messages) {
        this.controllers = controllers;
        this.messages = messages;
    }

    public <C> View<C> load(Class<C> controllerType) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "View") + ".fxml";
        URL location = controllerType.getResource(name);
        if (location == null) {
            throw new IllegalStateException("No FXML " + name + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location, e);
        }
    }

    public static String stylesheet() {
        return ViewLoader.class.getResource(STYLESHEET).toExternalForm();
    }

    public Messages messages() {
        return messages;
    }
}
