package de.digitaldialog.desk.domain;

/** What can go with a main record when it is deleted, counted in the confirmation and the Papierkorb. */
public enum DeletionPart {
    AGENDA_ITEMS, DECISIONS, ACTION_ITEMS, ATTACHMENTS, MILESTONES, PARTICIPANTS
}
