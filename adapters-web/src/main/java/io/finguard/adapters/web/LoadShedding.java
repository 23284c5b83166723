package io.finguard.adapters.web;

import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sheds load past saturation: a request takes a place of its {@link RouteClass} before anything else is done for it,
 * waits at most the queue timeout for one, and otherwise is answered 503 with Retry-After at once; the place is given
 * back when the request ends, whatever its outcome.
 */
final class LoadShedding {
    private static final String PLACE = "finguard.loadPlace";
    private final LoadLimits limits;
    private final Map<RouteClass, Semaphore> places = new EnumMap<>(RouteClass.class);
    private final ApiMetrics metrics;

    LoadShedding(LoadLimits limits, ApiMetrics metrics) {
        this.limits = limits;
        this.metrics = metrics;
        for (RouteClass routeClass : RouteClass.values()) {
            places.put(routeClass, new Semaphore(limits.of(routeClass)));
        }
        metrics.inFlight(routeClass -> limits.of(routeClass) - places.get(routeClass).availablePermits());
    }

    void before(Context ctx) {
        RouteClass routeClass = RouteClass.of(ctx.method().name(), ctx.path());
        if (!take(places.get(routeClass))) {
            metrics.shed(routeClass);
            throw new ProblemException(Problem.of(503, ProblemCode.SERVICE_UNAVAILABLE,
                    "This instance is serving as many such requests as it can; try again shortly."),
                    Map.of("Retry-After", Long.toString(Reply.retrySeconds(limits.retryAfter()))));
        }
        ctx.attribute(PLACE, routeClass);
    }

    void after(Context ctx) {
        RouteClass taken = ctx.attribute(PLACE);
        if (taken != null) {
            ctx.attribute(PLACE, null);
            places.get(taken).release();
        }
    }

    private boolean take(Semaphore semaphore) {
        if (semaphore.tryAcquire()) {
            return true;
        }
        try {
            return !limits.queueTimeout().isZero() && semaphore.tryAcquire(limits.queueTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
