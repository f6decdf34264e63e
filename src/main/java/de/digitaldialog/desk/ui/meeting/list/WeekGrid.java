package de.digitaldialog.desk.ui.meeting.list;

import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The week view: seven days side by side (Monday first) under a heading with the calendar week,
 * each day's holidays in its heading, and the meetings placed by their time on an hour scale.
 * Meetings at the same time share the day's width. A double-click on a day's free space asks for
 * a new meeting on that day.
 */
final class WeekGrid extends VBox {

    /** The least height of an hour; the hours share the height the page gives the week. */
    private static final double MIN_HOUR_HEIGHT = 22;
    private static final int FIRST_HOUR = 7;
    private static final int LAST_HOUR = 20;

    private final MeetingsViewModel viewModel;
    private final MeetingEntries entries;
    private final Messages messages;
    private final GridPane heading = new GridPane();
    private final GridPane body = new GridPane();

    WeekGrid(MeetingsViewModel viewModel, MeetingEntries entries, Messages messages) {
        this.viewModel = viewModel;
        this.entries = entries;
        this.messages = messages;
        setId("weekGrid");
        getStyleClass().add("week-grid");
        setFocusTraversable(true);
        heading.getStyleClass().add("week-heading");
        body.getStyleClass().add("week-body");
        RowConstraints hours = new RowConstraints();
        hours.setVgrow(Priority.ALWAYS);
        body.getRowConstraints().add(hours);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(heading, body);
        setOnMouseClicked(event -> requestFocus());
    }

    /** Draws the week around the view model's anchor. */
    void rebuild() {
        List<LocalDate> days = viewModel.weekDays();
        List<List<MeetingSummary>> meetings = days.stream().map(viewModel::meetingsOn).toList();
        int first = FIRST_HOUR;
        int last = LAST_HOUR;
        for (int i = 0; i < days.size(); i++) {
            for (MeetingSummary meeting : meetings.get(i)) {
                first = Math.min(first, MeetingsViewModel.startOn(meeting, days.get(i)).getHour());
                LocalDateTime end = MeetingsViewModel.endOn(meeting, days.get(i));
                last = Math.max(last, end.toLocalDate().isAfter(days.get(i)) ? 24 : end.getHour() + 1);
            }
        }
        MeetingEntries.dayColumns(heading);
        MeetingEntries.dayColumns(body);
        heading.getChildren().clear();
        body.getChildren().clear();
        Label kw = new Label(messages.get("meetings.calendarWeek", CalendarWeeks.weekNumber(days.get(0))));
        kw.getStyleClass().add("calendar-week");
        kw.setWrapText(true);
        heading.add(kw, 0, 0);
        body.add(new HourScale(first, last), 0, 0);
        for (int i = 0; i < days.size(); i++) {
            heading.add(dayHeading(days.get(i)), i + 1, 0);
            body.add(new DayColumn(days.get(i), meetings.get(i), first, last), i + 1, 0);
        }
    }

    private VBox dayHeading(LocalDate day) {
        Locale locale = messages.locale();
        Label name = new Label(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " "
                + DateTimeFormatter.ofPattern(Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? "d MMM" : "dd.MM.", locale).format(day));
        name.getStyleClass().add("day-number");
        VBox cell = new VBox(2, name);
        cell.setId("weekday-" + day);
        cell.getStyleClass().add("week-day-heading");
        cell.setMinWidth(0);
        if (day.equals(viewModel.today())) {
            cell.getStyleClass().add("today");
            Label today = new Label(messages.get("meetings.today"));
            today.getStyleClass().add("today-label");
            cell.getChildren().add(today);
        }
        if (day.getDayOfWeek().getValue() >= 6) {
            cell.getStyleClass().add("weekend");
        }
        viewModel.holidayLabels(day).forEach(label -> cell.getChildren().add(entries.holiday(label, day)));
        return cell;
    }

    /** The hours at the left, each label at the top of its hour. */
    private static final class HourScale extends Region {

        private final List<Label> labels = new ArrayList<>();

