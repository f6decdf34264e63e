package de.digitaldialog.desk.domain;

/** How easily a best practice carries over to another Land. */
public enum Transferability {
    HOCH, MITTEL, GERING
}
