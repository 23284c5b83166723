package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static io.finguard.bootstrap.e2e.ProblemAssert.retryAfterSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.policy.RateLimits;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/**
 * Behind the trusted proxy a client is its network, not its address: one host owns a whole IPv6 /64, so the
 * addresses inside it share one per-network OTP send cap (20 per 10 minutes) instead of each having its own.
 */
class NetworkLimitsE2eTest {
    private static final int NETWORK_SENDS = RateLimits.defaults().ipSends().max();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClient proxy = E2eStack.shared().proxy();

    @Test
    void addressesInsideOneIpv6SlashSixtyFourExhaustOnePerNetworkSendCap() {
        // A /48 and /64 of the documentation range no other run of the suite uses (Redis may be shared).
        String slash48 = "2001:db8:" + Integer.toHexString(RANDOM.nextInt(0x10000));
        String slash64 = slash48 + ":" + Integer.toHexString(RANDOM.nextInt(0x10000)) + ":";
        for (int i = 1; i <= NETWORK_SENDS; i++) {
            assertThat(sendFrom(slash64 + ":" + Integer.toHexString(i)).status()).as("send %d", i).isEqualTo(202);
        }

        ApiResponse refused = assertProblem(sendFrom(slash64 + "ffff:ffff:ffff:ffff"), 429, "rate_limited");

        assertThat(refused.text("/limit")).isEqualTo("otp_ip_sends");
        assertThat(retryAfterSeconds(refused)).isPositive();
        assertThat(sendFrom(slash48 + ":ffff::1").status()).as("the next /64 is another client").isEqualTo(202);
    }

    private ApiResponse sendFrom(String forwardedFor) {
        return proxy.post("/v1/auth/otp", json("phone", Phones.freshIn("+49170")), "X-Forwarded-For", forwardedFor);
    }
}
