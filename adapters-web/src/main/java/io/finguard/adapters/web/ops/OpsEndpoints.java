package io.finguard.adapters.web.ops;

import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Reply;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.port.in.CheckReadiness;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/** Public keys, health, metrics and the API contract: the routes that are about the service itself. */
public final class OpsEndpoints {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private final Authenticate authenticate;
    private final CheckReadiness checkReadiness;
    private final PrometheusMeterRegistry registry;
    private final Edge edge;
    private final ApiDocs docs;

    public OpsEndpoints(Authenticate authenticate, CheckReadiness checkReadiness, PrometheusMeterRegistry registry, Edge edge,
                        ApiDocs docs) {
        this.authenticate = authenticate;
        this.checkReadiness = checkReadiness;
        this.registry = registry;
        this.edge = edge;
        this.docs = docs;
    }

    record HealthBody(String status, Map<String, String> checks) {
    }

    public void jwks(Context ctx) {
        // Public keys may be cached briefly by verifiers; everything else on this API is no-store.
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.status(200).contentType("application/json").result(authenticate.publicKeys());
    }

    public void live(Context ctx) {
        edge.reply(ctx, Reply.json(200, new HealthBody("UP", Map.of())));
    }

    /** 200 only when every dependency is up; a failing check itself counts as down, never as a 500. */
    public void ready(Context ctx) {
        Map<String, String> checks = new TreeMap<>();
        boolean allUp;
        try {
            checkReadiness.check().forEach((name, up) -> checks.put(name, Boolean.TRUE.equals(up) ? "UP" : "DOWN"));
            allUp = !checks.containsValue("DOWN");
        } catch (RuntimeException e) {
            checks.put("readiness", "DOWN");
            allUp = false;
        }
        edge.reply(ctx, Reply.json(allUp ? 200 : 503, new HealthBody(allUp ? "UP" : "DOWN", checks)));
    }

    public void metrics(Context ctx) {
        ctx.status(200).contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }

    public void openApi(Context ctx) {
        ctx.status(200).contentType("application/json").result(docs.openApiJson());
    }

    /** The Swagger UI files the docs page loads, streamed from the classpath; versioned, so cached for good. */
    public void swaggerUi(Context ctx) {
        ApiDocs.Asset asset = docs.swaggerUiFile(ctx.pathParam("version"), ctx.pathParam("file"))
                .orElseThrow(NotFoundResponse::new);
        InputStream content = ApiDocs.class.getResourceAsStream(asset.resource());
        if (content == null) {
            throw new NotFoundResponse();
        }
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.status(200).contentType(asset.contentType()).result(content);
    }

    public void docsPage(Context ctx) {
        ctx.header("Content-Security-Policy", docs.pageContentSecurityPolicy());
        ctx.status(200).contentType("text/html; charset=utf-8").result(docs.page());
    }
}
