package io.finguard.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.ClientNetwork;
import io.finguard.domain.model.SessionName;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionOriginTest {

    @Test
    void keepsOnlyTheCoarseNetworkOfTheClientNeverItsAddress() {
        assertThat(SessionOrigin.of(Optional.empty(), new ClientAddress("198.51.100.77")).network().orElseThrow().cidr())
                .isEqualTo("198.51.100.0/24");
        assertThat(SessionOrigin.of(Optional.empty(), new ClientAddress("2001:db8:1:2:3:4:5:6")).network().orElseThrow().cidr())
                .isEqualTo("2001:db8:1:0:0:0:0:0/48");
    }

    @Test
    void anUnreadableClientGivesNoNetwork() {
        assertThat(SessionOrigin.of(Optional.of(new SessionName("laptop")), ClientAddress.UNKNOWN))
                .isEqualTo(new SessionOrigin(Optional.of(new SessionName("laptop")), Optional.empty()));
    }

    @Test
    void aNetworkReadsBackFromItsCidrText() {
        ClientNetwork network = new ClientAddress("2001:db8:ff:1::9").coarseNetwork();

        assertThat(ClientNetwork.parse(network.cidr())).isEqualTo(network);
        assertThat(ClientNetwork.parse("203.0.113.0/24")).isEqualTo(new ClientAddress("203.0.113.9").coarseNetwork());
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.0", "203.0.113.7/24", "/24", "203.0.113.0/33", "host.example/24", "203.0.113.0/x"})
    void textThatIsNoNetworkIsRefused(String text) {
        assertThatThrownBy(() -> ClientNetwork.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "tab\there", "nul\u0000"})
    void aSessionNameKeepsTheTextRule(String text) {
        assertThatThrownBy(() -> new SessionName(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSessionNameIsAtMost64CodePoints() {
        assertThat(new SessionName("📱".repeat(64)).value()).hasSize(128);
        assertThatThrownBy(() -> new SessionName("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }
}
