package de.digitaldialog.desk.ui.meeting.list;

/** Which meetings the list shows: by their time, or the templates kept to copy from. */
public enum MeetingScope {
    UPCOMING, PAST, ALL, TEMPLATES
}
