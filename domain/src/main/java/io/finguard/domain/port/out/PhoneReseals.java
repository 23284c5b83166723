package io.finguard.domain.port.out;

/**
 * Stored phone numbers sealed under a key other than the vault's current one (docs/adr/0023). After the phone key
 * rotates they are sealed again in bounded batches, so that the previous key can be retired once none is left.
 * Both methods run in the caller's transaction.
 */
public interface PhoneReseals {

    /** Seals up to {@code limit} stored numbers again under the current key (rows locked by others are skipped). */
    int resealOutdated(int limit);

    /** How many stored numbers are still sealed under another key than the current one. */
    long outdated();
}
