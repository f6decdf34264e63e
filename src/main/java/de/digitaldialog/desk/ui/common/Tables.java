package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.i18n.Messages;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionModel;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/**
 * The set-up the list pages' tables share (initiatives, theme areas, meetings, best practices):
 * rows and width, text columns, cells with an icon and a tooltip, the title of a classified row.
 */
public final class Tables {

    private Tables() {
    }

    /** Shows the rows; the columns share the table's width. */
    public static <T> void show(TableView<T> table, ObservableList<T> rows) {
        table.setItems(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    /** A column of one text per row. */
    public static <T> void text(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
    }

    /** A column whose value is the whole row (its cell shows more than one field), sorted by {@code order}. */
    public static <T> void row(TableColumn<T, T> column, Comparator<T> order) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setComparator(order);
    }

    /** A cell showing a text, an icon (may be null) and a tooltip per row; an empty row shows nothing. */
    public static <T> TableCell<T, T> cell(Function<T, String> text, Function<T, Node> graphic,
                                           Function<T, String> tooltip) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(text.apply(item));
                setGraphic(graphic.apply(item));
                setTooltip(new Tooltip(tooltip.apply(item)));
            }
        };
    }

    /** Enter or a double-click on a row opens it, as every list of the window does. */
    public static <T> void openRows(TableView<T> table, Consumer<T> open) {
        openSelected(table, table.getSelectionModel(), open);
    }

    /** The same for a plain list. */
    public static <T> void openItems(ListView<T> list, Consumer<T> open) {
        openSelected(list, list.getSelectionModel(), open);
    }

    private static <T> void openSelected(Control control, SelectionModel<T> selection, Consumer<T> open) {
        control.setOnMouseClicked(event -> {
            T row = selection.getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && row != null) {
                open.accept(row);
            }
        });
        control.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            T row = selection.getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && row != null) {
                event.consume();
                open.accept(row);
            }
        });
    }

    /** Rows for which {@code test} holds get the pseudo-class (e.g. {@code :overdue}, a tint). */
    public static <T> void markRows(TableView<T> table, PseudoClass mark, Predicate<T> test) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(mark, !empty && item != null && test.test(item));
            }
        });
    }

    /**
     * The title column, sorted by title: a classified (VS-NfD) row has the lock before its title
     * and its classification in the tooltip.
     */
    public static <T> void title(TableColumn<T, T> column, Function<T, String> title,
                                 Function<T, Classification> classification, Messages messages) {
        row(column, Comparator.comparing(title, String.CASE_INSENSITIVE_ORDER));
        column.setCellFactory(c -> cell(title, item -> Icons.classified(classification.apply(item)), item ->
                classification.apply(item) == Classification.VS_NFD
                        ? title.apply(item) + " – " + messages.label(classification.apply(item))
                        : title.apply(item)));
    }
}
