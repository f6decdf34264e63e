package de.digitaldialog.desk.ui.shell;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Prompt;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** F1: what this program is, its version, the data folder and the keyboard shortcuts. */
public final class AboutDialog {

    private final Messages messages;
    private final WorkspaceModel model;
    private final DialogService dialogs;

    public AboutDialog(Messages messages, WorkspaceModel model, DialogService dialogs) {
        this.messages = messages;
        this.model = model;
        this.dialogs = dialogs;
    }

    public void show(Window owner) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("about-content");
        grid.setHgap(12);
        grid.setVgap(8);
        Label purpose = new Label(messages.get("about.purpose"));
        purpose.setWrapText(true);
        purpose.setMaxWidth(480);
        grid.add(purpose, 0, 0, 2, 1);
        grid.getColumnConstraints().add(new ColumnConstraints(
                Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE, Region.USE_PREF_SIZE));
        grid.add(new Label(messages.get("about.dataFolder")), 0, 1);
        TextField folder = new TextField(model.folder().toAbsolutePath().toString());
        folder.setEditable(false);
        folder.setPrefColumnCount(32);
        grid.add(folder, 1, 1);
        grid.add(new Label(messages.get("about.shortcuts")), 0, 2);
        Label keys = new Label(messages.get("about.shortcuts.list"));
        keys.setWrapText(true);
        keys.setMaxWidth(380);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(keys, 1, 2);
        grid.add(new Label(messages.get("about.runtime")), 0, 3);
        grid.add(new Label("Java " + System.getProperty("java.version")
                + " · JavaFX " + System.getProperty("javafx.runtime.version", "?")), 1, 3);
        Prompt about = Prompt.of("aboutDialog", messages.get("about.title"), grid)
                .header(messages.get("app.name") + " " + version());
        var icon = getClass().getResource("/de/digitaldialog/desk/icons/desk-64.png");
        if (icon != null) {
            about.graphic(new ImageView(new Image(icon.toExternalForm(), 48, 48, true, true)));
        }
        dialogs.open(owner, about);
    }

    private static String version() {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version != null ? version : "";
    }
}
