package de.digitaldialog.desk.domain;

/** In which capacity someone takes part in a meeting. */
public enum ParticipantRole {
    TEILNAHME, VERTRETUNG, GAST
}
