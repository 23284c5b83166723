package io.finguard.adapters.web.oauth;

import io.finguard.domain.model.RegisteredClient;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Reply;
import io.finguard.domain.port.in.CheckClientAssertion;
import io.finguard.domain.port.in.IntrospectToken;
import io.finguard.domain.port.in.RevokeToken;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GET /.well-known/oauth-authorization-server (and the same document at /.well-known/openid-configuration),
 * POST /oauth2/introspect and POST /oauth2/revoke. Their errors are OAuth's ({@code {"error": ...}}, RFC 6749
 * section 5.2), not problems: that is what OAuth client libraries read.
 */
public final class OAuthEndpoints {
    static final String INTROSPECT_PATH = "/oauth2/introspect";
    static final String REVOKE_PATH = "/oauth2/revoke";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String CLIENT = "finguard.oauth.client";

    private final IntrospectToken introspectToken;
    private final RevokeToken revokeToken;
    private final Edge edge;
    private final OAuthSettings settings;
    private final Map<String, Object> metadata;
    private final ClientAuthentication clients;
    private final ClientRequestBudget budget;
    private final String publicBaseUrl;

    public OAuthEndpoints(IntrospectToken introspectToken, RevokeToken revokeToken, CheckClientAssertion assertions,
                          Edge edge, OAuthSettings settings, String publicBaseUrl, Clock clock) {
        this.introspectToken = introspectToken;
        this.revokeToken = revokeToken;
        this.edge = edge;
        this.settings = settings;
        this.metadata = AuthorizationServerMetadata.of(settings.issuer(), publicBaseUrl);
        this.clients = new ClientAuthentication(settings.clients(), assertions);
        this.publicBaseUrl = publicBaseUrl;
        this.budget = new ClientRequestBudget(settings.requestsPerMinute(), clock);
    }

    public void metadata(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=300");
        edge.reply(ctx, Reply.json(200, metadata));
    }

    public void introspect(Context ctx) {
        Optional<Reply> refused = admit(ctx, INTROSPECT_PATH);
        if (refused.isPresent()) {
            edge.reply(ctx, refused.get());
            return;
        }
        String token = ctx.formParam("token");
        if (token == null || token.isEmpty()) {
            edge.reply(ctx, error(400, "invalid_request", "The token parameter is required."));
            return;
        }
        RegisteredClient client = ctx.attribute(CLIENT);
        if (!client.audiences().contains(settings.audience())) {
            edge.reply(ctx, Reply.json(200, IntrospectionBody.INACTIVE));
            return;
        }
        Object body = switch (introspectToken.introspect(token)) {
            case IntrospectToken.Result.Active active -> client.permits(settings.audience(), active.claims())
                    ? IntrospectionBody.active(active.claims(), settings.issuer(), settings.audience())
                    : IntrospectionBody.INACTIVE;
            case IntrospectToken.Result.Inactive inactive -> IntrospectionBody.INACTIVE;
        };
        edge.reply(ctx, Reply.json(200, body));
    }

    /**
     * RFC 7009 section 2.2: 200 whether or not anything was live; the client cannot learn which. A token the client
     * may not see (the audience rule, {@link RegisteredClient#permits}) is left alone: a client restricted to scopes
     * revokes only access tokens carrying one of them, never a refresh token (which carries none).
     */
    public void revoke(Context ctx) {
        Optional<Reply> refused = admit(ctx, REVOKE_PATH);
        if (refused.isPresent()) {
            edge.reply(ctx, refused.get());
            return;
        }
        String token = ctx.formParam("token");
        if (token == null || token.isEmpty()) {
            edge.reply(ctx, error(400, "invalid_request", "The token parameter is required."));
            return;
        }
        if (!permitted(ctx.attribute(CLIENT), token)) {
            ctx.status(200);
            return;
        }
        switch (revokeToken.revoke(token)) {
            case RevokeToken.Result.Revoked revoked -> {
            }
            case RevokeToken.Result.NothingToRevoke nothing -> {
            }
        }
        ctx.status(200);
    }

    private boolean permitted(RegisteredClient client, String token) {
        if (!client.audiences().contains(settings.audience())) {
            return false;
        }
        if (client.scopes().isEmpty()) {
            return true;
        }
        return switch (introspectToken.introspect(token)) {
            case IntrospectToken.Result.Active active -> client.permits(settings.audience(), active.claims());
            case IntrospectToken.Result.Inactive inactive -> false;
        };
    }

    /** A form body, an authenticated client, and budget left for it: otherwise the OAuth error to answer. */
    private Optional<Reply> admit(Context ctx, String path) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith(FORM)) {
            return Optional.of(error(400, "invalid_request", "Send the parameters as " + FORM + "."));
        }
        Optional<RegisteredClient> client = clients.authenticate(ctx, Set.of(settings.issuer(), publicBaseUrl + path));
        if (client.isEmpty()) {
            return Optional.of(Reply.json(401, Map.of("error", "invalid_client",
                    "error_description", "Client authentication failed."),
                    Map.of("WWW-Authenticate", "Basic realm=\"finguard\"")));
        }
        if (!budget.take(client.get())) {
            return Optional.of(Reply.json(429, Map.of("error", "rate_limited",
                    "error_description", "Too many requests from this client; try again later."),
                    Map.of("Retry-After", Long.toString(budget.retryAfterSeconds()))));
        }
        ctx.attribute(CLIENT, client.get());
        return Optional.empty();
    }

    private static Reply error(int status, String code, String description) {
        return Reply.json(status, Map.of("error", code, "error_description", description));
    }
}
