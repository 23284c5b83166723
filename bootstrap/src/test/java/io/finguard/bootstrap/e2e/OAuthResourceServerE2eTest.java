package io.finguard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.finguard.domain.model.Sha256;
import io.finguard.testsupport.SharedRedis;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A resource server built from nimbus-jose-jwt and configured only from FinGuard's discovery document accepts its
 * access tokens (typ at+jwt, issuer, audience, ES256 from the remote key set) and refuses forgeries; introspection
 * and revocation answer registered clients only, and a session ended anywhere reads inactive at once.
 */
class OAuthResourceServerE2eTest {
    private static final String CLIENT = "orders-service";
    private static final String SECRET = "a-resource-server-secret-of-some-length-0123456789";
    private static E2eStack stack;
    private static String issuer;

    @BeforeAll
    static void start() {
        E2eDatabase database = E2eDatabase.fresh();
        String clients = CLIENT + ":" + HexFormat.of().formatHex(Sha256.digest(SECRET)) + ":" + ServeSettings.AUDIENCE;
        stack = E2eStack.start(database.jdbcUrl(), database.user(), database.password(), SharedRedis.shared().url(),
                List.of(database), Map.of("FINGUARD_ISSUER", E2eStack.OWN_BASE_URL, "FINGUARD_CLIENTS", clients));
        issuer = stack.client().url("/").replaceAll("/$", "");
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void theMetadataSaysWhatFinGuardSupportsAndItsIssuerIsTheTokensIss() throws Exception {
        Member member = stack.onboarding().signUp();
        ApiResponse metadata = stack.client().get("/.well-known/oauth-authorization-server");
        assertThat(metadata.status()).isEqualTo(200);
        Map<String, Object> doc = metadata.jsonMap();
        assertThat(doc).containsEntry("issuer", issuer)
                .containsEntry("jwks_uri", issuer + "/.well-known/jwks.json")
                .containsEntry("introspection_endpoint", issuer + "/oauth2/introspect")
                .containsEntry("revocation_endpoint", issuer + "/oauth2/revoke")
                .containsEntry("dpop_signing_alg_values_supported", List.of("ES256"))
                .containsEntry("response_types_supported", List.of())
                .doesNotContainKeys("authorization_endpoint", "token_endpoint");
        assertThat(SignedJWT.parse(member.accessToken()).getJWTClaimsSet().getIssuer()).isEqualTo(doc.get("issuer"));
        assertThat(stack.client().get("/.well-known/openid-configuration").jsonMap()).isEqualTo(doc);
    }

    @Test
    void nimbusConfiguredFromDiscoveryAcceptsAccessTokensAndRefusesForgeriesAndTickets() throws Exception {
        Member member = stack.onboarding().signUp();
        FinGuardTokenVerifier verifier = new FinGuardTokenVerifier(issuer, ServeSettings.AUDIENCE);
        JWTClaimsSet claims = verifier.verify(member.accessToken());
        assertThat(claims.getSubject()).isEqualTo(member.userId());
        assertThat(SignedJWT.parse(member.accessToken()).getHeader().getType().getType()).isEqualTo("at+jwt");

        String[] parts = member.accessToken().split("\\.");
        String otherSubject = new JWTClaimsSet.Builder(claims).subject("00000000-0000-4000-8000-000000000bad").build().toString();
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(otherSubject.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(BadJOSEException.class);
        Onboarding onboarding = stack.onboarding();
        String ticket = onboarding.signupTicket(onboarding.requestCode(Phones.fresh()), "phone-1");
        assertThatThrownBy(() -> verifier.verify(ticket)).as("a signup ticket is no at+jwt").isInstanceOf(BadJOSEException.class);
        assertThatThrownBy(() -> new FinGuardTokenVerifier(issuer, "another-audience").verify(member.accessToken()))
                .isInstanceOf(BadJOSEException.class);
    }

    @Test
    void introspectionAnswersRegisteredClientsOnlyWithBasicOrPost() {
        Member member = stack.onboarding().signUp();
        assertThat(introspect(member.accessToken(), "Authorization", basic(CLIENT, SECRET)).jsonMap())
                .containsEntry("active", true).containsEntry("sub", member.userId()).containsEntry("iss", issuer)
                .containsEntry("token_type", "Bearer");
        ApiResponse posted = stack.client().send("POST", "/oauth2/introspect", "token=" + member.accessToken()
                + "&client_id=" + CLIENT + "&client_secret=" + form(SECRET), "Content-Type", "application/x-www-form-urlencoded");
        assertThat(posted.jsonMap()).containsEntry("active", true);

        ApiResponse wrong = introspect(member.accessToken(), "Authorization", basic(CLIENT, SECRET + "x"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.jsonMap()).containsEntry("error", "invalid_client");
        assertThat(introspect(member.accessToken()).status()).isEqualTo(401);
        assertThat(introspect("not.a.token", "Authorization", basic(CLIENT, SECRET)).jsonMap()).isEqualTo(Map.of("active", false));
    }

    @Test
    void logoutMakesTheUnexpiredTokenInactiveAtOnceWhileOfflineVerificationStillAcceptsIt() throws Exception {
        Member member = stack.onboarding().signUp();
        assertThat(stack.client().post("/v1/auth/logout", null, "Authorization", ApiClient.bearer(member.accessToken())).status())
                .isEqualTo(204);
        assertThat(introspect(member.accessToken(), "Authorization", basic(CLIENT, SECRET)).jsonMap())
                .isEqualTo(Map.of("active", false));
        assertThat(new FinGuardTokenVerifier(issuer, ServeSettings.AUDIENCE).verify(member.accessToken()).getSubject())
                .as("an offline verifier sees a revoked token until it expires").isEqualTo(member.userId());
    }

    @Test
    void revokingTheRefreshTokenEndsTheSessionAndRefreshing() {
        Member member = stack.onboarding().signUp();
        ApiResponse revoked = stack.client().send("POST", "/oauth2/revoke", "token=" + form(member.refreshToken())
                + "&token_type_hint=refresh_token", "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", basic(CLIENT, SECRET));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(introspect(member.accessToken(), "Authorization", basic(CLIENT, SECRET)).jsonMap())
                .isEqualTo(Map.of("active", false));
        assertThat(stack.onboarding().refresh(member.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void aDpopBoundTokenIntrospectsWithTheThumbprintOfItsKey() throws Exception {
        DpopClient key = DpopClient.generate();
        ApiClient api = stack.client();
        Onboarding onboarding = stack.onboarding();
        String phone = Phones.fresh();
        Challenge challenge = onboarding.requestCode(phone);
        String ticket = api.post("/v1/auth/otp/verify", ApiClient.json("challengeId", challenge.challengeId(), "code",
                challenge.code(), "deviceId", "bound-phone"), "DPoP", key.proof("POST", api.url("/v1/auth/otp/verify"))).text("/ticket");
        onboarding.setCredentials(ticket, Onboarding.newPassword(), Onboarding.newPin(phone));
        onboarding.completeProfile(ticket);
        String access = api.post("/v1/signup/submit", null, "Authorization", ApiClient.bearer(ticket), "X-Device-Id", "bound-phone",
                "DPoP", key.proof("POST", api.url("/v1/signup/submit"))).text("/tokens/accessToken");

        Map<String, Object> answer = introspect(access, "Authorization", basic(CLIENT, SECRET)).jsonMap();
        assertThat(answer).containsEntry("active", true).containsEntry("token_type", "DPoP")
                .containsEntry("cnf", Map.of("jkt", key.thumbprint()));
        assertThat(new FinGuardTokenVerifier(issuer, ServeSettings.AUDIENCE).verify(access).getJSONObjectClaim("cnf"))
                .containsEntry("jkt", key.thumbprint());
    }

    private static ApiResponse introspect(String token, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/x-www-form-urlencoded";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return stack.client().send("POST", "/oauth2/introspect", "token=" + form(token), all);
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((form(id) + ":" + form(secret)).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
