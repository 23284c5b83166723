package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one CIDR type of configuration and edge: full literals only, so no text means two different networks. */
class CidrTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "172.16.0.0/12, 172.16.0.0/12",
            "10.0.0.0/8, 10.0.0.0/8",
            "0.0.0.0/0, 0.0.0.0/0",
            "192.168.1.7, 192.168.1.7/32",
            "192.168.1.7/32, 192.168.1.7/32",
            "2001:db8::/32, 2001:db8:0:0:0:0:0:0/32",
            "2001:DB8:0:0:0:0:0:0/32, 2001:db8:0:0:0:0:0:0/32",
            "::1, 0:0:0:0:0:0:0:1/128",
            "::/0, 0:0:0:0:0:0:0:0/0",
            "fe80::/10, fe80:0:0:0:0:0:0:0/10"})
    void fullLiteralsAreNetworks(String text, String network) {
        assertThat(Cidr.parse(text)).hasToString(network);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "172.16/12",            // BSD shorthand: InetAddress reads it as 172.0.0.16
            "10/8",
            "10.1/16",
            "10.1.2/24",
            "2130706433/32",        // one 32-bit number
            "0x7f.0.0.1/32",
            "010.0.0.0/8",          // leading zero: octal to some parsers, decimal to others
            "10.0.0.256/32",
            "10.0.0.0/33",
            "10.0.0.0/08",
            "10.0.0.0/",
            "10.0.0.0/8/8",
            "10.0.0.0/-1",
            "2001:db8::/129",
            "2001:db8::1::/64",
            "2001:db8:0:0:0:0:0:0:1/128",
            "2001:db8:0:0:0:0:0/112",
            "12345::/16",
            "::ffff:10.0.0.0/104",  // embedded IPv4: one more spelling of the same network
            "fe80::1%eth0/128",
            "[2001:db8::]/32",
            "localhost",
            "proxy.internal/8",
            " ",
            ""})
    void everythingElseIsRefused(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1/8", "172.16.0.1/12", "2001:db8::1/32", "192.168.4.0/21"})
    void aNetworkWithHostBitsSetIsRefusedNotGuessed(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host bits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"172.16/12", "10.0.0.1/8", "010.0.0.0/8"})
    void theRefusalSaysWhy(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).hasMessageContaining(text);
    }

    @ParameterizedTest
    @CsvSource({
            "172.16.0.0/12, 172.16.0.1, true",
            "172.16.0.0/12, 172.31.255.255, true",
            "172.16.0.0/12, 172.0.0.16, false",
            "172.16.0.0/12, 172.15.255.255, false",
            "172.16.0.0/12, 172.32.0.0, false",
            "192.168.4.0/22, 192.168.7.255, true",
            "192.168.4.0/22, 192.168.8.0, false",
            "2001:db8::/32, 2001:db8:ffff::1, true",
            "2001:db8::/32, 2001:db9::1, false",
            "10.0.0.0/8, 2001:db8::1, false"})
    void aNetworkContainsExactlyTheAddressesUnderItsPrefix(String network, String address, boolean inside) {
        assertThat(Cidr.parse(network).contains(Cidr.literal(address).orElseThrow())).isEqualTo(inside);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "evil.example.com", "999.1.1.1", "172.16", "2130706433", "010.1.1.1", ""})
    void addressesInHeadersAreLiteralsOrNothingAndNeverLookedUp(String text) {
        assertThat(Cidr.literal(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.9", "[2001:db8::1]", "2001:db8::1"})
    void addressLiteralsInHeadersAreRead(String text) {
        assertThat(Cidr.literal(text)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void equalNetworksAreEqualWhateverTheSpelling() {
        assertThat(List.of(Cidr.parse("2001:db8::/32"))).containsExactly(Cidr.parse("2001:0DB8:0:0::/32"));
    }
}
