package io.finguard.adapters.crypto.credential;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import io.finguard.domain.contract.SecretHasherContract;
import io.finguard.domain.port.out.SecretHasher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The Argon2id hasher keeps the SecretHasher contract at cheap parameters (1 MiB, one pass) so the run stays
 * fast; the upgrade is to stronger parameters and a rotated pepper, both of which must trigger the rehash.
 */
class Argon2SecretHasherContractTest extends SecretHasherContract {
    private static final Argon2Params CHEAP = new Argon2Params(1024, 1, 1);
    private static final Argon2Params STRONGER = new Argon2Params(2048, 2, 1);
    private static final byte[] PEPPER_1 = "contract-pepper-one-32-bytes-long".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PEPPER_2 = "contract-pepper-two-32-bytes-long".getBytes(StandardCharsets.US_ASCII);
    private static final HmacKeyRing RING_1 = HmacKeyRing.single("p1", PEPPER_1);
    private static final HmacKeyRing RING_2 = HmacKeyRing.of("p2", Map.of("p1", PEPPER_1, "p2", PEPPER_2));

    @Override
    protected SecretHasher hasher() {
        return new Argon2SecretHasher(new SecretHashingConfig(CHEAP, RING_1, 2, Duration.ofSeconds(5)));
    }

    @Override
    protected SecretHasher upgradedHasher() {
        return new Argon2SecretHasher(new SecretHashingConfig(STRONGER, RING_2, 2, Duration.ofSeconds(5)));
    }
}
