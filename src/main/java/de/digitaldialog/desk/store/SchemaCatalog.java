package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.CheckFindings.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables, keys, foreign keys and indexes of the current schema as INFORMATION_SCHEMA lists
 * them, so the consistency check covers whatever a later migration adds without new code.
 */
record SchemaCatalog(List<Table> tables, List<Key> keys, List<ForeignKey> foreignKeys, List<Index> indexes) {

    /** A table with its columns in order and the columns of its primary key. */
    record Table(String name, List<String> columns, List<String> primaryKey) {
    }

    /** A primary key or unique constraint. */
    record Key(String name, String table, List<String> columns) {
    }

    /** A foreign key: {@code columns} of {@code table} refer to {@code parentColumns} of {@code parentTable}. */
    record ForeignKey(String name, String table, List<String> columns, String parentTable,
                      List<String> parentColumns) {
    }

    /** An index and the column it is sorted by first. */
    record Index(String name, String table, String firstColumn) {
    }

    private record Constraint(String table, String type, List<String> columns, List<Integer> parentPositions) {
    }

    static SchemaCatalog read(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        query(connection, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                        + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
                row -> columns.put(row.getString(1), new ArrayList<>()));
        query(connection, "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA ORDER BY TABLE_NAME, ORDINAL_POSITION",
                row -> {
                    List<String> of = columns.get(row.getString(1));
                    if (of != null) {
                        of.add(row.getString(2));
                    }
                });
        Map<String, Constraint> constraints = constraints(connection);
        List<Key> keys = new ArrayList<>();
        Map<String, List<String>> primaryKeys = new LinkedHashMap<>();
        constraints.forEach((name, constraint) -> {
            if (!constraint.type().equals("FOREIGN KEY")) {
                keys.add(new Key(name, constraint.table(), constraint.columns()));
            }
            if (constraint.type().equals("PRIMARY KEY")) {
                primaryKeys.put(constraint.table(), constraint.columns());
            }
        });
        List<ForeignKey> foreignKeys = new ArrayList<>();
        query(connection, "SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME"
                        + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = CURRENT_SCHEMA ORDER BY CONSTRAINT_NAME",
                row -> {
                    Constraint child = constraints.get(row.getString(1));
                    Constraint parent = constraints.get(row.getString(2));
                    List<String> parentColumns = child.parentPositions().stream()
                            .map(position -> parent.columns().get(position - 1)).toList();
                    foreignKeys.add(new ForeignKey(row.getString(1), child.table(), child.columns(), parent.table(),
                            parentColumns));
                });
        List<Index> indexes = new ArrayList<>();
        query(connection, "SELECT INDEX_NAME, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                        + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND ORDINAL_POSITION = 1"
                        + " ORDER BY TABLE_NAME, INDEX_NAME",
                row -> indexes.add(new Index(row.getString(1), row.getString(2), row.getString(3))));
        List<Table> tables = new ArrayList<>();
        columns.forEach((table, of) -> tables.add(new Table(table, List.copyOf(of),
                primaryKeys.getOrDefault(table, List.of()))));
        return new SchemaCatalog(tables, keys, foreignKeys, indexes);
    }

    private static Map<String, Constraint> constraints(Connection connection) throws SQLException {
        Map<String, Constraint> constraints = new LinkedHashMap<>();
        query(connection, "SELECT c.CONSTRAINT_NAME, c.TABLE_NAME, c.CONSTRAINT_TYPE, k.COLUMN_NAME,"
                        + " k.POSITION_IN_UNIQUE_CONSTRAINT"
                        + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
                        + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                        + " ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME"
                        + " WHERE c.CONSTRAINT_SCHEMA = CURRENT_SCHEMA"
                        + " AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                        + " ORDER BY c.CONSTRAINT_NAME, k.ORDINAL_POSITION",
                row -> {
                    String table = row.getString(2);
                    String type = row.getString(3);
                    Constraint constraint = constraints.computeIfAbsent(row.getString(1),
                            name -> new Constraint(table, type, new ArrayList<>(), new ArrayList<>()));
                    constraint.columns().add(row.getString(4));
                    constraint.parentPositions().add(row.getInt(5));
                });
        return constraints;
    }
}
