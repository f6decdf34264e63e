package de.digitaldialog.desk.domain;

/** Where an initiative is being pursued. */
public enum Arena {
    BILATERAL, LAENDERKREIS, BUNDESRAT, BUNDESREGIERUNG
}
