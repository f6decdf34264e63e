package de.digitaldialog.desk.ui.shell;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** F1: what this program is, its version, the data folder and the keyboard shortcuts. */
public final class AboutDialog {

    private final Messages messages;
    private final WorkspaceModel model;

    public AboutDialog(Messages messages, WorkspaceModel model) {
        this.messages = messages;
        this.model = model;
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("about.title"));
        dialog.setHeaderText(messages.get("app.name") + " " + version());
        var icon = getClass().getResource("/de/digitaldialog/desk/icons/desk-64.png");
        if (icon != null) {
            dialog.setGraphic(new ImageView(new Image(icon.toExternalForm(), 48, 48, true, true)));
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("about-content");
        grid.setHgap(12);
        grid.setVgap(8);
        Label purpose = new Label(messages.get("about.purpose"));
        purpose.setWrapText(true);
        purpose.setMaxWidth(480);
        grid.add(purpose, 0, 0, 2, 1);
        grid.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(
                javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_COMPUTED_SIZE,
                javafx.scene.layout.Region.USE_PREF_SIZE));
        grid.add(new Label(messages.get("about.dataFolder")), 0, 1);
        TextField folder = new TextField(model.folder().toAbsolutePath().toString());
        folder.setEditable(false);
        folder.setPrefColumnCount(32);
        grid.add(folder, 1, 1);
        grid.add(new Label(messages.get("about.shortcuts")), 0, 2);
        Label keys = new Label(messages.get("about.shortcuts.list"));
        keys.setWrapText(true);
        keys.setMaxWidth(380);
        keys.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(keys, 1, 2);
        grid.add(new Label(messages.get("about.runtime")), 0, 3);
        grid.add(new Label("Java " + System.getProperty("java.version")
                + " · JavaFX " + System.getProperty("javafx.runtime.version", "?")), 1, 3);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().add(de.digitaldialog.desk.ui.common.ViewLoader.stylesheet());
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
    }

    private static String version() {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version != null ? version : "";
    }
}
