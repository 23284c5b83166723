package io.finguard.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void aNetworkContainsExactlyTheAddressesUnderItsPrefix() throws Exception {
        Cidr network = Cidr.parse("10.1.2.0/23").orElseThrow();

        assertThat(network.contains(InetAddress.getByName("10.1.2.1"))).isTrue();
        assertThat(network.contains(InetAddress.getByName("10.1.3.255"))).isTrue();
        assertThat(network.contains(InetAddress.getByName("10.1.4.0"))).isFalse();
        assertThat(network.contains(InetAddress.getByName("10.1.1.255"))).isFalse();
        assertThat(network.contains(InetAddress.getByName("::ffff:10.1.2.1"))).isTrue();
    }

    @Test
    void aBareAddressIsANetworkOfOne() throws Exception {
        Cidr single = Cidr.parse("2001:db8::7").orElseThrow();

        assertThat(single.prefixLength()).isEqualTo(128);
        assertThat(single.contains(InetAddress.getByName("2001:db8::7"))).isTrue();
        assertThat(single.contains(InetAddress.getByName("2001:db8::8"))).isFalse();
        assertThat(single.contains(InetAddress.getByName("10.0.0.7"))).isFalse();
    }

    @Test
    void hostNamesAndBadPrefixesAreNotNetworks() {
        assertThat(Cidr.parse("localhost")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/x")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/8/8")).isEmpty();
    }
}
