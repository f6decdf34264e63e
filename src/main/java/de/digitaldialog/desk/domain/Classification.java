package de.digitaldialog.desk.domain;

/** Protective marking of an object; outputs leave {@code VS_NFD} content out unless asked. */
public enum Classification {
    OFFEN, VS_NFD;

    /** The marking at the top of every page that includes VS-NfD content, in either UI language. */
    public static final String MARKING = "VS-NUR FÜR DEN DIENSTGEBRAUCH";
}
