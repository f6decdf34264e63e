package de.digitaldialog.desk.ui.dialog;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Traces;
import de.digitaldialog.desk.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The one dialog for every failure: a message a person can read, and the technical details
 * folded away in a text area that can be selected and copied.
 */
public final class ErrorDialog {

    private final Messages messages;

    public ErrorDialog(Messages messages) {
        this.messages = messages;
    }

    /** The readable message of a failure: a {@link DeskException} in the UI language, else "unexpected". */
    public String messageOf(Throwable error) {
        return messages.failure(error);
    }

    /** The trace without the exceptions' messages, which may quote SQL and record contents. */
    public static String details(Throwable error) {
        return Traces.withoutMessages(error);
    }

    public Dialog<ButtonType> create(Window owner, Throwable error) {
        return create(owner, messageOf(error), details(error));
    }

    public Dialog<ButtonType> create(Window owner, String message, String details) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("error.dialog.title"));
        dialog.setHeaderText(messages.get("error.dialog.header"));
        dialog.getDialogPane().getStyleClass().add("error-dialog");
        dialog.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        dialog.getDialogPane().setId("errorDialog");

        Label text = new Label(message);
        text.setId("errorMessage");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setMinHeight(Region.USE_PREF_SIZE);

        TextArea area = new TextArea(details);
        area.setId("errorDetails");
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        area.setPrefColumnCount(70);
        area.getStyleClass().add("details-text");
        Button copy = new Button(messages.get("error.dialog.copy"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(message + System.lineSeparator() + System.lineSeparator() + details);
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox detailBox = new VBox(8, area, new HBox(copy));
        VBox.setVgrow(area, Priority.ALWAYS);
        TitledPane folded = new TitledPane(messages.get("error.dialog.details"), detailBox);
        folded.setId("errorDetailsPane");
        folded.setExpanded(false);
        folded.setAnimated(false);
        folded.expandedProperty().addListener((observable, was, now) -> Platform.runLater(() -> {
            var window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (window != null) {
                window.sizeToScene();
            }
        }));

        VBox content = new VBox(12, text, folded);
        content.setPrefWidth(560);
        content.getStyleClass().add("error-content");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        return dialog;
    }
}
