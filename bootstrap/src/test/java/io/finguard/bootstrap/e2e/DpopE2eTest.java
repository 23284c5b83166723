package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.Onboarding.expect;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Sender-constrained sessions (RFC 9449) over HTTP against PostgreSQL and Redis, with proofs made by a third-party
 * client library: bound tokens are useless without the key, a known device is a key that stepped up, forgetting it
 * ends its sessions, and a client with a wrong clock gets in with the server's nonce.
 */
class DpopE2eTest {
    private final E2eStack stack = E2eStack.shared();
    private final Onboarding onboarding = stack.onboarding();
    private final ApiClient api = onboarding.api();

    /** A member whose whole signup ran with proofs by {@code key}: verify and submit bind the first session. */
    private record Bound(String phone, String pin, String access, String refresh) {
    }

    private Bound signUpWith(DpopClient key, String device) {
        String phone = Phones.fresh();
        String pin = Onboarding.newPin(phone);
        Challenge challenge = onboarding.requestCode(phone);
        ApiResponse proven = expect(api.post("/v1/auth/otp/verify",
                json("challengeId", challenge.challengeId(), "code", challenge.code(), "deviceId", device),
                "DPoP", key.proof("POST", api.url("/v1/auth/otp/verify"))), 200);
        String ticket = proven.text("/ticket");
        expect(onboarding.setCredentials(ticket, Onboarding.newPassword(), pin), 200);
        expect(onboarding.completeProfile(ticket), 200);
        ApiResponse approved = expect(api.post("/v1/signup/submit", null, "Authorization", bearer(ticket),
                "X-Device-Id", device, "DPoP", key.proof("POST", api.url("/v1/signup/submit"))), 201);
        assertThat(approved.text("/tokens/tokenType")).isEqualTo("DPoP");
        return new Bound(phone, pin, approved.text("/tokens/accessToken"), approved.text("/tokens/refreshToken"));
    }

    private ApiResponse me(DpopClient key, String access) {
        return api.get("/v1/me", "Authorization", "DPoP " + access, "DPoP", key.proof("GET", api.url("/v1/me"), access));
    }

    private ApiResponse refresh(DpopClient key, String refreshToken) {
        return key == null ? onboarding.refresh(refreshToken)
                : api.post("/v1/auth/refresh", json("refreshToken", refreshToken), "DPoP", key.proof("POST", api.url("/v1/auth/refresh")));
    }

    /** A session step-up with the PIN by the session's key: the key becomes a known device. */
    private ApiResponse stepUpSession(DpopClient key, Bound member) {
        return api.post("/v1/auth/step-up", json("method", "pin", "secret", member.pin()), "Authorization", "DPoP " + member.access(),
                "DPoP", key.proof("POST", api.url("/v1/auth/step-up"), member.access()));
    }

    private ApiResponse login(DpopClient key, String phone, String device) {
        Challenge challenge = onboarding.requestCode(phone);
        return api.post("/v1/auth/otp/verify", json("challengeId", challenge.challengeId(), "code", challenge.code(), "deviceId", device),
                "DPoP", key.proof("POST", api.url("/v1/auth/otp/verify")));
    }

    @Test
    void aBoundAccessTokenIsRefusedWithoutAProofByItsKeyAndEachProofWorksOnce() {
        DpopClient key = DpopClient.generate();
        Bound member = signUpWith(key, Onboarding.newDevice());
        assertThat(JwtParts.claims(member.access()).at("/cnf/jkt").asText()).isEqualTo(key.thumbprint());

        ApiResponse asBearer = api.get("/v1/me", "Authorization", bearer(member.access()));
        ApiResponse noProof = api.get("/v1/me", "Authorization", "DPoP " + member.access());
        ApiResponse otherKey = me(DpopClient.generate(), member.access());
        String proof = key.proof("GET", api.url("/v1/me"), member.access());
        ApiResponse first = api.get("/v1/me", "Authorization", "DPoP " + member.access(), "DPoP", proof);
        ApiResponse replayed = api.get("/v1/me", "Authorization", "DPoP " + member.access(), "DPoP", proof);
        ApiResponse forAnotherUrl = api.get("/v1/me", "Authorization", "DPoP " + member.access(),
                "DPoP", key.proof("GET", api.url("/v1/me/devices"), member.access()));

        assertProblem(asBearer, 401, "invalid_token");
        assertThat(asBearer.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("DPoP "));
        assertProblem(noProof, 401, "invalid_dpop_proof");
        assertThat(noProof.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("error=\"invalid_dpop_proof\""));
        assertProblem(otherKey, 401, "invalid_dpop_proof");
        assertThat(first.status()).isEqualTo(200);
        assertProblem(replayed, 401, "invalid_dpop_proof");
        assertProblem(forAnotherUrl, 401, "invalid_dpop_proof");
    }

