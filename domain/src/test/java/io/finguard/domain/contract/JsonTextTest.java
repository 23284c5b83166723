package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contracts' JSON reader accepts RFC 8259 documents and refuses the near misses a hand-built JSON makes. */
class JsonTextTest {

    @Test
    void readsObjectsArraysStringsNumbersAndLiterals() {
        Object parsed = JsonText.parse(" {\"keys\": [{\"kty\":\"EC\",\"n\":-1.5e3,\"ok\":true,\"no\":false,\"x\":null}],"
                + " \"s\":\"a\\\"b\\u00e9\\n\"} ");

        Map<String, Object> expectedKey = new LinkedHashMap<>();
        expectedKey.put("kty", "EC");
        expectedKey.put("n", new BigDecimal("-1.5e3"));
        expectedKey.put("ok", true);
        expectedKey.put("no", false);
        expectedKey.put("x", null);
        assertThat(parsed).isEqualTo(Map.of("keys", List.of(expectedKey), "s", "a\"b\u00e9\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"keys\":[]", "{\"keys\":[],}", "{\"keys\":[1,]}", "{keys:[]}", "{'keys':[]}",
            "{\"keys\":[]} x", "{\"a\":1,\"a\":2}", "[01]", "[NaN]", "[\"\\x\"]", "[\"\\u12g4\"]", "[\"tab\there\"]",
            "[tru]", "{\"a\" 1}", "[1 2]"})
    void refusesMalformedJson(String malformed) {
        assertThatThrownBy(() -> JsonText.parse(malformed)).isInstanceOf(IllegalArgumentException.class);
    }
}
