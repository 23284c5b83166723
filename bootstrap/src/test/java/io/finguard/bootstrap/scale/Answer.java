package io.finguard.bootstrap.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;

/** One HTTP answer of an instance; status -1 when the connection failed (a killed instance) and no answer came. */
record Answer(String instance, String path, int status, HttpHeaders headers, String body, Duration took) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Answer unreachable(String instance, String path, Duration took) {
        return new Answer(instance, path, -1, HttpHeaders.of(java.util.Map.of(), (a, b) -> true), "", took);
    }

    JsonNode json() {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    String text(String pointer) {
        JsonNode node = json().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            throw new AssertionError(this + ": no " + pointer);
        }
        return node.asText();
    }

    String code() {
        return json().path("code").asText("");
    }

    @Override
    public String toString() {
        return instance + " " + path + " -> " + status + (status >= 400 ? " " + body : "");
    }
}
