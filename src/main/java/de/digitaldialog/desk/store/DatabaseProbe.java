package de.digitaldialog.desk.store;

import de.digitaldialog.desk.domain.ConsistencyReport;
import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.domain.DeskException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Questions asked of a database opened read-only before the Desk works on it. */
public final class DatabaseProbe {

    private DatabaseProbe() {
    }

    /** The newest schema version this program's migrations reach, e.g. "6". */
    public static String shippedVersion() {
        return SchemaVersions.newestShipped().orElse("?");
    }

    /**
     * True for what an interrupted first start of an older Desk left: Flyway recorded a failed
     * migration and no initiative exists (or not even its table), so nothing is lost by starting over.
     */
    public static boolean halfBuilt(Database database) {
        return database.onConnection(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet failed = statement.executeQuery(
                         "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
                failed.next();
                if (failed.getLong(1) == 0) {
                    return false;
                }
            } catch (SQLException noHistory) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM initiative")) {
                rows.next();
                return rows.getLong(1) == 0;
            } catch (SQLException noTable) {
                return true;
            }
        });
    }

    /**
     * The full consistency check ({@link ConsistencyCheck}: every row and index entry read, so H2
     * checks every page, and every key) on the database's connection; it only reads.
     */
    public static ConsistencyReport check(Database database) {
        return database.onConnection(ConsistencyCheck::run);
    }

    /**
     * The full consistency check of the database in {@code folder}, opened read-only for it: the
     * file keeps its bytes and its time stamp ({@code desk check}). The caller holds the data
     * folder's lock, so no running Desk writes meanwhile.
     *
     * @throws DeskException {@code error.check.missing} when there is no database file,
     *                       {@code error.database.inUse} when another instance holds it
     * @throws DatabaseDamagedException when the file is there but cannot be opened
     */
    public static ConsistencyReport check(Path folder, Credentials credentials) {
        if (!Files.isRegularFile(folder.resolve(Database.DATABASE_FILE))) {
            throw new DeskException("error.check.missing", folder);
        }
        Database database;
        try {
            database = Database.openReadOnly(folder, Database.Guard.FOLDER_LOCK, credentials);
        } catch (DeskException e) {
            if ("error.database.inUse".equals(e.key())) {
                throw e;
            }
            throw new DatabaseDamagedException(e, folder, "error.database.damaged", folder);
        } catch (RuntimeException e) {
            // H2 lets some errors of a damaged file through unwrapped
            throw new DatabaseDamagedException(e, folder, "error.database.damaged", folder);
        }
        try (database) {
            return check(database);
        }
    }
}
