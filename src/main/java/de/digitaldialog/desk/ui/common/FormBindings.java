package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.i18n.Messages;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.util.Callback;
import org.controlsfx.control.CheckComboBox;

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
    public static void markInvalid(Node field, ReadOnlyStringProperty error) {
        error.addListener((observable, was, now) -> field.pseudoClassStateChanged(
                atlantafx.base.theme.Styles.STATE_DANGER, now != null && !now.isEmpty()));
    }

    /** Runs the check when the field loses the focus. */
    public static void onLeave(Node field, Runnable check) {
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
    public static void bind(ComboBox<String> box, StringProperty value, Function<String, String> label) {
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

    /** A combo box of a stored value set, each value labelled from the bundle. */
    public static <E extends Enum<E>> void choice(ComboBox<E> box, E[] values, Messages messages,
                                                  ObjectProperty<E> value) {
        box.getItems().setAll(Arrays.asList(values));
        box.setConverter(Converters.of(messages::label));
        box.valueProperty().bindBidirectional(value);
    }

    /**
     * A check combo box kept in step with a view model's options and chosen items, both ways;
     * new options keep the checks of the items still chosen.
     */
    public static <T> void checks(CheckComboBox<T> box, ObservableList<T> options, ObservableList<T> chosen,
                                  Function<T, String> label) {
        box.getItems().setAll(options);
        box.setConverter(Converters.of(label));
        boolean[] syncing = {false};
        Runnable toBox = () -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                chosen.forEach(item -> box.getCheckModel().check(item));
            } finally {
                syncing[0] = false;
            }
        };
        options.addListener((ListChangeListener<T>) change -> {
            syncing[0] = true;
            try {
                box.getItems().setAll(options);
            } finally {
                syncing[0] = false;
            }
            toBox.run();
        });
        chosen.addListener((ListChangeListener<T>) change -> toBox.run());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            if (!syncing[0]) {
                syncing[0] = true;
                try {
                    chosen.setAll(List.copyOf(box.getCheckModel().getCheckedItems()));
                } finally {
                    syncing[0] = false;
                }
            }
        });
        toBox.run();
    }

    /** A date typed but not yet confirmed with Enter counts too (Ctrl+S straight from the field). */
    public static void commitTyped(DatePicker picker) {
        LocalDate value = picker.getConverter().fromString(picker.getEditor().getText());
        if (!Objects.equals(value, picker.getValue())) {
            picker.setValue(value);
        }
    }
}