        HourScale(int first, int last) {
            getStyleClass().add("hour-scale");
            for (int hour = first; hour < last; hour++) {
                Label label = new Label(String.format(Locale.ROOT, "%02d:00", hour));
                label.getStyleClass().add("hour-label");
                labels.add(label);
            }
            getChildren().addAll(labels);
            setMinHeight(labels.size() * MIN_HOUR_HEIGHT);
        }

        @Override
        protected void layoutChildren() {
            double hourHeight = getHeight() / labels.size();
            for (int i = 0; i < labels.size(); i++) {
                labels.get(i).resizeRelocate(0, i * hourHeight, getWidth(), labels.get(i).prefHeight(-1));
            }
        }
    }

    /** One day: hour lines, and the meetings placed by time; overlapping ones side by side in lanes. */
    private final class DayColumn extends Region {

        /** An entry, its time on this day, its lane, and how many lanes its group of overlapping ones has. */
        private record Placed(Node node, LocalDateTime start, LocalDateTime end, int lane, int lanes) {
        }

        private final LocalDate day;
        private final int first;
        private final int hours;
        private final List<Placed> placed = new ArrayList<>();
        private final List<Region> lines = new ArrayList<>();

        DayColumn(LocalDate day, List<MeetingSummary> meetings, int first, int last) {
            this.day = day;
            this.first = first;
            this.hours = last - first;
            getStyleClass().add("week-day");
            if (day.equals(viewModel.today())) {
                getStyleClass().add("today");
            }
            if (day.getDayOfWeek().getValue() >= 6 || !viewModel.holidayLabels(day).isEmpty()) {
                getStyleClass().add("weekend");
            }
            setId("weekcolumn-" + day);
            for (int hour = 0; hour < hours; hour++) {
                Region line = new Region();
                line.getStyleClass().add("hour-line");
                lines.add(line);
            }
            getChildren().addAll(lines);
            place(meetings);
            setMinHeight(hours * MIN_HOUR_HEIGHT);
            setOnMouseClicked(event -> {
                WeekGrid.this.requestFocus();
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                    entries.newMeeting(day);
                }
                event.consume();
            });
        }

        /**
         * Meetings (by start) that overlap, directly or through others, form a group; each takes the
         * first lane free at its start, and the group's lanes share the day's width.
         */
        private void place(List<MeetingSummary> meetings) {
            List<LocalDateTime> laneEnds = new ArrayList<>();
            List<Placed> group = new ArrayList<>();
            LocalDateTime groupEnd = null;
            for (MeetingSummary meeting : meetings) {
                LocalDateTime start = MeetingsViewModel.startOn(meeting, day);
                LocalDateTime end = MeetingsViewModel.endOn(meeting, day);
                if (groupEnd != null && !start.isBefore(groupEnd)) {
                    closeGroup(group, laneEnds.size());
                    laneEnds.clear();
                    groupEnd = null;
                }
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(start)) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(end);
                } else {
                    laneEnds.set(lane, end);
                }
                if (groupEnd == null || end.isAfter(groupEnd)) {
                    groupEnd = end;
                }
                group.add(new Placed(entries.timedEntry(meeting, day), start, end, lane, 0));
            }
            closeGroup(group, laneEnds.size());
        }

        private void closeGroup(List<Placed> group, int lanes) {
            for (Placed entry : group) {
                placed.add(new Placed(entry.node(), entry.start(), entry.end(), entry.lane(), lanes));
                getChildren().add(entry.node());
            }
            group.clear();
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            double hourHeight = getHeight() / hours;
            for (int i = 0; i < lines.size(); i++) {
                lines.get(i).resizeRelocate(0, i * hourHeight, width, hourHeight);
            }
            LocalDateTime top = day.atTime(first, 0);
            for (Placed entry : placed) {
                double laneWidth = (width - 4) / entry.lanes();
                double y = Duration.between(top, entry.start()).toMinutes() * hourHeight / 60;
                double height = Math.max(hourHeight / 2,
                        Duration.between(entry.start(), entry.end()).toMinutes() * hourHeight / 60);
                entry.node().resizeRelocate(2 + entry.lane() * laneWidth, y, laneWidth - 2, height - 1);
            }
        }
    }
}
