package io.finguard.adapters.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.finguard.domain.model.TextRule;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one JSON mapper of the edge, strict on input: unknown members, duplicate keys, scalar coercion (a number
 * where a string belongs) and trailing content are all 400s naming the member. Output leaves absent (null) members out.
 */
final class JsonCodec {
    private final ObjectMapper mapper;

    JsonCodec() {
        // Jackson's default buffer pool is per thread, and each request runs on a virtual thread of its own, so every
        // response allocated fresh buffers: 17.8 of GET /v1/me's 45.9 KiB (benchmarks/profiles/me-allocation.txt).
        // One pool shared by all threads reuses them.
        this.mapper = JsonMapper.builder(JsonFactory.builder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .addModule(new JavaTimeModule())
                .build();
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.DateTime)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
    }

    byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response body could not be serialized: " + value.getClass().getSimpleName(), e);
        }
    }

    String writeString(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value could not be serialized: " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Binds a request body, or throws a 400 problem that names the offending member (never echoing its value).
     * Syntax is checked first on its own, so "not JSON" and "JSON of the wrong shape" get different codes.
     */
    <T> T read(byte[] body, Class<T> type) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(malformed(e));
        } catch (IOException e) {
            throw new ProblemException(Problem.of(400, ProblemCode.MALFORMED_JSON, "The body could not be read."));
        }
        if (tree == null || !tree.isObject()) {
            throw new ProblemException(Problem.validation("$", "a JSON object is required"));
        }
        requirePlainText(tree, "");
        try {
            return mapper.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ProblemException(Problem.validation(path(e), "unknown member"));
        } catch (InvalidFormatException e) {
            throw new ProblemException(Problem.validation(path(e), "has the wrong format"));
        } catch (MismatchedInputException e) {
            throw new ProblemException(Problem.validation(orRoot(path(e)), "has the wrong type"));
        } catch (JsonProcessingException e) {
            throw new ProblemException(Problem.validation(e instanceof JsonMappingException m ? orRoot(path(m)) : "$",
                    "is not valid"));
        }
    }

    /**
     * Every member name and string value of a body, whatever its route, is plain text ({@link TextRule#isPlain}): no
     * NUL or other control character, no half surrogate pair. A member name that is not is named as {@code $}.
     */
    private static void requirePlainText(JsonNode node, String path) {
        if (node.isTextual() && !TextRule.isPlain(node.textValue())) {
            throw new ProblemException(Problem.validation(orRoot(path), TextRule.PLAIN));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requirePlainText(node.get(i), path + "[" + i + "]");
            }
        }
        node.properties().forEach(member -> {
            if (!TextRule.isPlain(member.getKey())) {
                throw new ProblemException(Problem.validation("$", "member names " + TextRule.PLAIN));
            }
            requirePlainText(member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey());
        });
    }

    private static Problem malformed(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
            try {
                return Problem.validation(orRoot(parser.currentName()), "duplicate member");
            } catch (IOException | RuntimeException unreadable) {
                return Problem.validation("$", "duplicate member");
            }
        }
        return Problem.of(400, ProblemCode.MALFORMED_JSON, "The body is not well-formed JSON.");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String orRoot(String field) {
        return field == null || field.isEmpty() ? "$" : field;
    }
}
