package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.ClientCredential;
import io.finguard.adapters.web.oauth.OAuthSettings;
import io.finguard.domain.model.RegisteredClient;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.port.in.CheckClientAssertion;
import io.finguard.domain.port.in.IntrospectToken;
import io.finguard.domain.port.in.RevokeToken;
import io.finguard.domain.port.out.DependencyUnavailableException;
import io.finguard.domain.token.AccessClaims;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** private_key_jwt at the edge, each client held to its own method, and the audience and scope rule of docs/integration.md. */
class OAuthClientRulesTest {
    private static final String ISSUER = "https://api.finguard.test";
    private static final String SECRET = "a-long-resource-server-secret";
    private static final String JWK = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"x\",\"y\":\"y\"}";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static TestApi api;
    private final List<CheckClientAssertion.Command> checked = new ArrayList<>();
    private final List<String> revoked = new ArrayList<>();

    @BeforeAll
    static void start() {
        var secret = new ClientCredential.SecretDigest(Sha256.digest(SECRET));
        var key = new ClientCredential.PublicJwk(JWK);
        api = TestApi.withOAuth(new OAuthSettings(ISSUER, "finguard-api", List.of(
                new RegisteredClient("risk", key, Set.of("finguard-api"), Set.of()),
                new RegisteredClient("ledger", secret, Set.of("finguard-api"), Set.of(Scope.TRANSFER_CREATE)),
                new RegisteredClient("profiles", secret, Set.of("finguard-api"), Set.of(Scope.PROFILE_READ))), 100));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void stubs() {
        api.reset();
        AccessClaims profileOnly = new AccessClaims(Fixtures.USER, Fixtures.SESSION, Set.of(Scope.PROFILE_READ),
                Fixtures.full().tier(), Fixtures.full().acr(), Fixtures.full().amr(), Fixtures.NOW, Fixtures.NOW,
                Fixtures.NOW.plusSeconds(600), "jti-1", Optional.empty());
        api.stubs.introspectToken = token -> token.equals("profile-token")
                ? new IntrospectToken.Result.Active(profileOnly) : new IntrospectToken.Result.Inactive();
        api.stubs.revokeToken = token -> {
            revoked.add(token);
            return new RevokeToken.Result.Revoked();
        };
        api.stubs.checkClientAssertion = command -> {
            checked.add(command);
            return command.assertion().equals("good-assertion") ? new CheckClientAssertion.Result.Authenticated()
                    : new CheckClientAssertion.Result.Refused("bad");
        };
    }

    @Test
    void aKeyClientAuthenticatesByAssertionAddressedToTheIssuerOrTheEndpoint() {
        var answer = form("/oauth2/introspect", assertion("risk", "good-assertion") + "&token=profile-token");
        assertThat(answer.json().get("active").asBoolean()).isTrue();
        assertThat(checked).singleElement().satisfies(command -> {
            assertThat(command.clientId()).isEqualTo("risk");
            assertThat(command.publicJwk()).isEqualTo(JWK);
            assertThat(command.audiences()).containsExactlyInAnyOrder(ISSUER, ISSUER + "/oauth2/introspect");
        });
    }

    @Test
    void withoutClientIdTheAssertionsIssuerNamesTheClient() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"iss\":\"risk\"}".getBytes(StandardCharsets.UTF_8));
        var answer = form("/oauth2/revoke", "client_assertion_type=" + enc(JWT_BEARER) + "&client_assertion=h." + payload
                + ".s&token=t");
        assertThat(answer.status()).as("the stub refuses this assertion, but it was asked about client risk").isEqualTo(401);
        assertThat(checked).singleElement().satisfies(command -> {
            assertThat(command.clientId()).isEqualTo("risk");
            assertThat(command.audiences()).contains(ISSUER + "/oauth2/revoke");
        });
    }

    @Test
    void aRefusedAssertionAWrongTypeOrASecondMethodIsInvalidClient() {
        assertThat(form("/oauth2/introspect", assertion("risk", "replayed") + "&token=t").status()).isEqualTo(401);
        assertThat(form("/oauth2/introspect", "client_id=risk&client_assertion_type=other&client_assertion=good-assertion&token=t")
                .status()).isEqualTo(401);
        assertThat(form("/oauth2/introspect", assertion("risk", "good-assertion") + "&client_secret=x&token=t").status())
                .isEqualTo(401);
        assertThat(form("/oauth2/introspect", assertion("risk", "good-assertion") + "&token=t", basic("ledger", SECRET)).status())
                .isEqualTo(401);
    }

    @Test
    void eachClientOnlyByTheMethodItsCredentialAllows() {
        assertThat(form("/oauth2/introspect", "token=t", basic("risk", SECRET)).status()).as("a key client has no secret")
                .isEqualTo(401);
        assertThat(form("/oauth2/introspect", assertion("ledger", "good-assertion") + "&token=t").status())
                .as("a secret client has no key").isEqualTo(401);
        assertThat(checked).isEmpty();
    }

    @Test
    void aClientRestrictedToScopesSeesOnlyTokensCarryingOneOfThem() {
        assertThat(form("/oauth2/introspect", "token=profile-token", basic("profiles", SECRET)).json().get("active").asBoolean())
                .isTrue();
        assertThat(form("/oauth2/introspect", "token=profile-token", basic("ledger", SECRET)).body())
                .isEqualTo("{\"active\":false}");
    }

    @Test
    void aClientRestrictedToScopesRevokesOnlyAccessTokensCarryingOneOfThem() {
        assertThat(form("/oauth2/revoke", "token=profile-token", basic("ledger", SECRET)).status()).isEqualTo(200);
        assertThat(form("/oauth2/revoke", "token=a-refresh-token", basic("profiles", SECRET)).status()).isEqualTo(200);
        assertThat(revoked).as("neither was this client's to revoke").isEmpty();
        form("/oauth2/revoke", "token=profile-token", basic("profiles", SECRET));
        assertThat(revoked).containsExactly("profile-token");
    }

    @Test
    void whenTheSeenJtiStoreIsDownTheRequestFailsClosedWith503() {
        api.stubs.checkClientAssertion = command -> {
            throw new DependencyUnavailableException("redis", Duration.ofSeconds(2), null);
        };
        var answer = form("/oauth2/introspect", assertion("risk", "good-assertion") + "&token=profile-token");
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isPresent();
    }

    @Test
    void theMetadataListsPrivateKeyJwtAndItsAlgorithm() {
        var metadata = api.get("/.well-known/oauth-authorization-server").json();
        for (String endpoint : List.of("introspection", "revocation")) {
            assertThat(metadata.get(endpoint + "_endpoint_auth_methods_supported")).extracting(node -> node.asText())
                    .containsExactly("client_secret_basic", "client_secret_post", "private_key_jwt");
            assertThat(metadata.get(endpoint + "_endpoint_auth_signing_alg_values_supported")).extracting(node -> node.asText())
                    .containsExactly("ES256");
        }
    }

    private static String assertion(String clientId, String assertion) {
        return "client_id=" + clientId + "&client_assertion_type=" + enc(JWT_BEARER) + "&client_assertion=" + enc(assertion);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static TestApi.Response form(String path, String body, String... headers) {
        return OAuthForms.form(api, path, body, headers);
    }

    private static String[] basic(String id, String secret) {
        return OAuthForms.basic(id, secret);
    }
}
