package de.digitaldialog.desk.ui.meeting.list;

import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The month view: one row per week (Monday first) with its calendar week (KW) in front, each day
 * with its number, holidays and meetings. Days of the neighbouring months are dimmed; today is
 * marked by a circle and the word. A double-click on a day outside its entries asks for a new
 * meeting on that day.
 */
final class MonthGrid extends GridPane {

    private static final int ENTRIES_PER_DAY = 3;

    private final MeetingsViewModel viewModel;
    private final MeetingEntries entries;
    private final Messages messages;

    MonthGrid(MeetingsViewModel viewModel, MeetingEntries entries, Messages messages) {
        this.viewModel = viewModel;
        this.entries = entries;
        this.messages = messages;
        setId("monthGrid");
        getStyleClass().add("month-grid");
        setFocusTraversable(true);
        setOnMouseClicked(event -> requestFocus());
    }

    /** Draws the month around the view model's anchor. */
    void rebuild() {
        getChildren().clear();
        MeetingEntries.dayColumns(this);
        getRowConstraints().clear();
        getRowConstraints().add(new RowConstraints(28, 28, 28));
        Label kw = new Label(messages.get("meetings.calendarWeek.short"));
        kw.getStyleClass().add("calendar-week-heading");
        add(kw, 0, 0);
        for (int i = 0; i < CalendarWeeks.DAYS_PER_WEEK; i++) {
            DayOfWeek weekday = DayOfWeek.MONDAY.plus(i);
            Label name = new Label(weekday.getDisplayName(TextStyle.SHORT, messages.locale()));
            name.getStyleClass().add("weekday-heading");
            name.setMaxWidth(Double.MAX_VALUE);
            add(name, i + 1, 0);
        }
        List<LocalDate> weeks = viewModel.monthWeeks();
        for (int row = 0; row < weeks.size(); row++) {
            RowConstraints constraints = new RowConstraints();
            constraints.setVgrow(Priority.ALWAYS);
            constraints.setMinHeight(72);
            getRowConstraints().add(constraints);
            LocalDate monday = weeks.get(row);
            Label number = new Label(Integer.toString(CalendarWeeks.weekNumber(monday)));
            number.getStyleClass().add("calendar-week");
            number.setAccessibleText(messages.get("meetings.calendarWeek", CalendarWeeks.weekNumber(monday)));
            add(number, 0, row + 1);
            for (int column = 0; column < CalendarWeeks.DAYS_PER_WEEK; column++) {
                add(day(monday.plusDays(column)), column + 1, row + 1);
            }
        }
    }

    private VBox day(LocalDate day) {
        VBox cell = new VBox(2);
        cell.setId("day-" + day);
        cell.getStyleClass().add("month-day");
        cell.setMinSize(0, 0);
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        if (!viewModel.inShownMonth(day)) {
            cell.getStyleClass().add("other-month");
        }
        if (day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
            cell.getStyleClass().add("weekend");
        }
        Label number = new Label(Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add("day-number");
        HBox top = new HBox(6, number);
        top.setAlignment(Pos.CENTER_LEFT);
        if (day.equals(viewModel.today())) {
            cell.getStyleClass().add("today");
            Label today = new Label(messages.get("meetings.today"));
            today.getStyleClass().add("today-label");
            top.getChildren().add(today);
        }
        cell.getChildren().add(top);
        List<String> holidays = viewModel.holidayLabels(day);
        if (!holidays.isEmpty()) {
            cell.getStyleClass().add("holiday");
            holidays.forEach(label -> cell.getChildren().add(entries.holiday(label, day)));
        }
        List<MeetingSummary> meetings = viewModel.meetingsOn(day);
        int shown = meetings.size() > ENTRIES_PER_DAY ? ENTRIES_PER_DAY - 1 : meetings.size();
        meetings.subList(0, shown).forEach(meeting -> cell.getChildren().add(entries.entry(meeting, day)));
        if (meetings.size() > shown) {
            Hyperlink more = new Hyperlink(messages.get("meetings.more", meetings.size() - shown));
            more.getStyleClass().add("more-link");
            more.setOnAction(event -> {
                viewModel.anchorProperty().set(day);
                viewModel.modeProperty().set(CalendarMode.WEEK);
            });
            cell.getChildren().add(more);
        }
        Region rest = new Region();
        VBox.setVgrow(rest, Priority.ALWAYS);
        cell.getChildren().add(rest);
        cell.setOnMouseClicked(event -> {
            requestFocus();
            // the week view then shows this day's week
            viewModel.anchorProperty().set(day);
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                entries.newMeeting(day);
            }
            event.consume();
        });
        return cell;
    }
}
