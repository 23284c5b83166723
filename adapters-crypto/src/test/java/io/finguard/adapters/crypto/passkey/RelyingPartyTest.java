package io.finguard.adapters.crypto.passkey;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** An origin must lie within the relying party id, or no browser would ever run a ceremony there. */
class RelyingPartyTest {

    @Test
    void originsOnTheRpIdOrItsSubdomainsAreAccepted() {
        assertThatCode(() -> new RelyingParty("example.com", Set.of("https://example.com", "https://app.example.com:8443")))
                .doesNotThrowAnyException();
        assertThatCode(() -> new RelyingParty("localhost", Set.of("http://localhost:8080"))).doesNotThrowAnyException();
    }

    @Test
    void anOriginOutsideTheRpIdIsRefused() {
        assertThatThrownBy(() -> new RelyingParty("example.com", Set.of("https://evilexample.com")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RelyingParty("example.com", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
