package de.digitaldialog.desk.domain;

/** Form of address of a person. */
public enum Salutation {
    HERR, FRAU, DIVERS
}
