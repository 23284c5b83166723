package io.finguard.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.instancio.Random;

/**
 * Request bodies a hostile or broken client might send, drawn from a seeded {@link Random} (so a failing run can be
 * repeated with its seed). Most are a valid body of the route with one or two members spoiled (poisoned text: NUL
 * first of all, other controls, half surrogate pairs; huge text; a wrong type; left out), so they get past the parser
 * to the use case and the database; the rest are the route's members with random values, other JSON values, and text
 * that is not JSON, and now and then a body over the size cap. Strings are written with JSON escapes, so a half surrogate pair reaches the server as written.
 */
final class JunkJson {
    private static final String[] POISON = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u009b", "\\ud800",
        "\\udc00", "\\n", "\\t", "\\u2028", "\\ufeff", "\\\\", "\\\"", "'; DROP TABLE users;--", "%00", "\uD83D\uDE00"};
    /** A valid value per member name of the API's request bodies. */
    private static final Map<String, String> VALID = Map.ofEntries(Map.entry("phone", "\"+4915112345678\""),
            Map.entry("region", "\"DE\""), Map.entry("challengeId", "\"00000000-0000-4000-8000-000000000001\""),
            Map.entry("code", "\"123456\""), Map.entry("deviceId", "\"device-1\""),
            Map.entry("password", "\"junk-e2e-long-password\""), Map.entry("pin", "\"583017\""), Map.entry("method", "\"pin\""),
            Map.entry("secret", "\"583017\""), Map.entry("refreshToken", "\"not-a-refresh-token\""),
            Map.entry("firstName", "\"Erika\""), Map.entry("lastName", "\"Mustermann\""), Map.entry("dateOfBirth", "\"1990-04-17\""),
            Map.entry("line1", "\"Teststrasse 1\""), Map.entry("line2", "\"\""), Map.entry("city", "\"Berlin\""),
            Map.entry("postalCode", "\"10115\""), Map.entry("country", "\"DE\""), Map.entry("documentType", "\"PASSPORT\""),
            Map.entry("documentNumber", "\"X1234567\""), Map.entry("reference", "\"ref-1\""), Map.entry("decision", "\"VERIFIED\""),
            Map.entry("verified", "true"), Map.entry("approve", "true"), Map.entry("reason", "\"junk test\""),
            Map.entry("recipientPhone", "\"+4915112345678\""), Map.entry("minor", "100"), Map.entry("currency", "\"EUR\""));
    /**
     * Values a member may plausibly hold. The password-like one is no password any test chooses: a junk operator reason
     * is audited as it is, and SecretsAtRestE2eTest would take "correct horse battery staple" (the README walkthrough's
     * password) in audit_log.details for a leak.
     */
    private static final String[] PLAUSIBLE = {"Erika", "Mustermann", "Teststrasse 1", "Berlin", "10115", "DE", "EUR",
        "PASSPORT", "X1234567", "pin", "password", "all", "VERIFIED", "1990-04-17", "+4915112345678", "583017",
        "junk horse battery staple", "device-1", "00000000-0000-4000-8000-000000000001"};

    private final Random random;
    private final JsonNode document;

    /** {@code document} is the OpenAPI document the schemas' {@code $ref}s point into. */
    JunkJson(Random random, JsonNode document) {
        this.random = random;
        this.document = document;
    }

    /** A body for an operation with this JSON request schema. */
    String body(JsonNode schema) {
        return switch (random.intRange(0, 10)) {
            case 10 -> oversized(schema);
            case 0 -> value(3);
            case 1 -> notJson();
            case 2, 3 -> object(schema, 2);
            default -> spoiled(schema, random.intRange(1, 2));
        };
    }

    /** A valid body with {@code spoils} members spoiled; nested objects are valid unless a spoil lands inside them. */
    private String spoiled(JsonNode declared, int spoils) {
        JsonNode schema = resolve(declared);
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        List<String> spoilt = new ArrayList<>();
        for (int i = 0; i < spoils && !names.isEmpty(); i++) {
            spoilt.add(random.oneOf(names));
        }
        List<String> members = new ArrayList<>();
        for (String name : names) {
            JsonNode property = resolve(schema.path("properties").path(name));
            boolean object = property.path("type").asText().equals("object");
            if (!spoilt.contains(name)) {
                members.add(quoted(name) + ":" + (object ? spoiled(property, 0) : VALID.getOrDefault(name, "\"x\"")));
            } else if (object && random.trueOrFalse()) {
                members.add(quoted(name) + ":" + spoiled(property, 1));
            } else if (random.trueOrFalse(0.9)) {
                members.add(quoted(name) + ":" + spoil(VALID.getOrDefault(name, "\"x\"")));
            }
        }
        return "{" + String.join(",", members) + "}";
    }

    /** Half of all spoils put a NUL into text: PostgreSQL refuses it, so it must never get that far. */
    private String spoil(String valid) {
        String text = valid.startsWith("\"") ? valid.substring(1, valid.length() - 1) : valid;
        return switch (random.intRange(0, 7)) {
            case 0, 1, 2 -> quoted(insert(text, "\\u0000"));
            case 3, 4 -> quoted(poisoned(text));
            case 5 -> quoted(huge());
            default -> value(1);
        };
    }

    private String insert(String text, String escape) {
        int at = random.intRange(0, text.length());
        return text.substring(0, at) + escape + text.substring(at);
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
        return insert(text, random.oneOf(POISON));
    }

    /** A valid body padded past the 16 KiB cap (up to about 200 KiB): the sender must still receive the 413. */
    private String oversized(JsonNode schema) {
        String valid = spoiled(schema, 0);
        return valid + " ".repeat(random.intRange(16 * 1024, 200 * 1024));
    }

    /** Far longer than any member may be; the body itself mostly stays under the cap. */
    private String huge() {
        return random.oneOf("x", "\uD83D\uDE00", "\\u0000", "9").repeat(random.intRange(100, 1_200));
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
