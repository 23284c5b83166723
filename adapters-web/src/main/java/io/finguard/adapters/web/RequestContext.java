package io.finguard.adapters.web;

import io.finguard.domain.model.ClientAddress;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Per-request facts the edge works out once (request id, client address) and the capped, cached body. */
public final class RequestContext {
    /** The most of an oversized body read (and thrown away) so that its sender receives the 413. */
    static final long DRAIN_LIMIT = 1024 * 1024;
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String REQUEST_ID = "finguard.requestId";
    private static final String CLIENT = "finguard.client";
    private static final String BODY = "finguard.body";
    private static final String STARTED = "finguard.startedNanos";

    private RequestContext() {
    }

    /** A well-formed client value is kept so traces join up across services; anything else is replaced. */
    static String chooseRequestId(String offered) {
        return offered != null && CLIENT_REQUEST_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    static void begin(Context ctx, String requestId, ClientAddress clientAddress) {
        ctx.attribute(REQUEST_ID, requestId);
        ctx.attribute(CLIENT, clientAddress);
        ctx.attribute(STARTED, System.nanoTime());
    }

    static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "unknown" : id;
    }

    public static ClientAddress client(Context ctx) {
        ClientAddress address = ctx.attribute(CLIENT);
        return address == null ? ClientAddress.UNKNOWN : address;
    }

    static long startedNanos(Context ctx) {
        Long started = ctx.attribute(STARTED);
        return started == null ? System.nanoTime() : started;
    }

    /**
     * The raw body, read at most once and never past {@code maxBytes}: a body without Content-Length that
     * keeps coming is cut off with 413 instead of being buffered.
     */
    static byte[] body(Context ctx, int maxBytes) {
        byte[] cached = ctx.attribute(BODY);
        if (cached != null) {
            return cached;
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw refuseOversized(ctx, maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw refuseOversized(ctx, maxBytes);
            }
            ctx.attribute(BODY, bytes);
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(Problem.of(400, ProblemCode.MALFORMED_REQUEST, "The body could not be read."));
        }
    }

    /**
     * The 413 for a body over the cap. A client that is still sending when the server answers and closes sees a reset,
     * not the answer; so the rest of a body up to {@link #DRAIN_LIMIT} is read and thrown away first, and only a larger
     * one is cut off (with {@code Connection: close}).
     */
    static ProblemException refuseOversized(Context ctx, int maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > DRAIN_LIMIT) {
            ctx.header("Connection", "close");
        } else {
            drain(ctx);
        }
        return new ProblemException(tooLarge(maxBytes));
    }

    private static void drain(Context ctx) {
        byte[] sink = new byte[8192];
        long total = 0;
        try {
            InputStream in = ctx.req().getInputStream();
            for (int read = in.read(sink); read >= 0 && total <= DRAIN_LIMIT; read = in.read(sink)) {
                total += read;
            }
        } catch (IOException e) {
            // The client went away or stalled past the idle timeout: nothing left to answer.
        }
        if (total > DRAIN_LIMIT) {
            ctx.header("Connection", "close");
        }
    }

    static Problem tooLarge(int maxBytes) {
        return Problem.of(413, ProblemCode.PAYLOAD_TOO_LARGE, "The body is larger than " + maxBytes + " bytes.");
    }

    /** True for application/json and +json types, with or without parameters such as charset. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json");
    }
}
