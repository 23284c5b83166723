package io.finguard.domain.port.out;

import io.finguard.domain.model.PinTag;
import java.util.Collection;

/**
 * Fast keyed tags of a PIN under a server secret (never stored in clear, never a cheap-to-reverse form without that
 * secret), so the profile step can check the PIN chosen before it against the birth date without a slow hash.
 */
public interface PinTags {

    PinTag tag(String pin);

    /**
     * Whether the tag was made from one of the candidates, compared in constant time. A tag made under a key that is
     * no longer held cannot be checked and counts as made from them: the signup then chooses its PIN again.
     */
    boolean madeFromAny(PinTag tag, Collection<String> candidates);
}
