package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written document and the running routes are the same set; the response check really checks. */
class OpenApiDocumentTest {
    private static TestApi api;
    private final OpenApiContract contract = TestApi.CONTRACT;

    @BeforeAll
    static void start() {
        api = TestApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedPathIsARoute() {
        List<String> routes = new ArrayList<>(api.api.routes());
        routes.addAll(api.api.managementRoutes());
        assertThat(routes).hasSizeGreaterThanOrEqualTo(26);
        assertThat(contract.operations()).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void theDocumentPutsExactlyTheRoutesOfTheManagementPortOnTheManagementServer() {
        assertThat(api.api.managementRoutes()).contains("GET /metrics", "GET /health/ready", "GET /v1/admin/audit");
        assertThat(contract.managementOperations()).containsExactlyInAnyOrderElementsOf(api.api.managementRoutes());
        contract.managementOperations().forEach(operation -> assertThat(document().get("paths")
                .get(operation.split(" ", 2)[1]).get(operation.split(" ", 2)[0].toLowerCase(java.util.Locale.ROOT))
                .get("tags").toString()).as(operation).contains("management"));
    }

    @Test
    void theDocumentIsOpenApi31WithEveryReferenceResolvable() {
        JsonNode document = contract.document();
        assertThat(document.get("openapi").asText()).startsWith("3.1");
        List<String> dangling = new ArrayList<>();
        collectRefs(document, dangling);
        assertThat(dangling).isEmpty();
    }

    @Test
    void everyOperationDocumentsItsProblemsAndRequestId() {
        document().get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(operation -> OpenApiContract.HTTP_METHODS.contains(operation.getKey())).forEach(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            assertThat(responses.has("default")).as(operation.getKey() + " " + path.getKey()).isTrue();
            assertThat(responses.has("503")).as(operation.getKey() + " " + path.getKey()).isTrue();
            assertThat(operation.getValue().get("parameters").toString()).contains("RequestId");
        }));
    }

    @Test
    void theResponseCheckRejectsABodyMissingARequiredMember() {
        assertThatThrownBy(() -> contract.assertConforms("POST", "/v1/auth/otp", 202, "application/json",
                "{\"challengeId\":\"00000000-0000-4000-8000-0000000000c1\",\"expiresIn\":300}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("resendAfter");
    }

    @Test
    void theResponseCheckRejectsAnUndocumentedMember() {
        assertThatThrownBy(() -> contract.assertConforms("GET", "/v1/signup", 200, "application/json",
                "{\"signupId\":\"00000000-0000-4000-8000-0000000000a1\",\"status\":\"CREATED\",\"phone\":\"+49151\"}"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theResponseCheckRejectsAnUndocumentedMediaType() {
        assertThatThrownBy(() -> contract.assertConforms("GET", "/health/live", 200, "text/html", "<p>up</p>"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theResponseCheckAcceptsADocumentedProblem() {
        contract.assertConforms("POST", "/v1/auth/otp/verify", 401, "application/problem+json",
                "{\"type\":\"urn:finguard:problem:otp_invalid\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"code\":\"otp_invalid\",\"requestId\":\"r1\",\"attemptsLeft\":2}");
    }

    @Test
    void theLoginResultSchemaRequiresTokensWhenAuthenticated() {
        assertThatThrownBy(() -> contract.assertConforms("POST", "/v1/auth/refresh", 200, "application/json",
                "{\"authState\":\"AUTHENTICATED\",\"accountTier\":\"FULL\",\"nextStep\":\"NONE\"}"))
                .isInstanceOf(AssertionError.class);
    }

    private JsonNode document() {
        return contract.document();
    }

    private void collectRefs(JsonNode node, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && contract.document().at(ref.asText().substring(1)).isMissingNode()) {
                dangling.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, dangling));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, dangling));
        }
    }
}
