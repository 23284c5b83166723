package io.finguard.bootstrap.e2e;

import io.finguard.testsupport.FreePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Local addresses and ports for the suite. Every API client gets its own source address in 127.0.0.0/8, in a /24 of
 * its own, so the per-address limits (20 sends / 10 min) and the coarser per-/24 caps count each test apart, exactly
 * as the service sees distinct peers.
 */
final class Loopback {
    /** The suite's reverse proxy: the services under test trust its X-Forwarded-For; no client is given it. */
    static final InetAddress PROXY = bindable(new byte[] {127, 0, 0, 2});
    private static final AtomicInteger NEXT = new AtomicInteger(1 << 8);

    private Loopback() {
    }

    /** A loopback address no other client of this JVM uses: 127.1.0.1, 127.1.1.1, ... (Linux routes all of 127/8). */
    static InetAddress nextClientAddress() {
        int n = NEXT.getAndIncrement();
        return bindable(new byte[] {127, (byte) (n >> 8), (byte) n, 1});
    }

    /** A TCP port nobody listens on right now (the machine's own PostgreSQL and Redis hold 5432 and 6379). */
    static int freePort() {
        return FreePort.find();
    }

    private static InetAddress bindable(byte[] bytes) {
        InetAddress address;
        try {
            address = InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an IPv4 address: " + java.util.Arrays.toString(bytes), e);
        }
        requireBindable(address);
        return address;
    }

    private static void requireBindable(InetAddress address) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
        } catch (IOException e) {
            throw new IllegalStateException("the e2e tests give each client its own loopback address; " + address
                    + " cannot be bound here (Linux routes all of 127.0.0.0/8, other systems may need an alias)", e);
        }
    }
}
