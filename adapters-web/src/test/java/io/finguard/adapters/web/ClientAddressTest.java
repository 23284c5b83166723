package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.port.in.RequestOtp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Over real HTTP: the address use cases see, with and without the loopback peer as a trusted proxy. */
class ClientAddressTest {

    private static String clientSeenBy(TestApi api, String... headers) {
        AtomicReference<ClientAddress> seen = new AtomicReference<>();
        api.stubs.requestOtp = command -> {
            seen.set(command.client());
            return new RequestOtp.Result.Sent(ChallengeId.parse("00000000-0000-4000-8000-0000000000c1"),
                    Duration.ofMinutes(5), Duration.ofSeconds(30));
        };
        assertThat(api.post("/v1/auth/otp", "{\"phone\":\"+4915112345678\"}", headers).status()).isEqualTo(202);
        return seen.get().value();
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerChangesNothing() {
        try (TestApi api = TestApi.start()) {
            assertThat(clientSeenBy(api, "X-Forwarded-For", "203.0.113.9")).isEqualTo("127.0.0.1");
            assertThat(clientSeenBy(api, "X-Forwarded-For", "203.0.113.9, 198.51.100.7")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedEntryIsTheClient() {
        List<Cidr> proxies = List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("10.0.0.0/8"));
        try (TestApi api = TestApi.start(config -> config.withTrustedProxies(proxies))) {
            // The client wrote the left-most entry itself; the proxies appended the rest.
            assertThat(clientSeenBy(api, "X-Forwarded-For", "1.2.3.4, 198.51.100.7, 10.1.2.3")).isEqualTo("198.51.100.7");
            assertThat(clientSeenBy(api, "X-Forwarded-For", "198.51.100.8")).isEqualTo("198.51.100.8");
        }
    }

    @Test
    void behindATrustedProxyWithoutForwardedForThePeerIsTheClient() {
        try (TestApi api = TestApi.start(config -> config.withTrustedProxies(List.of(Cidr.parse("127.0.0.1/32"))))) {
            assertThat(clientSeenBy(api)).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void behindATrustedProxyAnIpv4MappedEntryIsTheIpv4Client() {
        try (TestApi api = TestApi.start(config -> config.withTrustedProxies(List.of(Cidr.parse("127.0.0.0/8"))))) {
            assertThat(clientSeenBy(api, "X-Forwarded-For", "::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        }
    }

    @Test
    void behindATrustedProxyAGarbledEntryStopsTheWalk() {
        try (TestApi api = TestApi.start(config -> config.withTrustedProxies(List.of(Cidr.parse("127.0.0.0/8"))))) {
            assertThat(clientSeenBy(api, "X-Forwarded-For", "198.51.100.7, evil.example.com")).isEqualTo("127.0.0.1");
        }
    }
}
