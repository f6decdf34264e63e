package de.digitaldialog.desk.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.event.EventTarget;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window a form (an initiative, a meeting) opens in: the window's stylesheets and theme,
 * its shared look (FormWindow.css: ControlsFX fields in the AtlantaFX theme, the problem banner),
 * Ctrl+S saves, Esc and the window's close button ask the form, which guards unsaved changes;
 * the focus starts on the form's first field ({@link FirstField}).
 */
public final class FormWindow {

    private static final String STYLESHEET = "FormWindow.css";
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 760;

    private FormWindow() {
    }

    /**
     * A stage, not yet shown, holding the form.
     *
     * @param save         what Ctrl+S does
     * @param requestClose what Esc and closing the window do
     * @param stylesheets  the form's own sheets (classpath URLs), if any, on top of the shared ones
     */
    public static Stage of(Window owner, Parent form, ObservableStringValue title, Runnable save,
                           Runnable requestClose, String... stylesheets) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        form.getStyleClass().add("form-window");
        Scene scene = new Scene(form, WIDTH, HEIGHT);
        scene.getStylesheets().addAll(ViewLoader.stylesheet(), FormWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.getStylesheets().addAll(stylesheets);
        if (owner != null && owner.getScene() != null) {
            // the window's theme (AtlantaFX light/dark) is set application-wide; its own sheets follow
            owner.getScene().getStylesheets().stream()
                    .filter(sheet -> !scene.getStylesheets().contains(sheet))
                    .forEach(scene.getStylesheets()::add);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save);
        // a handler, not a filter: an open popup (combo box, date picker) takes its Esc first
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                requestClose.run();
            }
        });
        // lists and tables swallow Esc to cancel an edit even when none runs: there it closes too
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && notEditing(event.getTarget())) {
                event.consume();
                requestClose.run();
            }
        });
        stage.setScene(scene);
        FirstField.focusOnShow(stage);
        stage.titleProperty().bind(title);
        stage.setOnCloseRequest(event -> {
            event.consume();
            requestClose.run();
        });
        return stage;
    }

    private static boolean notEditing(EventTarget target) {
        return target instanceof ListView<?> list && list.getEditingIndex() < 0
                || target instanceof TableView<?> table && table.getEditingCell() == null;
    }
}
