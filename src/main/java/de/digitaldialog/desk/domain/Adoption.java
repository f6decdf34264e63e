package de.digitaldialog.desk.domain;

/** Whether the partner Land takes a best practice over; a refusal ({@code ABGELEHNT}) is explained. */
public enum Adoption {
    OFFEN, GEPLANT, UEBERNOMMEN, ABGELEHNT
}
