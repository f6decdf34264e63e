package de.digitaldialog.desk.ui.meetings;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.Page;
import java.time.LocalDateTime;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Binds the list of meetings. */
public final class MeetingsController implements Page {

    private final MeetingsViewModel viewModel;
    private final Messages messages;
    private final Formats formats;
    private final Appearance appearance;

    @FXML
    private Label summary;
    @FXML
    private TableView<MeetingSummary> meetings;
    @FXML
    private TableColumn<MeetingSummary, String> numberColumn;
    @FXML
    private TableColumn<MeetingSummary, MeetingSummary> dateColumn;
    @FXML
    private TableColumn<MeetingSummary, MeetingSummary> titleColumn;
    @FXML
    private TableColumn<MeetingSummary, MeetingSummary> formatColumn;
    @FXML
    private TableColumn<MeetingSummary, String> modeColumn;
    @FXML
    private TableColumn<MeetingSummary, String> statusColumn;
    @FXML
    private TableColumn<MeetingSummary, String> hostColumn;

    public MeetingsController(MeetingsViewModel viewModel, Messages messages, Appearance appearance) {
        this.viewModel = viewModel;
        this.appearance = appearance;
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
    }

    @FXML
    private void initialize() {
        numberColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().number()));
        dateColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        dateColumn.setComparator(java.util.Comparator.comparing(MeetingSummary::startsAt,
                java.util.Comparator.nullsFirst(java.util.Comparator.<LocalDateTime>naturalOrder())));
        dateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(MeetingSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : formats.span(item.startsAt(), item.endsAt()));
            }
        });
        titleColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        titleColumn.setComparator(java.util.Comparator.comparing(MeetingSummary::title, String.CASE_INSENSITIVE_ORDER));
        titleColumn.setCellFactory(column -> cell(MeetingSummary::title, meeting -> {
            if (meeting.classification() == Classification.VS_NFD) {
                var lock = Icons.icon("mdi2l-lock-outline", 14);
                lock.getStyleClass().add("classified-icon");
                return lock;
            }
            return null;
        }));
        formatColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        formatColumn.setComparator(java.util.Comparator.comparing(viewModel::formatName));
        formatColumn.setCellFactory(column -> cell(viewModel::formatName,
                meeting -> Icons.icon("mdi2c-circle", 10, appearance.readable(meeting.formatColor()))));
        modeColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(messages.label(row.getValue().mode())));
        statusColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(messages.label(row.getValue().status())));
        hostColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(viewModel.landName(row.getValue().hostLandCode())));
        meetings.setItems(viewModel.meetings());
        meetings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        summary.textProperty().bind(viewModel.summaryProperty());
    }

    private TableCell<MeetingSummary, MeetingSummary> cell(Function<MeetingSummary, String> text,
                                                           Function<MeetingSummary, javafx.scene.Node> graphic) {
        return new TableCell<>() {
            @Override
            protected void updateItem(MeetingSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(text.apply(item));
                setGraphic(graphic.apply(item));
                String place = item.place() == null || item.place().isBlank() ? "" : "\n" + item.place();
                setTooltip(new Tooltip(text.apply(item) + place));
            }
        };
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
