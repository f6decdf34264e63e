package de.digitaldialog.desk.service;

import de.digitaldialog.desk.store.Database;
import java.util.Map;

/** What {@code desk info} reports: rows per table and the schema version. */
public final class InfoService {

    private final Database database;

    public InfoService(Database database) {
        this.database = database;
    }

    public Map<String, Long> rowCounts() {
        return database.read(store -> store.statistics().rowCounts());
    }

    public String schemaVersion() {
        return database.schemaVersion();
    }

    /** True while the database holds no initiative and no meeting: the window then offers example data. */
    public boolean holdsNoWork() {
        return database.read(store -> store.statistics().holdsNoWork());
    }
}
