package io.finguard.adapters.crypto.otp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Bytes that a MAC or an AEAD binds: a context label, then fields each prefixed with its length. */
final class LengthPrefixed {
    private LengthPrefixed() {
    }

    /** Length prefixes mean no choice of field values can shift bytes from one field into another. */
    static byte[] encode(byte[] context, String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.writeBytes(context);
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
