package de.digitaldialog.desk.domain;

/**
 * In which capacity someone takes part in a meeting; {@code PROTOKOLL} takes the minutes. The
 * chairs are not a role: they stay the meeting's chairs and show as Vorsitz.
 */
public enum ParticipantRole {
    TEILNAHME, VERTRETUNG, GAST, PROTOKOLL
}
