package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.web.oauth.OAuthSettings;
import io.finguard.domain.model.RegisteredClient;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.port.in.IntrospectToken;
import io.finguard.domain.port.in.RevokeToken;
import io.finguard.domain.token.AccessClaims;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OAuth edge: metadata, client authentication, the introspection answer's shape, revocation, the per-client budget. */
class OAuthRoutesTest {
    private static final String ISSUER = "https://api.finguard.test";
    private static final String SECRET = "resource-server-secret: with spaces & symbols";
    private static final int BUDGET = 20;
    private static final KeyThumbprint KEY = new KeyThumbprint("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I");
    private static TestApi api;
    private final AtomicReference<String> seen = new AtomicReference<>();

    @BeforeAll
    static void start() {
        String digest = HexFormat.of().formatHex(Sha256.digest(SECRET));
        api = TestApi.withOAuth(new OAuthSettings(ISSUER, "finguard-api", List.of(
                RegisteredClient.of("orders", digest, Set.of("finguard-api")),
                RegisteredClient.of("elsewhere", digest, Set.of("another-api")),
                RegisteredClient.of("greedy", digest, Set.of("finguard-api"))), BUDGET));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void stubs() {
        api.reset();
        AccessClaims bound = new AccessClaims(Fixtures.USER, Fixtures.SESSION, Fixtures.full().scopes(), Fixtures.full().tier(),
                Fixtures.full().acr(), Fixtures.full().amr(), Fixtures.NOW, Fixtures.NOW, Fixtures.NOW.plusSeconds(600), "jti-9",
                Optional.of(KEY));
        api.stubs.introspectToken = token -> {
            seen.set(token);
            return token.equals("good") ? new IntrospectToken.Result.Active(bound) : new IntrospectToken.Result.Inactive();
        };
        api.stubs.revokeToken = token -> {
            seen.set(token);
            return new RevokeToken.Result.Revoked();
        };
    }

    @Test
    void theMetadataNamesTheIssuerAndOnlyEndpointsThatExist() {
        var metadata = api.get("/.well-known/oauth-authorization-server");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.json().get("issuer").asText()).isEqualTo(ISSUER);
        assertThat(metadata.json().get("introspection_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/introspect");
        assertThat(metadata.json().has("token_endpoint")).isFalse();
        assertThat(metadata.json().get("grant_types_supported")).isEmpty();
        assertThat(api.get("/.well-known/openid-configuration").body()).isEqualTo(metadata.body());
    }

    @Test
    void anActiveDpopBoundTokenIsAnsweredWithItsClaimsAndKeyThumbprint() {
        var answer = form("/oauth2/introspect", "token=good", basic("orders", SECRET));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("active").asBoolean()).isTrue();
        assertThat(answer.json().get("token_type").asText()).isEqualTo("DPoP");
        assertThat(answer.json().get("cnf").get("jkt").asText()).isEqualTo(KEY.value());
        assertThat(answer.json().get("iss").asText()).isEqualTo(ISSUER);
        assertThat(answer.json().get("sub").asText()).isEqualTo(Fixtures.USER.toString());
        assertThat(answer.header("Cache-Control")).contains("no-store");
    }

    @Test
    void anInactiveTokenIsAnsweredWithActiveFalseAlone() {
        var answer = form("/oauth2/introspect", "token=expired", basic("orders", SECRET));
        assertThat(answer.body()).isEqualTo("{\"active\":false}");
    }

    @Test
    void clientSecretPostWorksAndTheSecretIsFormDecoded() {
        var answer = form("/oauth2/introspect", "token=good&client_id=orders&client_secret="
                + URLEncoder.encode(SECRET, StandardCharsets.UTF_8));
        assertThat(answer.json().get("active").asBoolean()).isTrue();
    }

    @Test
    void aWrongSecretAnUnknownClientOrNoneAreRefusedBeforeTheUseCase() {
        for (var auth : List.of(basic("orders", SECRET + "!"), basic("nobody", SECRET), new String[0])) {
            var answer = form("/oauth2/introspect", "token=good", auth);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().get("error").asText()).isEqualTo("invalid_client");
            assertThat(answer.header("WWW-Authenticate")).contains("Basic realm=\"finguard\"");
        }
        String both = "token=good&client_id=orders&client_secret=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        assertThat(form("/oauth2/introspect", both, basic("orders", SECRET)).status()).as("two methods at once").isEqualTo(401);
        assertThat(seen.get()).isNull();
    }

    @Test
    void aClientOfAnotherAudienceLearnsNothingAboutOurTokens() {
        var answer = form("/oauth2/introspect", "token=good", basic("elsewhere", SECRET));
        assertThat(answer.body()).isEqualTo("{\"active\":false}");
        assertThat(seen.get()).isNull();
    }

    @Test
    void aMissingTokenOrAJsonBodyIsAnInvalidRequest() {
        assertThat(form("/oauth2/introspect", "token_type_hint=access_token", basic("orders", SECRET)).json().get("error").asText())
                .isEqualTo("invalid_request");
        var json = api.post("/oauth2/introspect", "{\"token\":\"good\"}", basic("orders", SECRET));
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void revocationAnswers200AndPassesTheTokenOn() {
        var answer = form("/oauth2/revoke", "token=some-refresh-token&token_type_hint=refresh_token", basic("orders", SECRET));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo("some-refresh-token");
    }

    @Test
    void aClientOverItsBudgetIsRefusedWithRetryAfter() {
        int refused = 0;
        for (int i = 0; i <= BUDGET; i++) {
            var answer = form("/oauth2/introspect", "token=good", basic("greedy", SECRET));
            if (answer.status() == 429) {
                refused++;
                assertThat(answer.json().get("error").asText()).isEqualTo("rate_limited");
                assertThat(answer.header("Retry-After")).isPresent();
            }
        }
        assertThat(refused).isEqualTo(1);
        assertThat(form("/oauth2/introspect", "token=good", basic("orders", SECRET)).status()).as("other clients go on")
                .isEqualTo(200);
    }

    private static TestApi.Response form(String path, String body, String... headers) {
        return OAuthForms.form(api, path, body, headers);
    }

    private static String[] basic(String id, String secret) {
        return OAuthForms.basic(id, secret);
    }
}
