package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.CheckFindings.display;
import static de.digitaldialog.desk.store.CheckFindings.query;
import static de.digitaldialog.desk.store.CheckFindings.quoted;

import de.digitaldialog.desk.domain.ConsistencyFinding.Kind;
import de.digitaldialog.desk.domain.ConsistencyReport.Checked;
import de.digitaldialog.desk.store.CheckFindings.Capped;
import de.digitaldialog.desk.store.SchemaCatalog.ForeignKey;
import de.digitaldialog.desk.store.SchemaCatalog.Key;
import de.digitaldialog.desk.store.SchemaCatalog.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The schema's own keys, checked row by row with queries generated from INFORMATION_SCHEMA: a
 * row whose foreign key names a parent that is not there (corruption, or rows written with
 * {@code SET REFERENTIAL_INTEGRITY FALSE}), and values a primary or unique key says are unique
 * but that occur twice (counted on a table scan, not trusting the key's own index).
 */
final class KeyCheck {

    private KeyCheck() {
    }

    static void foreignKeys(Connection connection, SchemaCatalog schema, CheckFindings findings) {
        for (ForeignKey key : schema.foreignKeys()) {
            try {
                foreignKey(connection, recordColumns(schema, key.table(), key.columns()), key, findings);
            } catch (SQLException | RuntimeException e) {
                findings.readError(connection, Kind.FOREIGN_KEY, display(key.table()), e);
            }
        }
    }

    /** Checks every primary and unique key except those {@code skipped} (checked elsewhere). */
    static void uniqueKeys(Connection connection, SchemaCatalog schema, Predicate<Key> skipped,
                           CheckFindings findings) {
        for (Key key : schema.keys()) {
            if (skipped.test(key)) {
                continue;
            }
            try {
                uniqueKey(connection, key, findings);
            } catch (SQLException | RuntimeException e) {
                findings.readError(connection, Kind.UNIQUE, display(key.table()), e);
            }
        }
    }

    private static void foreignKey(Connection connection, List<String> record, ForeignKey key,
                                   CheckFindings findings) throws SQLException {
        List<String> selected = new ArrayList<>(record);
        selected.addAll(key.columns());
        String sql = "SELECT " + columns("c.", selected) + " FROM " + quoted(key.table()) + " c WHERE "
                + key.columns().stream().map(column -> "c." + quoted(column) + " IS NOT NULL")
                        .collect(Collectors.joining(" AND "))
                + " AND NOT EXISTS (SELECT 1 FROM " + quoted(key.parentTable()) + " p WHERE "
                + IntStream.range(0, key.columns().size())
                        .mapToObj(i -> "p." + quoted(key.parentColumns().get(i))
                                + " = c." + quoted(key.columns().get(i)))
                        .collect(Collectors.joining(" AND ")) + ")";
        try (Capped capped = findings.capped(Kind.FOREIGN_KEY, display(key.table()))) {
            query(connection, sql, row -> capped.add(values(row, record.size()), "check.finding.foreignKey",
                    display(key.name()), named(key.columns(), row, record.size()), display(key.parentTable())));
        }
        findings.count(Checked.FOREIGN_KEYS, 1);
    }

    private static void uniqueKey(Connection connection, Key key, CheckFindings findings) throws SQLException {
        List<String> aliases = IntStream.range(0, key.columns().size()).mapToObj(i -> "k" + i).toList();
        String sql = "SELECT " + String.join(", ", aliases) + ", COUNT(*) FROM (SELECT "
                + IntStream.range(0, aliases.size())
                        .mapToObj(i -> quoted(key.columns().get(i)) + " AS " + aliases.get(i))
                        .collect(Collectors.joining(", "))
                + " FROM " + quoted(key.table()) + " USE INDEX () WHERE "
                + key.columns().stream().map(column -> quoted(column) + " IS NOT NULL")
                        .collect(Collectors.joining(" AND "))
                + ") d GROUP BY " + String.join(", ", aliases) + " HAVING COUNT(*) > 1";
        try (Capped capped = findings.capped(Kind.UNIQUE, display(key.table()))) {
            query(connection, sql, row -> capped.add(values(row, aliases.size()), "check.finding.duplicate",
                    display(key.name()), row.getLong(aliases.size() + 1)));
        }
        findings.count(Checked.UNIQUE_KEYS, 1);
    }

    /**
     * The columns that name a row of {@code table} in a finding: its human number (what a person
     * knows it by), else its primary key, else {@code fallback}.
     */
    private static List<String> recordColumns(SchemaCatalog schema, String table, List<String> fallback) {
        Optional<String> number = NumberCheck.numberColumn(table);
        if (number.isPresent()) {
            return List.of(number.get());
        }
        return schema.tables().stream().filter(t -> t.name().equals(table)).map(Table::primaryKey)
                .filter(key -> !key.isEmpty()).findFirst().orElse(fallback);
    }

    private static String columns(String prefix, List<String> columns) {
        return columns.stream().map(column -> prefix + quoted(column)).collect(Collectors.joining(", "));
    }

    /** The first {@code count} values of a row, joined by "/". */
    private static String values(ResultSet row, int count) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(row.getString(i + 1));
        }
        return String.join("/", values);
    }

    private static String named(List<String> columns, ResultSet row, int from) throws SQLException {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            pairs.add(display(columns.get(i)) + "=" + row.getString(from + i + 1));
        }
        return String.join(", ", pairs);
    }
}
