package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.KnownDevice;
import io.finguard.domain.model.Tier;
import io.finguard.domain.port.in.CheckDpopProof;
import io.finguard.domain.port.in.ForgetDevice;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.MeView;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.token.AccessClaims;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DPoP edge (RFC 9449): which URL and token a proof is checked against, the scheme a bound token must come in, and
 * the answers of sections 5, 7.1 and 8 (400 where tokens are issued, 401 with WWW-Authenticate: DPoP where a bound token
 * is used, DPoP-Nonce when a nonce is asked for). The proof check itself is the use case's (stubbed here).
 */
class DpopRoutesTest extends RouteTest {
    private static final KeyThumbprint KEY = new KeyThumbprint("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I");
    private static final KeyThumbprint OTHER = new KeyThumbprint("A".repeat(43));
    private static final String BOUND_TOKEN = "access-bound";
    private final AtomicReference<CheckDpopProof.Command> checked = new AtomicReference<>();

    @BeforeEach
    void bind() {
        AccessClaims limited = Fixtures.limited();
        api.stubs.authenticate.accessTokens.put(BOUND_TOKEN, new AccessClaims(limited.subject(), limited.session(),
                limited.scopes(), limited.tier(), limited.acr(), limited.amr(), limited.authTime(), limited.issuedAt(),
                limited.expiresAt(), limited.tokenId(), Optional.of(KEY)));
        proofsProve(KEY);
        api.stubs.viewMe = user -> new ViewMe.Result.NotFound();
    }

    private void proofsProve(KeyThumbprint key) {
        api.stubs.checkDpopProof = command -> {
            checked.set(command);
            return new CheckDpopProof.Result.Proven(key);
        };
    }

