package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static io.finguard.bootstrap.e2e.ProblemAssert.retryAfterSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The code entry over HTTP: a resend kills the old code, a second request inside the resend cooldown is a 429,
 * a challenge takes five wrong guesses and then refuses even the right code, and the per-IP send cap counts
 * the socket's address, whatever X-Forwarded-For an untrusted peer sends.
 */
class OtpE2eTest {
    private static final int IP_SEND_CAP = 20;

    private final E2eStack stack = E2eStack.shared();
    private final Onboarding onboarding = stack.onboarding();
    private final ApiClient api = onboarding.api();

    @Test
    void aResendSupersedesTheEarlierCode() {
        Challenge first = SeededMembers.get().resend();
        Onboarding.awaitResendAllowed(first.sentAt());

        Challenge second = onboarding.requestCode(first.phone());

        assertThat(second.challengeId()).isNotEqualTo(first.challengeId());
        assertProblem(onboarding.verify(first, Onboarding.newDevice()), 410, "otp_superseded");
        ApiResponse proven = onboarding.verify(second, Onboarding.newDevice());
        assertThat(proven.status()).isEqualTo(200);
        assertThat(proven.text("/authState")).isEqualTo("ONBOARDING_REQUIRED");
    }

    @Test
    void aSecondRequestInsideTheCooldownIsTooManyRequestsWithRetryAfter() {
        String phone = Phones.fresh();
        assertThat(api.post("/v1/auth/otp", json("phone", phone)).status()).isEqualTo(202);

        ApiResponse again = api.post("/v1/auth/otp", json("phone", phone));

        assertProblem(again, 429, "rate_limited");
        assertThat(again.text("/limit")).isEqualTo("otp_resend_cooldown");
        assertThat(retryAfterSeconds(again)).isBetween(1L, Onboarding.RESEND_COOLDOWN.toSeconds());
    }

    @Test
    void theSixthGuessFailsEvenWhenItIsRight() {
        Challenge challenge = onboarding.requestCode(Phones.fresh());
        String device = Onboarding.newDevice();

        for (int attemptsLeft = 4; attemptsLeft >= 0; attemptsLeft--) {
            ApiResponse wrong = onboarding.verify(challenge, challenge.wrongCode(), device);
            assertProblem(wrong, 401, "otp_invalid");
            assertThat(wrong.json().get("attemptsLeft").asInt()).isEqualTo(attemptsLeft);
        }
        ApiResponse right = onboarding.verify(challenge, device);

        assertProblem(right, 410, "otp_exhausted");
        assertThat(right.json().has("ticket")).isFalse();
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerDoesNotEscapeThePerIpCap() {
        for (int i = 0; i < IP_SEND_CAP; i++) {
            ApiResponse sent = api.post("/v1/auth/otp", json("phone", Phones.fresh()), "X-Forwarded-For", "203.0.113." + (i + 1));
            assertThat(sent.status()).as("send %d", i + 1).isEqualTo(202);
        }

        ApiResponse capped = api.post("/v1/auth/otp", json("phone", Phones.fresh()), "X-Forwarded-For", "198.51.100.77");

        assertProblem(capped, 429, "rate_limited");
        assertThat(capped.text("/limit")).isEqualTo("otp_ip_sends");
        retryAfterSeconds(capped);
        // The same spoofed header from another socket address is another client: the cap belongs to the peer.
        ApiResponse otherPeer = stack.client().post("/v1/auth/otp", json("phone", Phones.fresh()), "X-Forwarded-For", "198.51.100.77");
        assertThat(otherPeer.status()).isEqualTo(202);
    }
}
