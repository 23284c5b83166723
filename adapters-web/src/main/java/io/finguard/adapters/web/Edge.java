package io.finguard.adapters.web;

import io.javalin.http.Context;
import java.util.Optional;

/** What every handler needs from the edge: typed, capped, validated bodies and writing a reply. */
public final class Edge {
    private final JsonCodec codec;
    private final int maxBodyBytes;

    Edge(JsonCodec codec, int maxBodyBytes) {
        this.codec = codec;
        this.maxBodyBytes = maxBodyBytes;
    }

    JsonCodec codec() {
        return codec;
    }

    /** A required JSON body of the given shape. */
    public <T extends RequestBody> T body(Context ctx, Class<T> type) {
        requireJson(ctx);
        byte[] bytes = rawBody(ctx);
        if (bytes.length == 0) {
            throw new ProblemException(Problem.validation("$", "a JSON body is required"));
        }
        T value = codec.read(bytes, type);
        Checks checks = new Checks();
        value.check(checks);
        checks.orFail();
        return value;
    }

    /**
     * A body that may be left out entirely; when present it is held to the same rules. No bytes is no body, whatever the
     * headers say (curl -X POST with a JSON content type sends neither a body nor a Content-Length).
     */
    public <T extends RequestBody> Optional<T> optionalBody(Context ctx, Class<T> type) {
        if (ctx.req().getContentLengthLong() == 0 || rawBody(ctx).length == 0) {
            return Optional.empty();
        }
        return Optional.of(body(ctx, type));
    }

    /** Routes without a body still refuse a large one, and a non-JSON one. */
    public void noBody(Context ctx) {
        byte[] bytes = rawBody(ctx);
        if (bytes.length > 0 && !RequestContext.isJson(ctx.contentType())) {
            throw new ProblemException(unsupportedMediaType());
        }
    }

    public byte[] rawBody(Context ctx) {
        return RequestContext.body(ctx, maxBodyBytes);
    }

    public void requireJson(Context ctx) {
        if (!RequestContext.isJson(ctx.contentType())) {
            throw new ProblemException(unsupportedMediaType());
        }
    }

    public void reply(Context ctx, Reply reply) {
        reply.writeTo(ctx, codec);
    }

    private static Problem unsupportedMediaType() {
        return Problem.of(415, ProblemCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
    }
}
