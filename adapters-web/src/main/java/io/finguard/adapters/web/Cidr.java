package io.finguard.adapters.web;

import io.finguard.domain.model.ClientAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/** An IPv4 or IPv6 network in CIDR notation; parsing never touches DNS. */
record Cidr(byte[] network, int prefixLength) {
    Cidr {
        network = network.clone();
    }

    /** "10.0.0.0/8", "2001:db8::/32", or a single address (whole-length prefix). */
    static Cidr parse(String text) {
        String[] parts = text.trim().split("/", -1);
        byte[] address = literal(parts[0]).orElseThrow(
                () -> new IllegalArgumentException("not an IP network: " + text)).getAddress();
        int bits = address.length * 8;
        int prefix = bits;
        if (parts.length == 2 && parts[1].matches("\\d{1,3}")) {
            prefix = Integer.parseInt(parts[1]);
        } else if (parts.length != 1) {
            throw new IllegalArgumentException("not an IP network: " + text);
        }
        if (prefix > bits) {
            throw new IllegalArgumentException("prefix too long: " + text);
        }
        return new Cidr(address, prefix);
    }

    /** Parses an IP literal, or empty for anything else (host names included): {@link ClientAddress#parse} never does DNS. */
    static Optional<InetAddress> literal(String text) {
        return ClientAddress.parse(text).map(ClientAddress::address);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr that && prefixLength == that.prefixLength && Arrays.equals(network, that.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a stored network is always 4 or 16 bytes", e);
        }
    }
}
