package de.digitaldialog.desk.store;

import de.digitaldialog.desk.domain.ConsistencyReport;
import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.domain.DeskException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * The data folder's database opened for reading only ({@code ACCESS_MODE_DATA=r}): H2 then
 * neither migrates nor rewrites anything, so the file keeps its bytes and its time stamp. No new
 * database is ever created here, and no trace file is written beside it.
 */
public final class ReadOnlyDatabase implements AutoCloseable {

    private final Connection connection;

    private ReadOnlyDatabase(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens the database in {@code folder} read-only.
     *
     * @throws DeskException {@code error.check.missing} when there is no database file,
     *                       {@code error.database.inUse} when another instance holds it
     * @throws DatabaseDamagedException when the file is there but cannot be opened
     */
    public static ReadOnlyDatabase open(Path folder) {
        Path file = folder.resolve(Database.DATABASE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new DeskException("error.check.missing", folder);
        }
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath()
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
        try {
            return new ReadOnlyDatabase(DriverManager.getConnection(url, "desk", ""));
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DeskException(e, "error.database.inUse", folder);
            }
            throw new DatabaseDamagedException(e, folder, "error.database.damaged", folder);
        } catch (RuntimeException e) {
            // H2 lets some errors of a damaged file through unwrapped
            throw new DatabaseDamagedException(e, folder, "error.database.damaged", folder);
        }
    }

    /** Checks the database in {@code folder} without writing to it; see {@link ConsistencyCheck}. */
    public static ConsistencyReport check(Path folder) {
        try (ReadOnlyDatabase database = open(folder)) {
            return ConsistencyCheck.run(database.connection);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a read-only database writes nothing, so there is nothing to lose here
        }
    }
}
