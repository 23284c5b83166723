package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A client is counted by its network: IPv4 by address (/24 coarse), IPv6 by /64 (/48 coarse), mapped IPv4 as IPv4. */
class ClientAddressTest {

    @ParameterizedTest(name = "{0} -> {1}, coarse {2}")
    @CsvSource({
            "203.0.113.7,                            203.0.113.7/32,          203.0.113.0/24",
            "203.0.113.255,                          203.0.113.255/32,        203.0.113.0/24",
            "2001:db8:1:2::1,                        2001:db8:1:2:0:0:0:0/64, 2001:db8:1:0:0:0:0:0/48",
            "2001:db8:1:2:ffff:ffff:ffff:ffff,       2001:db8:1:2:0:0:0:0/64, 2001:db8:1:0:0:0:0:0/48",
            "2001:DB8:0001:0002:0000:0000:0000:0009, 2001:db8:1:2:0:0:0:0/64, 2001:db8:1:0:0:0:0:0/48",
            "2001:db8:1:ffff:1::,                    2001:db8:1:ffff:0:0:0:0/64, 2001:db8:1:0:0:0:0:0/48",
            "[2001:db8:1:2::1],                      2001:db8:1:2:0:0:0:0/64, 2001:db8:1:0:0:0:0:0/48",
            "fe80::1%eth0,                           fe80:0:0:0:0:0:0:0/64,   fe80:0:0:0:0:0:0:0/48",
            "::ffff:198.51.100.7,                    198.51.100.7/32,         198.51.100.0/24",
            "::FFFF:c633:6407,                       198.51.100.7/32,         198.51.100.0/24",
            "::1,                                    0:0:0:0:0:0:0:0/64,      0:0:0:0:0:0:0:0/48"
    })
    void eachAddressBelongsToItsNetworkAndItsCoarseNetwork(String literal, String network, String coarse) {
        ClientAddress address = new ClientAddress(literal);

        assertThat(address.network().cidr()).isEqualTo(network);
        assertThat(address.coarseNetwork().cidr()).isEqualTo(coarse);
    }

    @ParameterizedTest(name = "{0} ~ {1}: same network {2}, same coarse network {3}")
    @CsvSource({
            "2001:db8:1:2::1,     2001:db8:1:2::2,                  true,  true",
            "2001:db8:1:2::1,     2001:db8:1:2:8000::1,             true,  true",
            "2001:db8:1:2::1,     2001:db8:1:3::1,                  false, true",
            "2001:db8:1:2::1,     2001:db8:2:2::1,                  false, false",
            "203.0.113.7,         203.0.113.8,                      false, true",
            "203.0.113.7,         203.0.114.7,                      false, false",
            "::ffff:203.0.113.7,  203.0.113.7,                      true,  true",
            "203.0.113.7,         2001:db8:1:2::cb00:7107,          false, false"
    })
    void addressesShareANetworkOnlyWithinItsPrefix(String a, String b, boolean sameNetwork, boolean sameCoarse) {
        ClientAddress first = new ClientAddress(a);
        ClientAddress second = new ClientAddress(b);

        assertThat(first.network().equals(second.network())).isEqualTo(sameNetwork);
        assertThat(first.coarseNetwork().equals(second.coarseNetwork())).isEqualTo(sameCoarse);
    }

    @ParameterizedTest
    @CsvSource({
            "::ffff:198.51.100.7,       198.51.100.7",
            "[::ffff:198.51.100.7],     198.51.100.7",
            "2001:0DB8:0:0:0:0:0:0001,  2001:db8:0:0:0:0:0:1",
            "2001:db8::1,               2001:db8:0:0:0:0:0:1",
            "' 192.0.2.1 ',             192.0.2.1"
    })
    void spellingsOfOneAddressAreOneAddress(String literal, String canonical) {
        assertThat(new ClientAddress(literal).value()).isEqualTo(canonical);
        assertThat(new ClientAddress(literal)).isEqualTo(new ClientAddress(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", "localhost", "evil.example.com", "999.1.1.1", "1.2.3", "1.2.3.4.5", "+4477",
            "2001:db8::1/64", "2001:db8::g", "203.0.113.7:8080", "1.2.3.4, 5.6.7.8", ".:", "[]", "evil%eth0"})
    void anythingButAnIpLiteralIsRefusedWithoutALookup(String text) {
        assertThat(ClientAddress.parse(text)).isEmpty();
        assertThatThrownBy(() -> new ClientAddress(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"203.0.113.7, 33", "203.0.113.7, -1", "2001:db8::, 129"})
    void aNetworkPrefixFitsTheAddress(String literal, int prefixLength) {
        assertThatThrownBy(() -> ClientNetwork.of(new ClientAddress(literal), prefixLength))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"203.0.113.7, 24", "2001:db8:1:2::1, 64"})
    void aNetworkBaseHasNoHostBits(String literal, int prefixLength) {
        assertThatThrownBy(() -> new ClientNetwork(new ClientAddress(literal), prefixLength))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
