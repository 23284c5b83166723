package io.finguard.adapters.web;

import io.finguard.domain.model.ClientAddress;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What runs around every request: request id (header and MDC), client address, security headers, the
 * body-size pre-check, and afterwards one access-log line and the latency metric. Never logs bodies, tokens,
 * codes or phone numbers: only method, route template, status and time.
 */
final class EdgeFilters {
    static final String MDC_REQUEST_ID = "requestId";
    private static final Logger ACCESS = LoggerFactory.getLogger("io.finguard.adapters.web.access");
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    private final ClientIps clientIps;
    private final ApiMetrics metrics;
    private final int maxBodyBytes;

    EdgeFilters(ClientIps clientIps, ApiMetrics metrics, int maxBodyBytes) {
        this.clientIps = clientIps;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
    }

    void before(Context ctx) {
        String requestId = RequestContext.chooseRequestId(ctx.header(RequestContext.REQUEST_ID_HEADER));
        MDC.put(MDC_REQUEST_ID, requestId);
        ClientAddress client = clientIps.resolve(ctx.req().getRemoteAddr(), ctx.req().getHeaders("X-Forwarded-For"));
        RequestContext.begin(ctx, requestId, client);
        ctx.header(RequestContext.REQUEST_ID_HEADER, requestId);
        securityHeaders(ctx);
        if (ctx.req().getContentLengthLong() > maxBodyBytes) {
            throw RequestContext.refuseOversized(ctx, maxBodyBytes);
        }
    }

    /** Set first so that they are on every answer, errors included; /docs replaces the CSP with its own. */
    static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", API_CSP);
        ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    /** Runs once per request after the answer is complete. */
    void after(Context ctx, Float ignoredMillis) {
        try {
            String requestId = RequestContext.requestId(ctx);
            MDC.put(MDC_REQUEST_ID, requestId);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - RequestContext.startedNanos(ctx));
            String route = routeTemplate(ctx);
            int status = ctx.statusCode();
            metrics.request(ctx.method().name(), route, status, elapsed);
            ACCESS.info("{} {} {} {}ms", ctx.method().name(), route, status, elapsed.toMillis());
        } finally {
            MDC.remove(MDC_REQUEST_ID);
        }
    }

    /** The matched route's template; unmatched paths collapse into one value so clients cannot mint metric series. */
    static String routeTemplate(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint != null ? endpoint.path : "unmatched";
    }
}
