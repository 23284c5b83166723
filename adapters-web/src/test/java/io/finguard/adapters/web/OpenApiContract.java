package io.finguard.adapters.web;

import io.finguard.adapters.web.ops.ApiDocs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled OpenAPI document as a test oracle: which (method, path) pairs it declares, and whether a real
 * response (status, media type, body) is one the document allows for the operation.
 */
final class OpenApiContract {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Keys of a path item that are operations; the rest (servers, parameters, summary) describe the path. */
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    OpenApiContract() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(ApiDocs.OPENAPI_RESOURCE)) {
            this.document = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** Every operation as "METHOD path", e.g. "POST /v1/auth/otp". */
    List<String> operations() {
        List<String> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (HTTP_METHODS.contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations.stream().sorted().toList();
    }

    /** The operations whose path item names the management port as its server. */
    List<String> managementOperations() {
        return operations().stream().filter(operation -> document.get("paths").get(operation.split(" ", 2)[1])
                .path("servers").path(0).path("description").asText().startsWith("Management port")).toList();
    }

    /** The path template a concrete path matches, if the document has one. */
    Optional<String> template(String path) {
        for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            String regex = template.replace(".", "\\.").replaceAll("\\{[^/]+}", "[^/]+");
            if (path.matches(regex)) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    /** Fails the test when the response is not what the document declares for this operation. */
    void assertConforms(String method, String path, int status, String contentType, String body) {
        String rawPath = path.split("\\?", 2)[0];
        Optional<String> template = template(rawPath);
        if (template.isEmpty()) {
            return;
        }
        JsonNode operation = document.get("paths").get(template.get()).get(method.toLowerCase(Locale.ROOT));
        if (operation == null) {
            return;
        }
        String where = method + " " + template.get() + " -> " + status;
        JsonNode responses = operation.get("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status))
                : responses.get("default");
        assertThat(response).as("%s: status documented", where).isNotNull();
        response = resolve(response);
        JsonNode content = response.get("content");
        if (content == null) {
            assertThat(body).as("%s: no body documented", where).isEmpty();
            return;
        }
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        JsonNode media = content.get(mediaType);
        List<String> documented = new ArrayList<>();
        content.fieldNames().forEachRemaining(documented::add);
        assertThat(media).as("%s: media type %s documented (have %s)", where, mediaType, documented).isNotNull();
        if (mediaType.endsWith("json")) {
            List<Error> errors = schemaFor(media.get("schema")).validate(parse(body));
            if (!errors.isEmpty()) {
                fail(where + ": body does not match the documented schema: " + errors + "\nbody: " + body);
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        JsonNode target = document.at(ref.asText().substring(1));
        assertThat(target.isMissingNode()).as("reference %s resolves", ref.asText()).isFalse();
        return target;
    }

    private Schema schemaFor(JsonNode schemaNode) {
        return schemas.computeIfAbsent(schemaNode.toString(), key -> {
            ObjectNode root = schemaNode.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", document.get("components"));
            return registry.getSchema(root);
        });
    }

    private static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("response body is not JSON: " + body, e);
        }
    }
}
