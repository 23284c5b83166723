package io.finguard.adapters.crypto.credential;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import io.finguard.domain.model.PinTag;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tags made before a pepper rotation still check, and a tag is never the pepper MAC that Argon2id hashes. */
class HmacPinTagsTest {
    private static final byte[] OLD = "old-pepper-key-32-bytes-long!!!!!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEW = "new-pepper-key-32-bytes-long!!!!!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aTagMadeBeforeAPepperRotationStillChecksUnderItsOwnKey() {
        PinTag before = new HmacPinTags(HmacKeyRing.single("old", OLD)).tag("739184");
        HmacPinTags rotated = new HmacPinTags(HmacKeyRing.of("new", Map.of("old", OLD, "new", NEW)));

        assertThat(before.encoded()).startsWith("$fg$t=old$");
        assertThat(rotated.madeFromAny(before, List.of("739184"))).isTrue();
        assertThat(rotated.madeFromAny(before, List.of("739185"))).isFalse();
        assertThat(rotated.tag("739184").encoded()).startsWith("$fg$t=new$");
    }

    @Test
    void aTagIsNotThePepperMacThatArgon2idHashesForTheSamePin() {
        HmacKeyRing pepper = HmacKeyRing.single("p1", NEW);
        String tag = new HmacPinTags(pepper).tag("739184").encoded();
        String argon2Input = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(pepper.macWithCurrent("739184".getBytes(StandardCharsets.UTF_8)));

        assertThat(tag).doesNotContain(argon2Input);
    }

    @Test
    void anUnreadableTagCountsAsMadeFromTheCandidates() {
        HmacPinTags tags = new HmacPinTags(HmacKeyRing.single("p1", NEW));

        assertThat(tags.madeFromAny(new PinTag("not-a-tag"), List.of("739184"))).isTrue();
    }
}
