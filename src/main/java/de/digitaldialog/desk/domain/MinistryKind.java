package de.digitaldialog.desk.domain;

/** What kind of body a ministry row is. */
public enum MinistryKind {
    STAATSKANZLEI, MINISTERIUM, BUNDESBEHOERDE, GREMIUM
}
