package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Tables;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/** Binds the read-only parts of the initiative form (history table, references list) to {@link HistoryViewModel}. */
final class HistoryBinding {

    private final HistoryViewModel viewModel;
    private final Messages messages;
    private final Formats formats;

    HistoryBinding(HistoryViewModel viewModel, Messages messages, Formats formats) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * @param columns    when, who, from, to, why
     * @param openMeeting what a reference line does on double-click or Enter when it names a meeting
     */
    void bind(TableView<StatusChange> table, List<TableColumn<StatusChange, String>> columns,
              ListView<HistoryViewModel.Reference> references, Consumer<UUID> openMeeting) {
        table.setItems(viewModel.history());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(StatusChange entry, boolean empty) {
                super.updateItem(entry, empty);
                // the whole entry at a glance when a column is too narrow
                setTooltip(empty || entry == null ? null : new Tooltip(
                        formats.dateTime(entry.changedAt()) + " · " + entry.changedBy() + "\n"
                                + viewModel.value(entry, entry.fromValue()) + " → "
                                + viewModel.target(entry) + "\n" + entry.reason()));
            }
        });
        text(columns.get(0), entry -> formats.dateTime(entry.changedAt()));
        text(columns.get(1), StatusChange::changedBy);
        text(columns.get(2), entry -> (entry.kind() == StatusChange.Kind.ARENA
                ? messages.get("initiativeForm.history.arena") + " " : "")
                + viewModel.value(entry, entry.fromValue()));
        text(columns.get(3), viewModel::target);
        text(columns.get(4), StatusChange::reason);
        columns.subList(2, 5).forEach(HistoryBinding::wrap);

        references.setItems(viewModel.references());
        references.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryViewModel.Reference item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
        Tables.openItems(references, chosen -> {
            if (chosen.meetingId() != null) {
                openMeeting.accept(chosen.meetingId());
            }
        });
    }

    /**
     * Long values ("Übergeben an …" with the successor, a reason) wrap onto more lines: a text
     * node wrapping at the column's width, as a cell's own label would only cut them off.
     */
    private static <T> void wrap(TableColumn<T, String> column) {
        column.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(16));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                text.setText(empty || value == null ? null : value);
                setGraphic(empty || value == null ? null : text);
            }
        });
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }
}
