package io.finguard.adapters.crypto.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HmacKeyRingTest {
    private static final byte[] KEY_A = new byte[32];
    private static final byte[] KEY_B = "b".repeat(32).getBytes(StandardCharsets.US_ASCII);

    @Test
    void macsAreHmacSha256UnderTheNamedKey() {
        // RFC 4231 test case 6 key (131 bytes of 0xaa) and message.
        byte[] rfcKey = new byte[131];
        Arrays.fill(rfcKey, (byte) 0xaa);
        HmacKeyRing ring = HmacKeyRing.of("rfc", Map.of("rfc", rfcKey, "b", KEY_B));
        byte[] message = "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII);

        assertThat(HexFormat.of().formatHex(ring.macWithCurrent(message)))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        assertThat(ring.mac("b", message).orElseThrow()).isNotEqualTo(ring.macWithCurrent(message));
        assertThat(ring.mac("missing", message)).isEmpty();
        assertThat(ring.mac(null, message)).isEmpty();
    }

    @Test
    void weakKeysBadIdsAndAMissingCurrentKeyAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> HmacKeyRing.single("a", new byte[31]));
        assertThatIllegalArgumentException().isThrownBy(() -> HmacKeyRing.single("a$b", KEY_A));
        assertThatIllegalArgumentException().isThrownBy(() -> HmacKeyRing.single("", KEY_A));
        assertThatIllegalArgumentException().isThrownBy(() -> HmacKeyRing.of("c", Map.of("a", KEY_A)));
    }

    @Test
    void theRingNeverPrintsKeyMaterial() {
        HmacKeyRing ring = HmacKeyRing.of("a", Map.of("a", KEY_A, "b", KEY_B));

        assertThat(ring.toString()).contains("current=a").doesNotContain("bbbb");
        assertThat(ring.ids()).containsExactlyInAnyOrder("a", "b");
    }
}
