package io.finguard.domain.port.out;

import io.finguard.domain.model.PhoneIndex;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import java.util.Optional;

/**
 * Phone numbers at rest (docs/adr/0023): the database holds a blind index of each number, to find, claim and
 * keep rows unique by phone, and the number sealed with authenticated encryption, to read it back; never the number.
 */
public interface PhoneVault {

    /** The same index for the same number, always (under one index key); lookups and unique keys use it. */
    PhoneIndex index(PhoneNumber phone);

    /** Sealed under the current key, bound to the number's index; the key id travels with it so keys can rotate. */
    Sealed seal(PhoneNumber phone);

    /** The id of the key {@link #seal} uses now: a stored number under any other id is due to be sealed again. */
    String currentKeyId();

    /**
     * The number, or empty when the key id is unknown, the bytes were altered or the value was sealed for another
     * index (copied from another row or another number).
     */
    Optional<PhoneNumber> open(Sealed sealed, PhoneIndex index);
}
