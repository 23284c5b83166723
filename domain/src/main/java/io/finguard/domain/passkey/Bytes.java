package io.finguard.domain.passkey;

import java.util.Base64;

/** Base64url without padding, the WebAuthn wire encoding of every binary member. */
final class Bytes {
    private Bytes() {
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
