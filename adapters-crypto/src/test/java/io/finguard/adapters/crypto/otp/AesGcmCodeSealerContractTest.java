package io.finguard.adapters.crypto.otp;

import io.finguard.domain.contract.CodeSealerContract;
import io.finguard.domain.port.out.CodeSealer;
import java.nio.charset.StandardCharsets;

/** The AES-GCM sealer keeps the CodeSealer contract. */
class AesGcmCodeSealerContractTest extends CodeSealerContract {
    private static final byte[] KEY = "outbox-contract-key-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected CodeSealer sealer() {
        return new AesGcmCodeSealer(AesKeyRing.single("s1", KEY));
    }
}
