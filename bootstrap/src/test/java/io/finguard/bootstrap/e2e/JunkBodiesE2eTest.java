package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.GivenProvider;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Property: whatever body a client sends to any JSON route of the OpenAPI document, the real service on PostgreSQL
 * answers below 500, and every 4xx is application/problem+json with a stable {@code code}. Each route gets
 * {@value #TRIES_PER_ROUTE} bodies from {@link JunkJson}, sent with a credential that lets them reach the parser and
 * the use case. The seed is Instancio's: a failure reports it, and {@code @Seed(n)} on the test repeats the run.
 */
@ExtendWith(InstancioExtension.class)
class JunkBodiesE2eTest {
    static final int TRIES_PER_ROUTE = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Hands the test Instancio's seeded random source. */
    static final class Seeded implements GivenProvider {
        @Override
        public Object provide(ElementContext context) {
            return context.random();
        }
    }

    @Test
    void noJsonRouteAnswers5xxAndEvery4xxIsAProblemWithACode(@Given(Seeded.class) Random random) {
        Onboarding onboarding = E2eStack.shared().onboarding();
        ApiClient api = onboarding.api();
        Member member = onboarding.signUp();
        String phone = Phones.fresh();
        String signupTicket = onboarding.signupTicket(onboarding.requestCode(phone), Onboarding.newDevice());
        // Waiting for its profile, so a profile that passes the edge is written to PostgreSQL.
        Onboarding.expect(onboarding.setCredentials(signupTicket, Onboarding.newPassword(), Onboarding.newPin(phone)), 200);
        // A step-up route also takes an access token; the KYC callback gets no signature, so it stops at 401.
        Map<String, String> credentials = Map.of("accessToken", bearer(member.accessToken()), "signupTicket", bearer(signupTicket),
                "stepUpTicket", bearer(member.accessToken()), "adminToken", onboarding.adminBearer());
        JsonNode document = openApi();
        JunkJson junk = new JunkJson(random, document);
        List<String> routes = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();

        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode schema = operation.getValue().at("/requestBody/content/application~1json/schema");
            if (schema.isMissingNode()) {
                return;
            }
            String method = operation.getKey().toUpperCase(Locale.ROOT);
            String route = method + " " + path.getKey();
            routes.add(route);
            String target = path.getKey().replaceAll("\\{[^}]*(?i:user)[^}]*}", member.userId())
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            List<String> headers = headers(operation.getValue(), credentials, random);
            // Operator routes live on the management port; a client of its own per route stays under the operator limit.
            ApiClient client = path.getKey().startsWith("/v1/admin/") ? E2eStack.shared().management() : api;
            for (int i = 0; i < TRIES_PER_ROUTE; i++) {
                String body = junk.body(schema);
                ApiResponse answer = client.send(method, target, body, headers.toArray(String[]::new));
                check(softly, route, body, answer);
                if (route.endsWith("/block") && answer.status() == 200) {
                    // Unblocked again, so the next body that passes the edge is written too.
                    client.post("/v1/admin/users/" + member.userId() + "/unblock", null, "Authorization", onboarding.adminBearer());
                }
            }
        }));

        assertThat(routes).as("JSON routes in the OpenAPI document").hasSizeGreaterThanOrEqualTo(10);
        softly.assertAll();
    }

    private static void check(SoftAssertions softly, String route, String body, ApiResponse answer) {
        String where = route + " with " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        softly.assertThat(answer.status()).as("status of %s", where).isLessThan(500);
        if (answer.status() >= 400) {
            softly.assertThat(answer.contentType()).as("media type of %s -> %d", where, answer.status())
                    .startsWith("application/problem+json");
            softly.assertThat(answer.contentType().startsWith("application/problem+json") ? answer.code() : "")
                    .as("code of %s -> %d", where, answer.status()).isNotBlank();
        }
    }

    /** The route's credential (its first security scheme), and the headers its parameters require. */
    private static List<String> headers(JsonNode operation, Map<String, String> credentials, Random random) {
        List<String> headers = new ArrayList<>();
        JsonNode security = operation.path("security");
        if (security.isArray() && !security.isEmpty()) {
            String scheme = security.get(0).fieldNames().hasNext() ? security.get(0).fieldNames().next() : "";
            if (credentials.containsKey(scheme)) {
                headers.addAll(List.of("Authorization", credentials.get(scheme)));
            }
        }
        if (operation.toString().contains("IdempotencyKey")) {
            headers.addAll(List.of("Idempotency-Key", random.trueOrFalse(0.9) ? random.alphanumeric(16) : "key with spaces"));
        }
        return headers;
    }

    private static JsonNode openApi() {
        try (InputStream in = JunkBodiesE2eTest.class.getResourceAsStream("/io/finguard/adapters/web/openapi.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
