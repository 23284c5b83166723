package io.finguard.bootstrap.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every textual value stored in the current schema: each column of each base table whose type is text,
 * varchar, char, json, jsonb or text[], found through information_schema (so a table added later is
 * covered without touching this class). Numbers and timestamps are left out: their digits are not secrets.
 */
final class StoredText {
    private static final String TEXT_COLUMNS = """
            SELECT c.table_name, c.column_name
              FROM information_schema.columns c
              JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
             WHERE c.table_schema = current_schema()
               AND t.table_type = 'BASE TABLE'
               AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR c.udt_name = '_text')
             ORDER BY c.table_name, c.ordinal_position
            """;

    private StoredText() {
    }

    /** One stored value and where it is. */
    record Value(String table, String column, String text) {
        String place() {
            return table + "." + column;
        }
    }

    /** One textual column of a base table. */
    record Column(String table, String column) {
    }

    static List<Column> columns(Connection connection) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(TEXT_COLUMNS); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(new Column(rows.getString(1), rows.getString(2)));
            }
        }
        return columns;
    }

    static List<Value> values(Connection connection, List<Column> columns) throws SQLException {
        List<Value> values = new ArrayList<>();
        for (Column column : columns) {
            String sql = "SELECT \"" + column.column() + "\"::text FROM \"" + column.table() + "\" WHERE \"" + column.column()
                    + "\" IS NOT NULL";
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    values.add(new Value(column.table(), column.column(), rows.getString(1)));
                }
            }
        }
        return values;
    }
}
