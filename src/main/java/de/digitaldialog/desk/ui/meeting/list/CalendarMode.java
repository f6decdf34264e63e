package de.digitaldialog.desk.ui.meeting.list;

/** How the Sitzungen page shows the meetings. */
public enum CalendarMode {
    MONTH, WEEK, LIST
}