    @Test
    void aBoundTokenWithItsKeysProofPassesAndTheProofIsCheckedForThisRequestAndToken() {
        var response = api.get("/v1/me", "Authorization", "DPoP " + BOUND_TOKEN, "DPoP", "proof-1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(checked.get()).isEqualTo(new CheckDpopProof.Command("proof-1", "GET", api.uri("/v1/me").toString(),
                Optional.of(BOUND_TOKEN)));
    }

    @Test
    void aBoundTokenPresentedAsBearerIsRefusedWithADpopChallenge() {
        var response = api.get("/v1/me", "Authorization", TestApi.bearer(BOUND_TOKEN), "DPoP", "proof-1");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_token");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("DPoP ")
                .contains("algs=\"ES256\"", "error=\"invalid_token\""));
        assertThat(checked.get()).isNull();
    }

    @Test
    void aBoundTokenWithoutAProofIsRefused() {
        var response = api.get("/v1/me", "Authorization", "DPoP " + BOUND_TOKEN);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_dpop_proof");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("error=\"invalid_dpop_proof\""));
    }

    @Test
    void aBoundTokenWithAnotherKeysProofIsRefused() {
        proofsProve(OTHER);

        var response = api.get("/v1/me", "Authorization", "DPoP " + BOUND_TOKEN, "DPoP", "proof-1");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_dpop_proof");
    }

    @Test
    void twoDpopHeadersAreRefused() {
        var response = api.get("/v1/me", "Authorization", "DPoP " + BOUND_TOKEN, "DPoP", "proof-1", "DPoP", "proof-2");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_dpop_proof");
        assertThat(checked.get()).isNull();
    }

    @Test
    void aStaleProofWithABoundTokenIsAnsweredWithANonce() {
        api.stubs.checkDpopProof = command -> new CheckDpopProof.Result.NonceRequired("n-1", "iat is outside the window");

        var response = api.get("/v1/me", "Authorization", "DPoP " + BOUND_TOKEN, "DPoP", "proof-1");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("use_dpop_nonce");
        assertThat(response.header("DPoP-Nonce")).contains("n-1");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("error=\"use_dpop_nonce\""));
    }

    @Test
    void anUnboundTokenInTheDpopSchemeIsRefused() {
        var response = api.get("/v1/me", "Authorization", "DPoP " + Fixtures.LIMITED_TOKEN, "DPoP", "proof-1");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_token");
    }

    @Test
    void aVerifyWithAProofPassesTheKeyAndAnswersDpopTokens() {
        AtomicReference<VerifyOtp.Command> seen = new AtomicReference<>();
        api.stubs.verifyOtp = command -> {
            seen.set(command);
            SessionTokens plain = Fixtures.tokens(Tier.LIMITED, AssuranceLevel.AAL1);
            return new VerifyOtp.Result.Proven(new LoginResult.Authenticated(Tier.LIMITED,
                    new SessionTokens(plain.access(), plain.refresh(), plain.scopes(), plain.acr(), true)));
        };

        var response = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + java.util.UUID.randomUUID() + "\",\"code\":\"123456\"}",
                "DPoP", "proof-1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/tokens/tokenType").asText()).isEqualTo("DPoP");
        assertThat(seen.get().key()).contains(KEY);
        assertThat(checked.get().accessToken()).isEmpty();
    }

    @Test
    void whereTokensAreIssuedABadProofIs400AndANonceRequestCarriesTheNonce() {
        api.stubs.checkDpopProof = command -> new CheckDpopProof.Result.Refused("htm does not match the request method");
        var refused = api.post("/v1/auth/refresh", "{\"refreshToken\":\"r-1\"}", "DPoP", "proof-1");
        api.stubs.checkDpopProof = command -> new CheckDpopProof.Result.NonceRequired("n-2", "stale");
        var nonce = api.post("/v1/auth/refresh", "{\"refreshToken\":\"r-1\"}", "DPoP", "proof-1");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid_dpop_proof");
        assertThat(nonce.status()).isEqualTo(400);
        assertThat(nonce.code()).isEqualTo("use_dpop_nonce");
        assertThat(nonce.header("DPoP-Nonce")).contains("n-2");
    }

    @Test
    void aBoundRefreshTokenWithoutItsKeyIs400InvalidDpopProof() {
        AtomicReference<RefreshSession.Command> seen = new AtomicReference<>();
        api.stubs.refreshSession = command -> {
            seen.set(command);
            return new RefreshSession.Result.Refused(RefreshSession.Refusal.KEY_MISMATCH);
        };

        var response = api.post("/v1/auth/refresh", "{\"refreshToken\":\"r-1\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("invalid_dpop_proof");
        assertThat(seen.get().key()).isEmpty();
    }

    @Test
    void theDeviceListShowsKnownKeysWithFirstAndLastSeen() {
        api.stubs.listDevices = user -> List.of(new KnownDevice(KEY, Fixtures.NOW, Fixtures.NOW.plusSeconds(60)));

        var response = api.get("/v1/me/devices", "Authorization", "DPoP " + BOUND_TOKEN, "DPoP", "proof-1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/devices/0/thumbprint").asText()).isEqualTo(KEY.value());
        assertThat(response.json().at("/devices/0/lastSeen").asText()).isEqualTo(Fixtures.NOW.plusSeconds(60).toString());
    }

    @Test
    void forgettingADeviceIs204AndAnUnknownOne404AndAMalformedThumbprint400() {
        api.stubs.forgetDevice = command -> command.key().equals(KEY) ? new ForgetDevice.Result.Forgotten(1)
                : new ForgetDevice.Result.NotKnown();

        var forgotten = api.send("DELETE", "/v1/me/devices/" + KEY.value(), null, "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));
        var unknown = api.send("DELETE", "/v1/me/devices/" + OTHER.value(), null, "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));
        var malformed = api.send("DELETE", "/v1/me/devices/not-a-thumbprint", null, "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(forgotten.status()).isEqualTo(204);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("device_not_found");
        assertThat(malformed.status()).isEqualTo(400);
    }
}
