package de.digitaldialog.desk.domain;

/** What a deletion removed as its main record; the stored code of {@code deletion.kind}. */
public enum DeletionKind {
    INITIATIVE, MEETING, AGENDA_ITEM, ACTION_ITEM, ATTACHMENT, BEST_PRACTICE, PERSON
}
