package io.finguard.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Looks for a secret's digits where the database keeps them: every value of every column that can hold text or bytes
 * (text, varchar, char, json, jsonb, text[], bytea), found through information_schema so a column added later is
 * covered. bytea prints as hex, so the digits are looked for as they read and as the hex of their ASCII bytes.
 */
public final class ClearText {
    private static final String COLUMNS = """
            SELECT c.table_name, c.column_name
              FROM information_schema.columns c
              JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> 'flyway_schema_history'
               AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea') OR c.udt_name = '_text')
             ORDER BY c.table_name, c.ordinal_position
            """;

    private ClearText() {
    }

    /** One stored value and where it is. */
    public record Value(String place, String text) {
    }

    /** Every non-null value of every such column of the current schema, as PostgreSQL prints it. */
    public static List<Value> everyStoredValue(DSLContext sql) {
        List<Value> values = new ArrayList<>();
        for (Record column : sql.fetch(COLUMNS)) {
            String table = column.get(0, String.class);
            String name = column.get(1, String.class);
            sql.fetch("SELECT " + DSL.name(name) + "::text FROM " + DSL.name(table) + " WHERE " + DSL.name(name) + " IS NOT NULL")
                    .forEach(row -> values.add(new Value(table + "." + name, row.get(0, String.class))));
        }
        return values;
    }

    /** The digits appear in none of the values, neither as a run of their own nor as the hex of their ASCII bytes. */
    public static void assertNoneHolds(List<Value> values, String digits) {
        for (Value value : values) {
            assertNotIn(value.text(), digits, value.place());
        }
    }

    /** The digits appear in {@code stored} neither as a run of their own nor as the hex of their ASCII bytes. */
    public static void assertNotIn(String stored, String digits, String place) {
        assertThat(stored).as(place)
                .doesNotContainPattern("(?<![0-9A-Za-z])" + digits + "(?![0-9A-Za-z])")
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(digits.getBytes(StandardCharsets.US_ASCII)));
    }
}
