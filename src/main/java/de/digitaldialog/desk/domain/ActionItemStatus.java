package de.digitaldialog.desk.domain;

/** Progress of a follow-up task (Auftrag). */
public enum ActionItemStatus {
    OFFEN, IN_ARBEIT, ERLEDIGT
}
