package io.finguard.adapters.crypto.phone;

import io.finguard.adapters.crypto.otp.AesKeyRing;
import io.finguard.domain.contract.PhoneVaultContract;
import io.finguard.domain.port.out.PhoneVault;
import java.nio.charset.StandardCharsets;

/** The AES-GCM vault keeps the PhoneVault contract. */
class AesGcmPhoneVaultContractTest extends PhoneVaultContract {
    private static final byte[] INDEX_KEY = "phone-index-contract-key-32-byte".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY = "phone-seal-contract-key-32-bytes".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected PhoneVault vault() {
        return new AesGcmPhoneVault(INDEX_KEY, AesKeyRing.single("p1", KEY));
    }
}
