package de.digitaldialog.desk.ui.meetings;

import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

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
        Tables.text(numberColumn, MeetingSummary::number);
        Tables.row(dateColumn, Comparator.comparing(MeetingSummary::startsAt,
                Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder())));
        dateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(MeetingSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : formats.span(item.startsAt(), item.endsAt()));
            }
        });
        Tables.row(titleColumn, Comparator.comparing(MeetingSummary::title, String.CASE_INSENSITIVE_ORDER));
        titleColumn.setCellFactory(column -> Tables.cell(MeetingSummary::title,
                meeting -> Icons.classified(meeting.classification()), withPlace(MeetingSummary::title)));
        Tables.row(formatColumn, Comparator.comparing(viewModel::formatName));
        formatColumn.setCellFactory(column -> Tables.cell(viewModel::formatName,
                meeting -> Icons.icon("mdi2c-circle", 10, appearance.readable(meeting.formatColor())),
                withPlace(viewModel::formatName)));
        Tables.text(modeColumn, meeting -> messages.label(meeting.mode()));
        Tables.text(statusColumn, meeting -> messages.label(meeting.status()));
        Tables.text(hostColumn, meeting -> viewModel.landName(meeting.hostLandCode()));
        Tables.show(meetings, viewModel.meetings());
        summary.textProperty().bind(viewModel.summaryProperty());
    }

    /** The cell's text, and the place of the meeting under it when there is one. */
    private static Function<MeetingSummary, String> withPlace(Function<MeetingSummary, String> text) {
        return meeting -> text.apply(meeting)
                + (meeting.place() == null || meeting.place().isBlank() ? "" : "\n" + meeting.place());
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
