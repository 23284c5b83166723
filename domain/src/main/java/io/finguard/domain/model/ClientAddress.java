package io.finguard.domain.model;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The IP address a request came from, as resolved at the edge (socket, or trusted proxy chain). Limits count
 * its {@link #network()}: one host owns a whole IPv6 /64, so it must not count as 2^64 clients.
 */
public record ClientAddress(InetAddress address) {
    // Decimal octets without leading zeros: "010" is 8 to some parsers and 10 to others, so it is no address at all.
    private static final Pattern IPV4 = Pattern.compile("(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})");
    // Starts with a hex digit or ':' and has a ':', so InetAddress reads it as an IPv6 literal or refuses it, never
    // passing it on to the resolver.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");
    private static final Pattern ZONE = Pattern.compile("%[A-Za-z0-9_.-]{1,32}$");

    /** Stands for a peer whose address could not be read; all such requests share one network, and so one limit. */
    public static final ClientAddress UNKNOWN = ofBytes(new byte[4]);

    /** Keeps only the address bytes (no host name, no zone) and reads an IPv4-mapped IPv6 address as IPv4. */
    public ClientAddress {
        Objects.requireNonNull(address, "address");
        address = fromBytes(address.getAddress());
    }

    /** An IP literal such as {@code "203.0.113.7"} or {@code "2001:db8::1"}; anything else is refused. */
    public ClientAddress(String literal) {
        this(parse(literal).orElseThrow(() -> new IllegalArgumentException("not an IP literal")).address());
    }

    /**
     * Parses an IPv4 or IPv6 literal (IPv6 optionally in brackets or with a zone, which is dropped), else empty.
     * Host names are refused before {@link InetAddress} sees them: a header value must never cause a DNS lookup.
     */
    public static Optional<ClientAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.trim();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        var v4 = IPV4.matcher(candidate);
        boolean valid;
        if (v4.matches()) {
            valid = Arrays.stream(new int[] {1, 2, 3, 4}).allMatch(g -> Integer.parseInt(v4.group(g)) <= 255);
        } else {
            candidate = ZONE.matcher(candidate).replaceFirst("");
            valid = candidate.contains(":") && IPV6.matcher(candidate).matches();
        }
        if (!valid) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ClientAddress(InetAddress.getByName(candidate)));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The network counted as one client: the address itself for IPv4, the /64 for IPv6. */
    public ClientNetwork network() {
        return ClientNetwork.of(this, isIpv4() ? 32 : 64);
    }

    /** The wider network behind coarse caps: the /24 for IPv4, the /48 for IPv6 (a typical site allocation). */
    public ClientNetwork coarseNetwork() {
        return ClientNetwork.of(this, isIpv4() ? 24 : 48);
    }

    /** The address as text: dotted quad for IPv4, the full eight groups for IPv6. */
    public String value() {
        return address.getHostAddress();
    }

    private boolean isIpv4() {
        return address instanceof Inet4Address;
    }

    static ClientAddress ofBytes(byte[] bytes) {
        return new ClientAddress(fromBytes(bytes));
    }

    /** From raw bytes, which never involves a lookup; the JDK turns the 16 bytes of ::ffff:a.b.c.d into IPv4. */
    private static InetAddress fromBytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an IP address is 4 or 16 bytes", e);
        }
    }
}
