package de.digitaldialog.desk.store;

import de.digitaldialog.desk.store.generated.DefaultSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.Table;

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
     * Reads every row of every table, which makes H2 read (and checksum) every page the rows are on.
     *
     * @return the number of rows read
     * @throws de.digitaldialog.desk.domain.DeskException when a page cannot be read
     */
    public static long readEveryRow(Database database) {
        return database.onConnection(connection -> {
            long rows = 0;
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                try (Statement statement = connection.createStatement();
                     ResultSet all = statement.executeQuery("SELECT * FROM " + table.getName())) {
                    int columns = all.getMetaData().getColumnCount();
                    while (all.next()) {
                        for (int column = 1; column <= columns; column++) {
                            all.getObject(column);
                        }
                        rows++;
                    }
                }
            }
            return rows;
        });
    }
}
