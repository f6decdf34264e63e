package de.digitaldialog.desk.ui.meetings;

/** How the Sitzungen page shows the meetings. */
public enum CalendarMode {
    MONTH, WEEK, LIST
}
