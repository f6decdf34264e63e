package de.digitaldialog.desk.ui.meeting.list;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.CalendarWarnings;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.Icons;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The pieces both calendar grids show: a meeting as an entry in its format's colour (VS-NfD
 * with a lock and the word, not by colour alone) that opens on double-click or Enter, a day's
 * public holidays, and the handlers for opening and creating meetings.
 */
final class MeetingEntries {

    static final String ENTRY = "calendar-entry";
    private static final double FIRST_COLUMN_WIDTH = 44;
    private static final double DAY_WIDTH = 100;

    private final MeetingsViewModel viewModel;
    private final Messages messages;
    private final Appearance appearance;
    private Consumer<UUID> onOpen = id -> { };
    private Consumer<LocalDate> onNewMeeting = day -> { };

    MeetingEntries(MeetingsViewModel viewModel, Messages messages, Appearance appearance) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.appearance = appearance;
    }

    void setOnOpen(Consumer<UUID> handler) {
        this.onOpen = handler;
    }

    void open(UUID id) {
        onOpen.accept(id);
    }

    void setOnNewMeeting(Consumer<LocalDate> handler) {
        this.onNewMeeting = handler;
    }

    /** A new meeting on {@code day}: the grids ask for it on a double-click into a day's free space. */
    void newMeeting(LocalDate day) {
        onNewMeeting.accept(day);
    }

    /**
     * A grid's columns: the calendar week (month) or the hours (week) at a fixed width, then the
     * seven days, whose equal preferred widths make them share the rest evenly whatever they hold.
     */
    static void dayColumns(GridPane grid) {
        ColumnConstraints first = new ColumnConstraints(FIRST_COLUMN_WIDTH, FIRST_COLUMN_WIDTH, FIRST_COLUMN_WIDTH);
        first.setHalignment(HPos.CENTER);
        grid.getColumnConstraints().setAll(first);
        for (int i = 0; i < CalendarWeeks.DAYS_PER_WEEK; i++) {
            ColumnConstraints day = new ColumnConstraints(0, DAY_WIDTH, Double.MAX_VALUE);
            day.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(day);
        }
    }

    /** One meeting on one day, a line of the month view; the meeting's id is the node's user data. */
    Pane entry(MeetingSummary meeting, LocalDate day) {
        HBox entry = new HBox(3);
        entry.setAlignment(Pos.CENTER_LEFT);
        return fill(entry, meeting, viewModel.entryText(meeting, day));
    }

    /** One meeting as a block of the week view: the mark above, then time span and title, wrapped. */
    Pane timedEntry(MeetingSummary meeting, LocalDate day) {
        VBox entry = new VBox(1);
        entry.getStyleClass().add("timed");
        Pane filled = fill(entry, meeting, viewModel.timedEntryText(meeting, day));
        filled.setMinHeight(0);
        return filled;
    }

    private Pane fill(Pane entry, MeetingSummary meeting, String label) {
        Label text = new Label(label);
        text.getStyleClass().add("calendar-entry-text");
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        entry.setMinWidth(0);
        entry.getStyleClass().add(ENTRY);
        if (meeting.status() == MeetingStatus.ABGESAGT) {
            entry.getStyleClass().add("cancelled");
        }
        if (meeting.classification() == Classification.VS_NFD) {
            Label mark = new Label(messages.get("meetings.classified.short"), Icons.classified(meeting.classification()));
            mark.getStyleClass().add("classified-mark");
            mark.setMinWidth(Label.USE_PREF_SIZE);
            entry.getChildren().add(mark);
        }
        entry.getChildren().add(text);
        entry.setStyle(colours(meeting.formatColor()));
        entry.setUserData(meeting.id());
        entry.setFocusTraversable(true);
        Tooltip.install(entry, new Tooltip(viewModel.describe(meeting)));
        entry.setAccessibleText(viewModel.describe(meeting));
        entry.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                entry.requestFocus();
                if (event.getClickCount() == 2) {
                    onOpen.accept(meeting.id());
                }
                event.consume();
            }
        });
        entry.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                onOpen.accept(meeting.id());
                event.consume();
            }
        });
        return entry;
    }

    /** The day's holidays, each a line with its Länder; the tooltip says it in full. */
    Label holiday(String label, LocalDate day) {
        Label holiday = new Label(label, Icons.icon("mdi2c-calendar-star", 12));
        holiday.getStyleClass().add("holiday-label");
        holiday.setWrapText(true);
        holiday.setMinWidth(0);
        holiday.setTooltip(new Tooltip(CalendarWarnings.holidayWarnings(day).stream()
                .map(warning -> messages.get(warning.key(), warning.args().toArray()))
                .collect(Collectors.joining("\n"))));
        return holiday;
    }

    /** A light tint of the format's colour behind the entry, the full colour as its left edge. */
    private String colours(String formatColor) {
        Color colour = Icons.color(appearance.readable(formatColor), Color.GRAY);
        return "-fx-background-color: " + rgba(colour, 0.18) + "; -fx-border-color: " + rgba(colour, 1) + ";";
    }

    private static String rgba(Color colour, double opacity) {
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %.2f)", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255), opacity);
    }
}
