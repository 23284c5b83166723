package io.finguard.adapters.web;

import io.finguard.domain.model.ClientAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network such as {@code 10.0.0.0/8}; a bare address is a network of one. The one CIDR type of
 * configuration and edge. Only full literals are read (four decimal octets; RFC 4291 hex groups with at most one
 * "::"), never BSD shorthand ({@code 172.16/12} is 172.0.0.16 to {@link InetAddress}), never a name, and host bits
 * must be zero, so one text is one network everywhere.
 */
public record Cidr(byte[] network, int prefixLength) {
    private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");

    public Cidr {
        Objects.requireNonNull(network, "network");
        network = network.clone();
        if (network.length != 4 && network.length != 16) {
            throw new IllegalArgumentException("a network address has 4 or 16 bytes");
        }
        if (prefixLength < 0 || prefixLength > network.length * 8) {
            throw new IllegalArgumentException("prefix length must be 0.." + network.length * 8);
        }
        if (!hostBitsZero(network, prefixLength)) {
            throw new IllegalArgumentException("host bits are set below the /" + prefixLength + " prefix");
        }
    }

    /** Reads {@code address[/bits]}; the message of a refusal names the text and the reason. */
    public static Cidr parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split("/", -1);
        if (parts.length > 2) {
            throw refused(text, "more than one '/'");
        }
        byte[] address = bytes(parts[0]).orElseThrow(() -> refused(text,
                "not a full IPv4 (four decimal octets) or IPv6 literal"));
        int bits = address.length * 8;
        int prefix = bits;
        if (parts.length == 2) {
            if (!PREFIX.matcher(parts[1]).matches() || Integer.parseInt(parts[1]) > bits) {
                throw refused(text, "the prefix length must be 0.." + bits);
            }
            prefix = Integer.parseInt(parts[1]);
        }
        if (!hostBitsZero(address, prefix)) {
            throw refused(text, "host bits are set below the /" + prefix + " prefix (the network is "
                    + new Cidr(masked(address, prefix), prefix) + ")");
        }
        return new Cidr(address, prefix);
    }

    /**
     * An address from a socket peer or an X-Forwarded-For entry, read by the domain's one literal parser
     * ({@link ClientAddress#parse}: brackets around IPv6 allowed, IPv4-mapped IPv6 read as IPv4, no leading zeros);
     * empty for anything else, host names included: a header must never cause a DNS lookup.
     */
    public static Optional<InetAddress> literal(String text) {
        return ClientAddress.parse(text).map(ClientAddress::address);
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        return candidate.length == network.length
                && Arrays.equals(masked(candidate, prefixLength), network);
    }

    /** A copy, so the network cannot be changed from outside. */
    @Override
    public byte[] network() {
        return network.clone();
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
        return address(network).getHostAddress() + "/" + prefixLength;
    }

    private static Optional<byte[]> bytes(String text) {
        return text.contains(":") ? ipv6(text) : ipv4(text);
    }

    private static Optional<byte[]> ipv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return Optional.empty();
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!OCTET.matcher(octets[i]).matches() || Integer.parseInt(octets[i]) > 255) {
                return Optional.empty();
            }
            address[i] = (byte) Integer.parseInt(octets[i]);
        }
        return Optional.of(address);
    }

    /** Eight groups, or fewer around one "::"; no embedded IPv4, no zone id. */
    private static Optional<byte[]> ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        Optional<int[]> head = groups(gap < 0 ? text : text.substring(0, gap));
        Optional<int[]> tail = gap < 0 ? Optional.of(new int[0]) : groups(text.substring(gap + 2));
        if (head.isEmpty() || tail.isEmpty()) {
            return Optional.empty();
        }
        int count = head.get().length + tail.get().length;
        if (gap < 0 ? count != 8 : count > 7) {
            return Optional.empty();
        }
        byte[] address = new byte[16];
        put(address, 0, head.get());
        put(address, 8 - tail.get().length, tail.get());
        return Optional.of(address);
    }

    private static Optional<int[]> groups(String text) {
        if (text.isEmpty()) {
            return Optional.of(new int[0]);
        }
        String[] parts = text.split(":", -1);
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!HEX_GROUP.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
            values[i] = Integer.parseInt(parts[i], 16);
        }
        return Optional.of(values);
    }

    private static void put(byte[] address, int firstGroup, int[] groups) {
        for (int i = 0; i < groups.length; i++) {
            address[2 * (firstGroup + i)] = (byte) (groups[i] >> 8);
            address[2 * (firstGroup + i) + 1] = (byte) groups[i];
        }
    }

    private static byte[] masked(byte[] address, int prefix) {
        byte[] network = address.clone();
        for (int bit = prefix; bit < network.length * 8; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return network;
    }

    private static boolean hostBitsZero(byte[] address, int prefix) {
        return Arrays.equals(masked(address, prefix), address);
    }

    /** From 4 or 16 bytes: InetAddress.getByAddress never consults DNS. */
    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }

    private static IllegalArgumentException refused(String text, String reason) {
        return new IllegalArgumentException("'" + text + "' is not a literal IP or CIDR: " + reason);
    }
}
