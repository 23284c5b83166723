package io.finguard.domain.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/** A block of client addresses that rate limits count as one client: see {@link ClientAddress#network()}. */
public record ClientNetwork(ClientAddress base, int prefixLength) {
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

    public ClientNetwork {
        Objects.requireNonNull(base, "base");
        byte[] bytes = base.address().getAddress();
        if (prefixLength < 0 || prefixLength > bytes.length * 8) {
            throw new IllegalArgumentException("prefix length must be 0.." + bytes.length * 8);
        }
        if (!Arrays.equals(masked(bytes, prefixLength), bytes)) {
            throw new IllegalArgumentException("a network's base has no host bits set");
        }
    }

    /** The network of {@code prefixLength} bits around {@code address}. */
    public static ClientNetwork of(ClientAddress address, int prefixLength) {
        return new ClientNetwork(ClientAddress.ofBytes(masked(address.address().getAddress(), prefixLength)), prefixLength);
    }

    /** Reads the {@link #cidr()} text back; throws IllegalArgumentException for anything else. */
    public static ClientNetwork parse(String cidr) {
        int slash = cidr.lastIndexOf('/');
        if (slash < 1 || !PREFIX.matcher(cidr.substring(slash + 1)).matches()) {
            throw new IllegalArgumentException("not a network in CIDR form");
        }
        return new ClientNetwork(new ClientAddress(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)));
    }

    /** CIDR text, e.g. {@code 2001:db8:1:2:0:0:0:0/64} or {@code 203.0.113.7/32}: one text per network, fit to name a counter. */
    public String cidr() {
        return base.value() + "/" + prefixLength;
    }

    private static byte[] masked(byte[] bytes, int prefixLength) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.clamp(prefixLength - i * 8L, 0, 8);
            out[i] &= (byte) (0xFF << (8 - keep));
        }
        return out;
    }
}
