package io.finguard.adapters.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** A flat JSON object of strings (audit details, event payloads), built and taken apart by PostgreSQL itself. */
public final class FlatJson {
    // One instance: jOOQ builds (and normalises, by regular expression) a new array type on every call of array().
    private static final DataType<String[]> TEXT_ARRAY = SQLDataType.CLOB.array();

    private FlatJson() {
    }

    /** The map as a jsonb object value. */
    public static Field<JSONB> object(Map<String, String> map) {
        Pairs pairs = Pairs.of(map);
        return object(DSL.val(pairs.keys(), TEXT_ARRAY), DSL.val(pairs.values(), TEXT_ARRAY));
    }

    /** A jsonb object of the keys and values in two text arrays ({@link Pairs}), e.g. two named parameters. */
    public static Field<JSONB> object(Field<String[]> keys, Field<String[]> values) {
        return DSL.function("jsonb_object", SQLDataType.JSONB, keys, values);
    }

    /** A text array parameter named {@code name}, for {@link #object(Field, Field)} in a statement rendered once. */
    public static Param<String[]> param(String name) {
        return DSL.param(name, TEXT_ARRAY);
    }

    /** A map's keys and their values, in one order. */
    public record Pairs(String[] keys, String[] values) {
        public static Pairs of(Map<String, String> map) {
            String[] keys = map.keySet().toArray(String[]::new);
            String[] values = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                values[i] = map.get(keys[i]);
            }
            return new Pairs(keys, values);
        }
    }

    /** The object's keys, sorted. */
    public static Field<String[]> keys(Field<JSONB> object) {
        return DSL.field("array(select k from jsonb_each_text({0}) as d(k, v) order by k)", TEXT_ARRAY, object);
    }

    /** The object's values, in the order of {@link #keys}. */
    public static Field<String[]> values(Field<JSONB> object) {
        return DSL.field("array(select v from jsonb_each_text({0}) as d(k, v) order by k)", TEXT_ARRAY, object);
    }

    /** Keys and values read back as a map. */
    public static Map<String, String> map(String[] keys, String[] values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], values[i]);
        }
        return map;
    }
}
