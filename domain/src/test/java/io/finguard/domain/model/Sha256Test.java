package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The published FIPS 180-2 vectors, so the one SHA-256 every module uses is checked against a source outside it. */
class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String TWO_BLOCKS = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";

    @Test
    void textIsHashedAsUtf8AndPrintedAsLowerCaseHex() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("")).isEqualTo(EMPTY);
        assertThat(Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).isEqualTo(TWO_BLOCKS);
    }

    @Test
    void bytesAndTextGiveTheSameDigest() {
        assertThat(Sha256.digest("abc")).isEqualTo(HexFormat.of().parseHex(ABC));
        assertThat(Sha256.digest("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(HexFormat.of().parseHex(ABC));
        assertThat(Sha256.digest("é")).isEqualTo(Sha256.digest(new byte[] {(byte) 0xC3, (byte) 0xA9}));
    }
}
