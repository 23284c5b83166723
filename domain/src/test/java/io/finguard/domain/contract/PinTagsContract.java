package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.PinTag;
import io.finguard.domain.port.out.PinTags;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PinTags} does: a tag tells whether a candidate is the PIN it was made from, shows nothing of
 * the PIN, and a tag that cannot be checked (its key is no longer held) counts as made from the candidates.
 */
public abstract class PinTagsContract {
    private static final String PIN = "739184";

    /** Tags under the implementation's current key. */
    protected abstract PinTags pinTags();

    /** Tags under a key {@link #pinTags()} does not hold. */
    protected abstract PinTags pinTagsUnderAnotherKey();

    private PinTags tags;

    @BeforeEach
    void freshTags() {
        tags = pinTags();
    }

    @Test
    void aTagIsMadeFromItsPinAndFromNoOtherCandidate() {
        PinTag tag = tags.tag(PIN);

        assertThat(tags.madeFromAny(tag, List.of(PIN))).isTrue();
        assertThat(tags.madeFromAny(tag, List.of("170590", PIN, "051790"))).isTrue();
        assertThat(tags.madeFromAny(tag, List.of("739185", "937184", "073918", "39184"))).isFalse();
        assertThat(tags.madeFromAny(tag, List.of())).isFalse();
    }

    @Test
    void tagsOfDifferentPinsDifferAndATagShowsNothingOfItsPin() {
        PinTag tag = tags.tag(PIN);

        assertThat(tag).isNotEqualTo(tags.tag("739185"));
        assertThat(tag.encoded()).doesNotContain(PIN).doesNotContain("39184").doesNotContain("73918");
        assertThat(tag.toString()).doesNotContain(PIN);
    }

    @Test
    void aTagWhoseKeyIsNoLongerHeldCountsAsMadeFromTheCandidates() {
        PinTag foreign = pinTagsUnderAnotherKey().tag(PIN);

        assertThat(tags.madeFromAny(foreign, List.of("111111"))).isTrue();
    }
}
