package de.digitaldialog.desk.domain;

/**
 * A restore refused because what it belongs to is still deleted (a TOP of a deleted meeting);
 * restoring with the parents brings that back first.
 */
public class ParentDeletedException extends DeskException {

    private final transient DeletionPreview parent;

    public ParentDeletedException(DeletionPreview parent) {
        super("error.trash.parentDeleted", parent.title());
        this.parent = parent;
    }

    /** The deleted record the refused one belongs to, to name it when offering to restore both. */
    public DeletionPreview parent() {
        return parent;
    }
}
