package de.digitaldialog.desk.store;

import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One table of a database, read whole: its columns and its rows by primary key, each value in a
 * form that compares with {@code equals} (binary and large objects as text).
 */
record TableRows(String name, List<String> key, List<String> columns, Map<List<Object>, Map<String, Object>> rows) {

    /** Every table of the schema PUBLIC, by name. */
    static Map<String, TableRows> readAll(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet tables = meta.getTables(null, "PUBLIC", "%", new String[] {"BASE TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        Map<String, TableRows> all = new TreeMap<>();
        for (String name : names) {
            all.put(name, read(connection, name));
        }
        return all;
    }

    private static TableRows read(Connection connection, String name) throws SQLException {
        Map<Short, String> keyColumns = new TreeMap<>();
        try (ResultSet keys = connection.getMetaData().getPrimaryKeys(null, "PUBLIC", name)) {
            while (keys.next()) {
                keyColumns.put(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME"));
            }
        }
        if (keyColumns.isEmpty()) {
            throw new IllegalStateException("Table " + name + " has no primary key to compare its rows by");
        }
        List<String> key = List.copyOf(keyColumns.values());
        List<String> columns = new ArrayList<>();
        Map<List<Object>, Map<String, Object>> rows = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM \"" + name + "\"")) {
            ResultSetMetaData meta = result.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.put(columns.get(i - 1), comparable(result.getObject(i)));
                }
                rows.put(key.stream().map(row::get).toList(), row);
            }
        }
        return new TableRows(name, key, List.copyOf(columns), rows);
    }

    private static Object comparable(Object value) throws SQLException {
        if (value instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        return value;
    }
}
