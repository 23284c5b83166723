package io.finguard.adapters.crypto.dpop;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless server nonces: the second they were made and an HMAC of it under a key every instance shares, so any
 * instance accepts a nonce another one issued, for the nonce lifetime, without storing it.
 */
final class DpopNonces {
    private static final int TAG_BYTES = 16;
    private final SecretKeySpec key;
    private final Duration lifetime;

    DpopNonces(byte[] key, Duration lifetime) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.lifetime = lifetime;
    }

    String issue(Instant now) {
        ByteBuffer nonce = ByteBuffer.allocate(Long.BYTES + TAG_BYTES);
        nonce.putLong(now.getEpochSecond()).put(tag(now.getEpochSecond()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce.array());
    }

    /** True for a nonce this key made within the lifetime before {@code now} (and not after it). */
    boolean isLive(String nonce, Instant now) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (bytes.length != Long.BYTES + TAG_BYTES) {
            return false;
        }
        long issued = ByteBuffer.wrap(bytes).getLong();
        if (!MessageDigest.isEqual(tag(issued), Arrays.copyOfRange(bytes, Long.BYTES, bytes.length))) {
            return false;
        }
        Instant at = Instant.ofEpochSecond(issued);
        return !at.isAfter(now.plusSeconds(1)) && at.plus(lifetime).isAfter(now);
    }

    private byte[] tag(long second) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update("finguard dpop nonce v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(second).array()), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }
}