    @Test
    void aStolenBoundRefreshTokenIsUselessWithoutTheKeyAndStaysGoodForItsOwner() {
        DpopClient key = DpopClient.generate();
        Bound member = signUpWith(key, Onboarding.newDevice());

        assertProblem(refresh(null, member.refresh()), 400, "invalid_dpop_proof");
        assertProblem(refresh(DpopClient.generate(), member.refresh()), 400, "invalid_dpop_proof");
        ApiResponse owner = refresh(key, member.refresh());

        assertThat(owner.status()).as(owner.body()).isEqualTo(200);
        assertThat(owner.text("/tokens/tokenType")).isEqualTo("DPoP");
        assertThat(JwtParts.claims(owner.text("/tokens/accessToken")).at("/cnf/jkt").asText()).isEqualTo(key.thumbprint());
    }

    @Test
    void aKnownKeyLogsInWithoutThePinForLimitedWhileTheSameDeviceIdFromAnotherKeyMustStepUp() {
        DpopClient key = DpopClient.generate();
        String device = Onboarding.newDevice();
        Bound member = signUpWith(key, device);
        assertThat(expect(stepUpSession(key, member), 200).text("/tokens/tokenType")).isEqualTo("DPoP");

        Onboarding.awaitResendAllowed(Instant.now());
        ApiResponse known = expect(login(key, member.phone(), device), 200);
        Onboarding.awaitResendAllowed(Instant.now());
        ApiResponse sameLabelOtherKey = expect(login(DpopClient.generate(), member.phone(), device), 200);

        assertThat(known.text("/authState")).isEqualTo("AUTHENTICATED");
        assertThat(known.text("/accountTier")).isEqualTo("LIMITED");
        assertThat(known.text("/tokens/tokenType")).isEqualTo("DPoP");
        assertThat(sameLabelOtherKey.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
    }

    @Test
    void forgettingADeviceEndsItsSessionsAndMakesItNewAgain() {
        DpopClient key = DpopClient.generate();
        Bound member = signUpWith(key, Onboarding.newDevice());
        ApiResponse steppedUp = expect(stepUpSession(key, member), 200);
        String access = steppedUp.text("/tokens/accessToken");
        String refresh = steppedUp.text("/tokens/refreshToken");

        ApiResponse listed = expect(api.get("/v1/me/devices", "Authorization", "DPoP " + access,
                "DPoP", key.proof("GET", api.url("/v1/me/devices"), access)), 200);
        assertThat(listed.text("/devices/0/thumbprint")).isEqualTo(key.thumbprint());
        assertThat(listed.json().at("/devices").size()).isEqualTo(1);

        String path = "/v1/me/devices/" + key.thumbprint();
        ApiResponse forgotten = api.send("DELETE", path, null, "Authorization", "DPoP " + access,
                "DPoP", key.proof("DELETE", api.url(path), access));

        assertThat(forgotten.status()).as(forgotten.body()).isEqualTo(204);
        assertProblem(refresh(key, refresh), 401, "session_revoked");
        Onboarding.awaitResendAllowed(Instant.now());
        assertThat(expect(login(key, member.phone(), Onboarding.newDevice()), 200).text("/authState")).isEqualTo("STEP_UP_REQUIRED");
    }

    @Test
    void aClientWhoseClockIsOffIsAskedForANonceAndGetsInWithIt() {
        DpopClient key = DpopClient.generate();
        Bound member = signUpWith(key, Onboarding.newDevice());
        Instant slowClock = Instant.now().minus(Duration.ofMinutes(3));
        String url = api.url("/v1/auth/refresh");

        ApiResponse stale = api.post("/v1/auth/refresh", json("refreshToken", member.refresh()), "DPoP",
                key.proofAt("POST", url, slowClock, null));
        assertProblem(stale, 400, "use_dpop_nonce");
        String nonce = stale.header("DPoP-Nonce").orElseThrow();
        ApiResponse withNonce = api.post("/v1/auth/refresh", json("refreshToken", member.refresh()), "DPoP",
                key.proofAt("POST", url, slowClock, nonce));

        assertThat(withNonce.status()).as(withNonce.body()).isEqualTo(200);
    }
}
