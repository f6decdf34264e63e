package de.digitaldialog.desk.domain;

import java.nio.file.Path;

/**
 * The data folder's database file is missing, empty, truncated or unreadable although the folder
 * once held a database. It is never replaced by a new, empty one: the window offers the newest
 * backup instead, the command line names it.
 */
public final class DatabaseDamagedException extends DeskException {

    private final transient Path folder;

    public DatabaseDamagedException(Throwable cause, Path folder, String key, Object... args) {
        super(cause, key, args);
        this.folder = folder;
    }

    /** The data folder whose database is damaged. */
    public Path folder() {
        return folder;
    }
}
