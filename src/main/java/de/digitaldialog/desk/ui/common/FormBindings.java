package de.digitaldialog.desk.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.util.Callback;
import javafx.scene.control.ListView;

/** Small bindings forms share: a field's message under it, a check when the field is left. */
public final class FormBindings {

    private FormBindings() {
    }

    /** The label under a field shows the message and takes no room while there is none. */
    public static void message(Label label, ReadOnlyStringProperty error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.getStyleClass().add("field-error");
    }

    /** Marks the field as invalid while its message shows. */
    public static void markInvalid(javafx.scene.Node field, ReadOnlyStringProperty error) {
        error.addListener((observable, was, now) -> field.pseudoClassStateChanged(
                atlantafx.base.theme.Styles.STATE_DANGER, now != null && !now.isEmpty()));
    }

    /** Runs the check when the field loses the focus. */
    public static void onLeave(javafx.scene.Node field, Runnable check) {
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                check.run();
            }
        });
    }

    public static void bind(TextField field, StringProperty value) {
        field.textProperty().bindBidirectional(value);
    }

    /** An editable combo box bound to a text, its list showing a label per item. */
    public static void bind(ComboBox<String> box, StringProperty value, java.util.function.Function<String, String> label) {
        box.setEditable(true);
        box.getEditor().textProperty().bindBidirectional(value);
        Callback<ListView<String>, ListCell<String>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.valueProperty().addListener((observable, was, now) -> {
            if (now != null && !now.equals(value.get())) {
                value.set(now);
            }
        });
    }
}
