package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.ClientAddress;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientIpsTest {

    private static String resolve(List<String> trusted, String peer, String... forwardedFor) {
        return new ClientIps(trusted.stream().map(Cidr::parse).toList()).resolve(peer, Collections.enumeration(List.of(forwardedFor))).value();
    }

    @Test
    void withoutTrustedProxiesThePeerIsAlwaysTheClient() {
        assertThat(resolve(List.of(), "192.0.2.10", "203.0.113.9")).isEqualTo("192.0.2.10");
    }

    @Test
    void aPeerOutsideTheTrustedNetworksIsTheClientWhateverItForwards() {
        assertThat(resolve(List.of("10.0.0.0/8"), "192.0.2.10", "203.0.113.9")).isEqualTo("192.0.2.10");
    }

    @Test
    void trustedHopsAreSkippedFromTheRight() {
        assertThat(resolve(List.of("10.0.0.0/8"), "10.0.0.1", "6.6.6.6, 203.0.113.9, 10.9.9.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void severalForwardedForHeadersAreOneChain() {
        assertThat(resolve(List.of("10.0.0.0/8"), "10.0.0.1", "6.6.6.6", "203.0.113.9, 10.2.2.2")).isEqualTo("203.0.113.9");
    }

    @Test
    void aChainOfOnlyTrustedHopsEndsAtTheLeftMostOfThem() {
        assertThat(resolve(List.of("10.0.0.0/8"), "10.0.0.1", "10.0.0.7, 10.0.0.8")).isEqualTo("10.0.0.7");
    }

    @Test
    void ipv6NetworksWork() {
        assertThat(resolve(List.of("2001:db8::/32"), "2001:db8::1", "2001:0db8:0:0:0:0:0:2, 2a00:1450::5"))
                .isEqualTo("2a00:1450:0:0:0:0:0:5");
        assertThat(resolve(List.of("2001:db8::/32"), "2001:db9::1", "198.51.100.1")).isEqualTo("2001:db9:0:0:0:0:0:1");
    }

    @Test
    void anIpv4MappedEntryIsItsIpv4Address() {
        assertThat(resolve(List.of("10.0.0.0/8"), "::ffff:10.0.0.1", "[::ffff:198.51.100.7]")).isEqualTo("198.51.100.7");
    }

    @Test
    void aPeerThatIsNoIpLiteralIsTheOneUnknownClient() {
        assertThat(new ClientIps(List.of()).resolve("not-an-ip", Collections.emptyEnumeration())).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(new ClientIps(List.of()).resolve(null, Collections.emptyEnumeration())).isEqualTo(ClientAddress.UNKNOWN);
    }

}
