package io.finguard.adapters.crypto.credential;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import io.finguard.domain.model.PinTag;
import io.finguard.domain.port.out.PinTags;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link PinTags} as HMAC-SHA256 under the password pepper ring, encoded {@code $fg$t=<key id>$<base64url>}. The
 * message is {@code "pin-tag" NUL pin}, so a tag never equals the pepper MAC that Argon2id hashes for the same PIN.
 * Without the pepper a tag reveals nothing; with it, six digits fall to a million HMACs, which is why a signup keeps
 * its tag only until its profile is final (and why the pepper must never sit beside the database).
 */
public final class HmacPinTags implements PinTags {
    private static final Pattern ENCODED = Pattern.compile("\\$fg\\$t=([A-Za-z0-9_-]{1,32})\\$([A-Za-z0-9_-]{43})");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final byte[] PURPOSE = "pin-tag\0".getBytes(StandardCharsets.US_ASCII);

    private final HmacKeyRing pepper;

    public HmacPinTags(HmacKeyRing pepper) {
        this.pepper = Objects.requireNonNull(pepper, "pepper");
    }

    @Override
    public PinTag tag(String pin) {
        Objects.requireNonNull(pin, "pin");
        return new PinTag("$fg$t=" + pepper.currentId() + "$" + B64.encodeToString(pepper.macWithCurrent(message(pin))));
    }

    @Override
    public boolean madeFromAny(PinTag tag, Collection<String> candidates) {
        Matcher parts = ENCODED.matcher(tag.encoded());
        if (!parts.matches() || !pepper.contains(parts.group(1))) {
            return true;
        }
        byte[] stored = parts.group(2).getBytes(StandardCharsets.US_ASCII);
        boolean any = false;
        for (String candidate : candidates) {
            Optional<byte[]> mac = pepper.mac(parts.group(1), message(candidate));
            any |= MessageDigest.isEqual(stored, B64.encode(mac.orElseThrow()));
        }
        return any;
    }

    private static byte[] message(String pin) {
        byte[] digits = pin.getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[PURPOSE.length + digits.length];
        System.arraycopy(PURPOSE, 0, message, 0, PURPOSE.length);
        System.arraycopy(digits, 0, message, PURPOSE.length, digits.length);
        return message;
    }
}
