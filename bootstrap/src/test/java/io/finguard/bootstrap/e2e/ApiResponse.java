package io.finguard.bootstrap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One answer of the API: status, headers and the body as text, with JSON access for the common cases. */
record ApiResponse(String method, String path, int status, HttpHeaders headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(this + " is not JSON: " + body, e);
        }
    }

    /** The body as a JSON object of plain Java values (maps, lists, strings, numbers, booleans). */
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> jsonMap() {
        try {
            return JSON.readValue(body, java.util.Map.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError(this + " is not a JSON object: " + body, e);
        }
    }

    /** The text at a JSON pointer such as {@code /tokens/accessToken}; empty text when absent. */
    String text(String pointer) {
        return json().at(pointer).asText();
    }

    /** The problem's stable machine code. */
    String code() {
        return text("/code");
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    String contentType() {
        return header("Content-Type").orElse("");
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status;
    }
}
