package de.digitaldialog.desk.store;

import de.digitaldialog.desk.domain.ConsistencyFinding;
import de.digitaldialog.desk.domain.ConsistencyFinding.Kind;
import de.digitaldialog.desk.domain.ConsistencyReport.Checked;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the consistency check has found and counted so far. One query lists at most
 * {@link #PER_QUERY} rows by name and sums up the rest, so a badly damaged file gives a
 * readable report instead of thousands of lines.
 */
final class CheckFindings {

    private static final Logger LOG = LoggerFactory.getLogger(CheckFindings.class);

    private static final int PER_QUERY = 20;
    private static final int VALID_SECONDS = 5;

    /** The database can no longer be read: the check stops with what it has. */
    static final class Aborted extends RuntimeException {
        Aborted(Exception cause) {
            super(cause);
        }
    }

    /** Reads one row of a query's result. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private final List<ConsistencyFinding> findings = new ArrayList<>();
    private final Map<Checked, Long> checked = new EnumMap<>(Checked.class);

    void count(Checked what, long how) {
        checked.merge(what, how, Long::sum);
    }

    void add(Kind kind, String table, String record, String key, Object... args) {
        findings.add(new ConsistencyFinding(kind, table, record, key,
                Arrays.stream(args).map(arg -> Objects.toString(arg, "")).toList()));
    }

    /**
     * A query failed, most likely on a page it could not read: a finding. When the database has
     * closed itself over it, the rest of the check cannot run.
     *
     * @throws Aborted when the connection is no longer usable
     */
    void readError(Connection connection, Kind kind, String table, Exception e) {
        // H2's message may quote the rows it could not read: the log gets the failure, the report none of its text
        LOG.warn("Reading {} failed during the check", table, e);
        add(kind, table, null, "check.finding.readError");
        if (!usable(connection)) {
            throw new Aborted(e);
        }
    }

    private static boolean usable(Connection connection) {
        try {
            return connection.isValid(VALID_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Adds the findings a query lists, one per row, the first {@link #PER_QUERY} of them by name. */
    Capped capped(Kind kind, String table) {
        return new Capped(kind, table);
    }

    List<ConsistencyFinding> findings() {
        return findings;
    }

    Map<Checked, Long> checked() {
        return checked;
    }

    /** Runs a query with its bind values and hands each row to {@code reader}. */
    static void query(Connection connection, String sql, RowReader reader, Object... binds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    /** Names as the rest of the program writes them (lower case). */
    static String display(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A quoted SQL identifier, as INFORMATION_SCHEMA names it (a table may have a lower-case name). */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The findings of one query; {@link #close} sums up those beyond the limit. */
    final class Capped implements AutoCloseable {
        private final Kind kind;
        private final String table;
        private int seen;

        private Capped(Kind kind, String table) {
            this.kind = kind;
            this.table = table;
        }

        void add(String record, String key, Object... args) {
            seen++;
            if (seen <= PER_QUERY) {
                CheckFindings.this.add(kind, table, record, key, args);
            }
        }

        @Override
        public void close() {
            if (seen > PER_QUERY) {
                CheckFindings.this.add(kind, table, null, "check.finding.more", seen - PER_QUERY);
            }
        }
    }
}
