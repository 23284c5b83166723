package io.finguard.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.instancio.Random;

/**
 * Request bodies a hostile or broken client might send, drawn from a seeded {@link Random} (so a failing run can be
 * repeated with its seed): the route's own members holding right, wrong-typed or poisoned values (NUL and other
 * controls, half surrogate pairs, huge text), unknown members, other JSON values, and text that is not JSON at all.
 * Strings are written with JSON escapes, so a half surrogate pair reaches the server as the client wrote it.
 */
final class JunkJson {
    private static final String[] POISON = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u009b", "\\ud800",
        "\\udc00", "\\n", "\\t", "\\u2028", "\\ufeff", "\\\\", "\\\"", "'; DROP TABLE users;--", "%00", "\uD83D\uDE00"};
    private static final String[] PLAUSIBLE = {"Erika", "Mustermann", "Teststrasse 1", "Berlin", "10115", "DE", "EUR",
        "PASSPORT", "X1234567", "pin", "password", "all", "VERIFIED", "1990-04-17", "+4915112345678", "583017",
        "correct horse battery staple", "device-1", "00000000-0000-4000-8000-000000000001"};

    private final Random random;
    private final JsonNode document;

    /** {@code document} is the OpenAPI document the schemas' {@code $ref}s point into. */
    JunkJson(Random random, JsonNode document) {
        this.random = random;
        this.document = document;
    }

    /** A body for an operation with this JSON request schema. */
    String body(JsonNode schema) {
        return switch (random.intRange(0, 9)) {
            case 0 -> value(3);
            case 1 -> notJson();
            default -> object(schema, 2);
        };
    }

    private String object(JsonNode schema, int depth) {
        List<String> members = new ArrayList<>();
        JsonNode properties = resolve(schema).path("properties");
        properties.properties().forEach(property -> {
            if (random.trueOrFalse(0.85)) {
                members.add(quoted(property.getKey()) + ":" + member(property.getValue(), depth));
            }
        });
        if (random.trueOrFalse(0.1)) {
            members.add(quoted(random.oneOf("tier", "status", "__proto__", "a\\u0000b", "")) + ":" + value(1));
        }
        if (random.trueOrFalse(0.05) && !members.isEmpty()) {
            members.add(members.get(0));
        }
        java.util.Collections.shuffle(members, new java.util.Random(random.longRange(0, Long.MAX_VALUE)));
        return "{" + String.join(",", members) + "}";
    }

    private String member(JsonNode declared, int depth) {
        JsonNode schema = resolve(declared);
        if (schema.path("type").asText().equals("object") && depth > 0 && random.trueOrFalse(0.7)) {
            return object(schema, depth - 1);
        }
        return switch (random.intRange(0, 5)) {
            case 0, 1 -> quoted(plausible(schema));
            case 2 -> quoted(poisoned(plausible(schema)));
            case 3 -> quoted(huge());
            default -> value(1);
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? schema : resolve(document.at(ref.asText().substring(1)));
    }

    private String plausible(JsonNode schema) {
        JsonNode values = schema.path("enum");
        if (values.isArray() && !values.isEmpty()) {
            return values.get(random.intRange(0, values.size() - 1)).asText();
        }
        return random.oneOf(PLAUSIBLE);
    }

    private String poisoned(String text) {
        int at = random.intRange(0, text.length());
        return text.substring(0, at) + random.oneOf(POISON) + text.substring(at);
    }

    private String huge() {
        return random.oneOf("x", "\uD83D\uDE00", "\\u0000", "9").repeat(random.intRange(100, 20_000));
    }

    /** Any JSON value, nested up to {@code depth}. */
    private String value(int depth) {
        return switch (random.intRange(0, depth > 0 ? 9 : 6)) {
            case 0 -> "null";
            case 1 -> random.oneOf("true", "false");
            case 2 -> random.oneOf("0", "-1", "1e309", "123456", "9223372036854775808", "-0.5", "1E-400");
            case 3 -> quoted(random.alphanumeric(random.intRange(0, 12)));
            case 4 -> quoted(poisoned(random.oneOf(PLAUSIBLE)));
            case 5, 6 -> quoted("");
            case 7 -> "[" + value(depth - 1) + "," + value(depth - 1) + "]";
            default -> "{" + quoted(random.alphanumeric(3)) + ":" + value(depth - 1) + "}";
        };
    }

    private String notJson() {
        return random.oneOf("", "{", "}", "{\"a\":", "[1,2", "nul", "{'phone':'x'}", "{\"phone\":\"+49\u0000\"}",
                "\uFEFF{}", "{\"a\":1}{\"b\":2}", "{\"a\":\"\u0001\"}", "{\"a\":1,}", "<xml/>", "\u0000");
    }

    private static String quoted(String escapedText) {
        return "\"" + escapedText + "\"";
    }
}
