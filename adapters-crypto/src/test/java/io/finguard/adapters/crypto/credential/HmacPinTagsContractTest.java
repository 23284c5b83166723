package io.finguard.adapters.crypto.credential;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import io.finguard.domain.contract.PinTagsContract;
import io.finguard.domain.port.out.PinTags;
import java.nio.charset.StandardCharsets;

/** The HMAC PIN tags keep the PinTags contract. */
class HmacPinTagsContractTest extends PinTagsContract {

    @Override
    protected PinTags pinTags() {
        return new HmacPinTags(HmacKeyRing.single("p1", bytes("pepper-contract-key-32-bytes-long!")));
    }

    @Override
    protected PinTags pinTagsUnderAnotherKey() {
        return new HmacPinTags(HmacKeyRing.single("p2", bytes("another-pepper-key-32-bytes-long!!")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
