package de.digitaldialog.desk.domain;

/** How a meeting is held. */
public enum MeetingMode {
    PRAESENZ, VIDEO, HYBRID
}
