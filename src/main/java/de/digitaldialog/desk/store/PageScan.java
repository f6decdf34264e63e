package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.CheckFindings.display;
import static de.digitaldialog.desk.store.CheckFindings.query;
import static de.digitaldialog.desk.store.CheckFindings.quoted;

import de.digitaldialog.desk.domain.ConsistencyFinding.Kind;
import de.digitaldialog.desk.domain.ConsistencyReport.Checked;
import de.digitaldialog.desk.store.SchemaCatalog.Index;
import de.digitaldialog.desk.store.SchemaCatalog.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * H2's own page check: every row of every table is read by a table scan ({@code USE INDEX ()}),
 * which makes H2 load, check and decode every data page; every index is then read on its own and
 * its number of entries compared with the rows the scan saw, and the row count H2 keeps with the
 * table with the rows actually there. A page that cannot be read is a finding, not a crash.
 *
 * <p>H2's {@code MVStoreTool} ({@code dump}, {@code info}) is not used: on the closed file it
 * noticed none of 40 flipped-byte cases that opening and this scan caught, and it also reads the
 * file's unused chunks, whose damage does not matter.
 */
final class PageScan {

    private PageScan() {
    }

    static void run(Connection connection, SchemaCatalog schema, CheckFindings findings) {
        for (Table table : schema.tables()) {
            List<Index> indexes = schema.indexes().stream().filter(index -> index.table().equals(table.name()))
                    .toList();
            try {
                scan(connection, table, indexes, findings);
            } catch (SQLException | RuntimeException e) {
                findings.readError(connection, Kind.PAGE, display(table.name()), e);
            }
        }
    }

    private static void scan(Connection connection, Table table, List<Index> indexes, CheckFindings findings)
            throws SQLException {
        String name = display(table.name());
        // the table's first column always, so even a table without indexes cannot be answered from its count
        Set<String> counted = new LinkedHashSet<>();
        counted.add(table.columns().get(0));
        indexes.forEach(index -> counted.add(index.firstColumn()));
        List<String> columns = new ArrayList<>(counted);
        long[] scanned = new long[columns.size() + 1];
        query(connection, "SELECT COUNT(*), " + columns.stream()
                        .map(column -> "SUM(CASE WHEN " + quoted(column) + " IS NULL THEN 0 ELSE 1 END)")
                        .collect(Collectors.joining(", ")) + " FROM " + quoted(table.name()) + " USE INDEX ()",
                row -> {
                    for (int i = 0; i < scanned.length; i++) {
                        scanned[i] = row.getLong(i + 1);
                    }
                });
        findings.count(Checked.TABLES, 1);
        findings.count(Checked.ROWS, scanned[0]);
        long[] stored = new long[1];
        query(connection, "SELECT COUNT(*) FROM " + quoted(table.name()), row -> stored[0] = row.getLong(1));
        if (stored[0] != scanned[0]) {
            findings.add(Kind.PAGE, name, null, "check.finding.rowCount", stored[0], scanned[0]);
        }
        for (Index index : indexes) {
            long[] entries = new long[1];
            query(connection, "SELECT COUNT(*) FROM " + quoted(table.name()) + " USE INDEX (" + quoted(index.name())
                            + ") WHERE " + quoted(index.firstColumn()) + " IS NOT NULL",
                    row -> entries[0] = row.getLong(1));
            long rows = scanned[columns.indexOf(index.firstColumn()) + 1];
            findings.count(Checked.INDEXES, 1);
            if (entries[0] != rows) {
                findings.add(Kind.PAGE, name, null, "check.finding.indexCount", display(index.name()), entries[0],
                        rows);
            }
        }
    }
}
