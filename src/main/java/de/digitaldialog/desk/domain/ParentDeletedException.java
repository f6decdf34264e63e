package de.digitaldialog.desk.domain;

/**
 * A restore refused because what it belongs to is still deleted (a TOP of a deleted meeting);
 * restoring with the parents brings that back first.
 */
public class ParentDeletedException extends DeskException {

    public ParentDeletedException(DeletionPreview parent) {
        super("error.trash.parentDeleted", parent.title());
    }
}
