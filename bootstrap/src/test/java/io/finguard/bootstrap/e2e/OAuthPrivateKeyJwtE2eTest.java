package io.finguard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import io.finguard.bootstrap.cli.CommandContext;
import io.finguard.bootstrap.cli.FinGuardCli;
import io.finguard.bootstrap.cli.JvmLifetime;
import io.finguard.bootstrap.wiring.FinGuardApplication;
import io.finguard.domain.policy.RateLimits;
import io.finguard.testsupport.SharedRedis;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients registered with {@code finguard clients add} against the real database: a nimbus-jose-jwt client
 * authenticates with a private_key_jwt assertion (RFC 7523) read off the discovery document, an assertion is good once,
 * Connect2id's oauth2-oidc-sdk introspects and revokes with its own PrivateKeyJWT, and a client restricted to a scope
 * the token lacks learns nothing about it.
 */
class OAuthPrivateKeyJwtE2eTest {
    private static final String KEY_CLIENT = "risk-engine";
    private static final String SCOPED_CLIENT = "payments";
    private static final String SECRET = "payments-secret-0123456789-abcdefghijklmnop";
    private static final ECKey KEY = generate();
    private static E2eStack stack;
    private static Map<String, Object> metadata;

    @BeforeAll
    static void start() throws Exception {
        E2eDatabase database = E2eDatabase.fresh();
        Map<String, String> env = new HashMap<>(ServeSettings.phoneKeys());
        env.putAll(Map.of("FINGUARD_DATABASE_URL", database.jdbcUrl(), "FINGUARD_DATABASE_USER", database.user(),
                "FINGUARD_DATABASE_PASSWORD", database.password()));
        Path jwk = Files.writeString(Files.createTempFile("client", ".jwk.json"), KEY.toPublicJWK().toJSONString());
        cli(env, "", "migrate");
        cli(env, "", "clients", "add", "--id", KEY_CLIENT, "--jwk-file", jwk.toString(), "--audience", ServeSettings.AUDIENCE);
        cli(env, SECRET + "\n", "clients", "add", "--id", SCOPED_CLIENT, "--secret-from-stdin", "--audience",
                ServeSettings.AUDIENCE, "--scope", "transfer:create");
        Files.delete(jwk);
        stack = E2eStack.start(database.jdbcUrl(), database.user(), database.password(), SharedRedis.shared().url(),
                List.of(database), Map.of("FINGUARD_ISSUER", E2eStack.OWN_BASE_URL));
        metadata = stack.client().get("/.well-known/oauth-authorization-server").jsonMap();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void theMetadataOffersPrivateKeyJwtWithEs256() {
        assertThat(metadata.get("introspection_endpoint_auth_methods_supported")).asList().contains("private_key_jwt");
        assertThat(metadata.get("revocation_endpoint_auth_methods_supported")).asList().contains("private_key_jwt");
        assertThat(metadata).containsEntry("introspection_endpoint_auth_signing_alg_values_supported", List.of("ES256"))
                .containsEntry("revocation_endpoint_auth_signing_alg_values_supported", List.of("ES256"));
    }

    @Test
    void aNimbusAssertionToTheIssuerOrTheEndpointAuthenticatesOnceAndRevokes() throws Exception {
        Member member = stack.onboarding().signUp();
        String issuer = (String) metadata.get("issuer");
        String introspection = (String) metadata.get("introspection_endpoint");
        String toIssuer = assertion(issuer);
        assertThat(call(introspection, member.accessToken(), toIssuer).jsonMap()).containsEntry("active", true)
                .containsEntry("sub", member.userId());
        ApiResponse replay = call(introspection, member.accessToken(), toIssuer);
        assertThat(replay.status()).as("a jti is good once").isEqualTo(401);
        assertThat(replay.jsonMap()).containsEntry("error", "invalid_client");
        assertThat(call(introspection, member.accessToken(), assertion(introspection)).jsonMap()).containsEntry("active", true);
        assertThat(call(introspection, member.accessToken(), assertion("https://elsewhere.example")).status()).isEqualTo(401);

        assertThat(call((String) metadata.get("revocation_endpoint"), member.accessToken(), assertion(issuer)).status())
                .isEqualTo(200);
        assertThat(call(introspection, member.accessToken(), assertion(issuer)).jsonMap()).isEqualTo(Map.of("active", false));
    }

    @Test
    void connect2idsOAuthSdkIntrospectsAndRevokesWithItsPrivateKeyJwt() throws Exception {
        Member member = stack.onboarding().signUp();
        URI introspection = URI.create((String) metadata.get("introspection_endpoint"));
        URI revocation = URI.create((String) metadata.get("revocation_endpoint"));
        BearerAccessToken token = new BearerAccessToken(member.accessToken());

        TokenIntrospectionResponse answer = TokenIntrospectionResponse.parse(
                new TokenIntrospectionRequest(introspection, sdkAuth(introspection), token).toHTTPRequest().send());
        assertThat(answer.indicatesSuccess()).isTrue();
        assertThat(answer.toSuccessResponse().isActive()).isTrue();
        assertThat(answer.toSuccessResponse().getSubject().getValue()).isEqualTo(member.userId());

        assertThat(new TokenRevocationRequest(revocation, sdkAuth(revocation), token).toHTTPRequest().send().getStatusCode())
                .isEqualTo(200);
        assertThat(TokenIntrospectionResponse.parse(new TokenIntrospectionRequest(introspection, sdkAuth(introspection), token)
                .toHTTPRequest().send()).toSuccessResponse().isActive()).isFalse();
    }

    /** oauth2-oidc-sdk's own assertion: aud = the endpoint, exp 5 minutes ahead, a random jti. */
    private static PrivateKeyJWT sdkAuth(URI endpoint) throws Exception {
        return new PrivateKeyJWT(new ClientID(KEY_CLIENT), endpoint, JWSAlgorithm.ES256, KEY.toECPrivateKey(), KEY.getKeyID(), null);
    }

    @Test
    void aClientRestrictedToAScopeTheTokenLacksSeesItInactiveAndCannotRevokeIt() {
        Member member = stack.onboarding().signUp();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((SCOPED_CLIENT + ":" + SECRET)
                .getBytes(StandardCharsets.UTF_8));
        ApiResponse seen = stack.client().send("POST", "/oauth2/introspect", "token=" + form(member.accessToken()),
                "Content-Type", "application/x-www-form-urlencoded", "Authorization", basic);
        assertThat(seen.jsonMap()).as("a new member's token carries no transfer:create").isEqualTo(Map.of("active", false));
        assertThat(stack.client().send("POST", "/oauth2/revoke", "token=" + form(member.refreshToken()),
                "Content-Type", "application/x-www-form-urlencoded", "Authorization", basic).status()).isEqualTo(200);
        assertThat(stack.onboarding().refresh(member.refreshToken()).status()).as("not this client's to revoke").isEqualTo(200);
    }

    private static ApiResponse call(String endpoint, String token, String assertion) {
        String path = endpoint.substring(endpoint.indexOf("/oauth2/"));
        return stack.client().send("POST", path, "token=" + form(token) + "&client_id=" + KEY_CLIENT
                        + "&client_assertion_type=" + form("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                        + "&client_assertion=" + form(assertion), "Content-Type", "application/x-www-form-urlencoded");
    }

    private static String assertion(String audience) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(KEY.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(KEY_CLIENT).subject(KEY_CLIENT).audience(audience)
                        .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(60))).build());
        jwt.sign(new ECDSASigner(KEY));
        return jwt.serialize();
    }

    private static void cli(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FinGuardCli.create(new CommandContext(new FinGuardApplication(Clock.systemUTC(), RateLimits.defaults()), env,
                        new JvmLifetime()), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertThat(code).as("finguard %s: %s", String.join(" ", args), err).isZero();
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("risk-1").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
