package de.digitaldialog.desk.domain;

/** What became of an agenda item (TOP); empty until decided. */
public enum AgendaOutcome {
    BESCHLOSSEN, GEAENDERT_BESCHLOSSEN, ZUR_KENNTNIS, VERTAGT, ABGELEHNT
}
