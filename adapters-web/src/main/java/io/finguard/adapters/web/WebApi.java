package io.finguard.adapters.web;

import io.finguard.adapters.web.account.KycEndpoints;
import io.finguard.adapters.web.account.TransferEndpoints;
import io.finguard.adapters.web.oauth.OAuthEndpoints;
import io.finguard.adapters.web.oauth.OAuthSettings;
import io.finguard.adapters.web.operator.AdminEndpoints;
import io.finguard.adapters.web.operator.AdminEventEndpoints;
import io.finguard.adapters.web.operator.AdminSessionEndpoints;
import io.finguard.adapters.web.phone.PhoneChangeEndpoints;
import io.finguard.adapters.web.phone.RecoveryEndpoints;
import io.finguard.adapters.web.ops.ApiDocs;
import io.finguard.adapters.web.ops.OpsEndpoints;
import io.finguard.adapters.web.passkey.PasskeyDevPage;
import io.finguard.adapters.web.txauth.AuthorizationEndpoints;
import io.finguard.adapters.web.txauth.TrustedPayeeEndpoints;
import io.finguard.adapters.web.passkey.PasskeyEndpoints;
import io.finguard.adapters.web.session.CredentialEndpoints;
import io.finguard.adapters.web.session.DeviceEndpoints;
import io.finguard.adapters.web.session.MySessionsEndpoints;
import io.finguard.adapters.web.session.LoginReplies;
import io.finguard.adapters.web.session.OtpEndpoints;
import io.finguard.adapters.web.session.ReleaseNumberEndpoint;
import io.finguard.adapters.web.session.SessionEndpoints;
import io.finguard.adapters.web.signup.SignupEndpoints;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.port.in.CheckReadiness;
import io.finguard.domain.port.in.FinGuardUseCases;
import io.finguard.domain.port.out.DependencyUnavailableException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FinGuard HTTP API on Javalin 7 (virtual threads): every route of flows.md, bound to the in-ports of
 * {@link FinGuardUseCases} (and {@link CheckReadiness} for the readiness probe), on two servers: the public API
 * port, and the management port (like Keycloak's 9000) for health, metrics and the operator API, which the API
 * port answers 404 for. {@link #start()} listens on both; {@link #stop()} stops accepting and lets in-flight
 * requests finish.
 */
public final class WebApi {
    private static final Logger LOG = LoggerFactory.getLogger(WebApi.class);
    private final Javalin app;
    private final Javalin management;
    private final WebConfig config;
    private final Edge edge;

    public WebApi(FinGuardUseCases useCases, CheckReadiness readiness, WebConfig config) {
        this(useCases, readiness, config, Clock.systemUTC());
    }

    /** {@code clock} only turns token expiry instants into {@code expiresIn} seconds; no load is shed. */
    public WebApi(FinGuardUseCases useCases, CheckReadiness readiness, WebConfig config, Clock clock) {
        this(useCases, readiness, config, clock, LoadLimits.unbounded(),
                OAuthSettings.noClients(config.publicBaseUrl(), "finguard-api"));
    }

    /**
     * As above, shedding requests past {@code load} on the API port (the management port is never shed); {@code oauth}:
     * the issuer and audience of tokens and the resource servers that may introspect and revoke.
     */
    public WebApi(FinGuardUseCases useCases, CheckReadiness readiness, WebConfig config, Clock clock, LoadLimits load,
                  OAuthSettings oauth) {
        Objects.requireNonNull(readiness, "readiness");
        this.config = config;
        config.meterBinders().forEach(binder -> binder.bindTo(config.meterRegistry()));
        ApiMetrics metrics = new ApiMetrics(config.meterRegistry());
        this.edge = new Edge(new JsonCodec(), config.maxBodyBytes());
        Authenticate authenticate = useCases.authenticate();
        ClientIps clientIps = new ClientIps(config.trustedProxies());
        Dpop dpop = new Dpop(useCases.checkDpopProof(), clientIps, config.publicBaseUrl(), config.requireDpop());
        Guard guard = new Guard(authenticate, useCases.admitOperator(), config.adminTokenSha256Hex(), dpop);
        LoginReplies logins = new LoginReplies(clock, metrics);
        var filters = new EdgeFilters(clientIps, metrics, config.maxBodyBytes());
        var shedding = new LoadShedding(load, metrics);
        var limits = new RateLimitReplies(metrics);
        var otp = new OtpEndpoints(useCases.requestOtp(), useCases.verifyOtp(), edge, logins, metrics, limits, dpop);
        var signup = new SignupEndpoints(useCases.viewSignup(), useCases.setCredentials(), useCases.completeProfile(),
                useCases.submitSignup(), guard, edge, logins, limits, dpop);
        var session = new SessionEndpoints(useCases.stepUp(), useCases.refreshSession(), useCases.logout(),
                useCases.viewMe(), guard, edge, logins, metrics, limits, dpop);
        var devices = new DeviceEndpoints(useCases.listDevices(), useCases.forgetDevice(), guard, edge);
        var mySessions = new MySessionsEndpoints(useCases.listSessions(), useCases.endSession(), guard, edge);
        var adminSessions = new AdminSessionEndpoints(useCases.listSessions(), useCases.endUserSessions(), guard, edge);
        var adminEvents = new AdminEventEndpoints(useCases.listDeadEvents(), useCases.redeliverEvent(), guard, edge);
        var release = new ReleaseNumberEndpoint(useCases.releaseNumber(), guard, edge, logins);
        var credentials = new CredentialEndpoints(useCases.changeCredentials(), guard, edge, limits);
        var kyc = new KycEndpoints(useCases.submitKyc(), useCases.recordKycDecision(), guard, edge, config.kycCallbackKey());
        var transfers = new TransferEndpoints(useCases.createTransfer(), guard, edge, metrics);
        var authorizations = new AuthorizationEndpoints(useCases.confirmAuthorization(), useCases.requestAuthorizationSms(), guard,
                edge, limits);
        var trustedPayees = new TrustedPayeeEndpoints(useCases.manageTrustedPayees(), guard, edge);
        var admin = new AdminEndpoints(useCases.blockUser(), useCases.decideReview(), useCases.readAuditLog(),
                useCases.fundAccount(), useCases.changeAccountStatus(), guard, edge);
        var phone = new PhoneChangeEndpoints(useCases.requestPhoneChange(), useCases.confirmPhoneChange(), guard, edge, limits);
        var recovery = new RecoveryEndpoints(useCases.requestRecovery(), useCases.viewRecovery(), useCases.completeRecovery(),
                useCases.decideRecovery(), guard, edge, limits);
        var oauthRoutes = new OAuthEndpoints(useCases.introspectToken(), useCases.revokeToken(), useCases.checkClientAssertion(),
                edge, oauth,
                config.publicBaseUrl(), clock);
        var passkeys = new PasskeyEndpoints(useCases.beginPasskeyRegistration(), useCases.registerPasskey(),
                useCases.listPasskeys(), useCases.removePasskey(), useCases.beginPasskeyStepUp(), useCases.stepUpWithPasskey(),
                guard, edge, logins, config.passkeys().rpId(), dpop);
        var ops = new OpsEndpoints(authenticate, readiness, config.meterRegistry(), edge,
                new ApiDocs(config.publicBaseUrl()));

        this.app = Javalin.create(cfg -> {
            server(cfg, config.port());
            cfg.requestLogger.http(filters::after);
            cfg.routes.before(filters::before);
            cfg.routes.before(shedding::before);
            cfg.routes.after(shedding::after);
            exceptions(cfg);

            cfg.routes.post("/v1/auth/otp", otp::request);
            cfg.routes.post("/v1/auth/otp/verify", otp::verify);
            cfg.routes.get("/v1/signup", signup::view);
            cfg.routes.put("/v1/signup/credentials", signup::credentials);
            cfg.routes.put("/v1/signup/profile", signup::profile);
            cfg.routes.post("/v1/signup/submit", signup::submit);
            cfg.routes.post("/v1/auth/step-up", session::stepUp);
            cfg.routes.post("/v1/auth/release-number", release::release);
            cfg.routes.post("/v1/auth/refresh", session::refresh);
            cfg.routes.post("/v1/auth/logout", session::logout);
            cfg.routes.get("/v1/me", session::me);
            cfg.routes.get("/v1/me/sessions", mySessions::list);
            cfg.routes.delete("/v1/me/sessions/{sessionId}", mySessions::end);
            cfg.routes.put("/v1/me/credentials", credentials::change);
            cfg.routes.post("/v1/me/phone", phone::request);
            cfg.routes.post("/v1/me/phone/verify", phone::verify);
            cfg.routes.post("/v1/recovery", recovery::request);
            cfg.routes.get("/v1/recovery", recovery::view);
            cfg.routes.post("/v1/recovery/complete", recovery::complete);
            cfg.routes.get("/v1/me/devices", devices::list);
            cfg.routes.delete("/v1/me/devices/{thumbprint}", devices::forget);
            cfg.routes.post("/v1/kyc", kyc::submit);
            cfg.routes.post("/v1/kyc/callback", kyc::callback);
            cfg.routes.post("/v1/transfers", transfers::create);
            cfg.routes.post("/v1/authorizations/{authorizationId}", authorizations::confirm);
            cfg.routes.post("/v1/authorizations/{authorizationId}/sms", authorizations::sendSms);
            cfg.routes.get("/v1/me/trusted-payees", trustedPayees::list);
            cfg.routes.post("/v1/me/trusted-payees", trustedPayees::add);
            cfg.routes.delete("/v1/me/trusted-payees/{trustedPayeeId}", trustedPayees::remove);
            cfg.routes.post("/v1/me/passkeys/options", passkeys::registrationOptions);
            cfg.routes.post("/v1/me/passkeys", passkeys::register);
            cfg.routes.get("/v1/me/passkeys", passkeys::list);
            cfg.routes.delete("/v1/me/passkeys/{passkeyId}", passkeys::remove);
            cfg.routes.post("/v1/auth/step-up/passkey/options", passkeys::stepUpOptions);
            cfg.routes.post("/v1/auth/step-up/passkey", passkeys::stepUp);
            if (config.passkeys().devPage()) {
                cfg.routes.get(PasskeyDevPage.PAGE, PasskeyDevPage::page);
                cfg.routes.get(PasskeyDevPage.SCRIPT, PasskeyDevPage::script);
            }

            cfg.routes.get("/.well-known/jwks.json", ops::jwks);
            cfg.routes.get("/.well-known/oauth-authorization-server", oauthRoutes::metadata);
            cfg.routes.get("/.well-known/openid-configuration", oauthRoutes::metadata);
            cfg.routes.post("/oauth2/introspect", oauthRoutes::introspect);
            cfg.routes.post("/oauth2/revoke", oauthRoutes::revoke);
            cfg.routes.get("/openapi.json", ops::openApi);
            cfg.routes.get("/docs", ops::docsPage);
            cfg.routes.get(ApiDocs.SWAGGER_UI_ROUTE, ops::swaggerUi);
        });
        this.management = Javalin.create(cfg -> {
            server(cfg, config.managementPort());
            cfg.requestLogger.http(filters::after);
            cfg.routes.before(filters::before);
            exceptions(cfg);

            cfg.routes.post("/v1/admin/users/{userId}/block", admin::block);
            cfg.routes.post("/v1/admin/users/{userId}/unblock", admin::unblock);
            cfg.routes.get("/v1/admin/users/{userId}/sessions", adminSessions::list);
            cfg.routes.delete("/v1/admin/users/{userId}/sessions", adminSessions::endAll);
            cfg.routes.delete("/v1/admin/users/{userId}/sessions/{sessionId}", adminSessions::endOne);
            cfg.routes.post("/v1/admin/users/{userId}/account/freeze", admin::freeze);
            cfg.routes.post("/v1/admin/users/{userId}/account/unfreeze", admin::unfreeze);
            cfg.routes.post("/v1/admin/users/{userId}/account/close", admin::close);
            cfg.routes.get("/v1/admin/reviews", admin::reviews);
            cfg.routes.post("/v1/admin/reviews/{signupId}/decision", admin::decide);
            cfg.routes.get("/v1/admin/audit", admin::audit);
            cfg.routes.get("/v1/admin/events/dead", adminEvents::dead);
            cfg.routes.post("/v1/admin/events/{eventId}/redeliver", adminEvents::redeliver);
            cfg.routes.post("/v1/admin/accounts/fund", admin::fund);
            cfg.routes.post("/v1/admin/kyc/{reference}/decision", kyc::operatorDecision);
            cfg.routes.post("/v1/admin/recoveries/{recoveryId}/decision", recovery::decide);

            cfg.routes.get("/health/live", ops::live);
            cfg.routes.get("/health/ready", ops::ready);
            cfg.routes.get("/metrics", ops::metrics);
        });
    }

    private void server(JavalinConfig cfg, int port) {
        cfg.concurrency.useVirtualThreads = true;
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.router.ignoreTrailingSlashes = false;
        cfg.jetty.port = port;
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            // No per-connection cache of header fields: it keeps the fields a connection repeats in a 1 KiB trie, but
            // an Authorization header repeats only on a connection of one client holding one token; behind a proxy,
            // or under load, every request brought a new one, which was added (char by char) until the trie was full
            // and cleared: 4.4% of the process's samples under the GET /v1/me benchmark
            // (benchmarks/profiles/me-header-cache.txt).
            http.setHeaderCacheSize(0);
        });
        cfg.jetty.modifyServer(server -> {
            // Graceful stop: refuse new requests, wait up to the grace period for in-flight ones.
            server.setStopTimeout(config.shutdownGrace().toMillis());
            server.insertHandler(new GracefulHandler());
        });
    }

    private void exceptions(JavalinConfig cfg) {
        cfg.routes.exception(ProblemException.class, (e, ctx) -> edge.reply(ctx, e.reply()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> edge.reply(ctx, Reply.problem(framework(e.getStatus()))));
        cfg.routes.exception(DependencyUnavailableException.class, (e, ctx) -> {
            LOG.warn("dependency unavailable: {}", e.dependency());
            edge.reply(ctx, Reply.retryLater(Problem.of(503, ProblemCode.SERVICE_UNAVAILABLE,
                    "A dependency is unavailable; try again later."), e.retryAfter()));
        });
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled exception", e);
            edge.reply(ctx, Reply.problem(500, ProblemCode.INTERNAL_ERROR, "Something went wrong on our side."));
        });
        // Errors (assertion, stack overflow, out of memory) bypass exception handlers; they still get a bare problem.
        cfg.router.javaLangErrorHandler((response, error) -> {
            LOG.error("unhandled error", error);
            writeBareProblem(response);
        });
    }

    private void writeBareProblem(jakarta.servlet.http.HttpServletResponse response) {
        String requestId = response.getHeader(RequestContext.REQUEST_ID_HEADER);
        Problem problem = Problem.of(500, ProblemCode.INTERNAL_ERROR, "Something went wrong on our side.")
                .withRequestId(requestId == null ? "unknown" : requestId);
        try {
            response.setStatus(500);
            response.setContentType(Reply.PROBLEM_JSON);
            response.getOutputStream().write(edge.codec().write(problem));
        } catch (java.io.IOException | IllegalStateException e) {
            LOG.warn("could not write the error answer: {}", e.getClass().getSimpleName());
        }
    }

    /** Answers Javalin and Jetty produce themselves (no route, wrong method, body cap) as problems too. */
    private static Problem framework(int status) {
        return switch (status) {
            case 404 -> Problem.of(404, ProblemCode.NOT_FOUND, "There is no such resource.");
            case 405 -> Problem.of(405, ProblemCode.METHOD_NOT_ALLOWED, "This method is not allowed here.");
            case 413 -> Problem.of(413, ProblemCode.PAYLOAD_TOO_LARGE, "The body is too large.");
            case 415 -> Problem.of(415, ProblemCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
            default -> status >= 500 ? Problem.of(500, ProblemCode.INTERNAL_ERROR, "Something went wrong on our side.")
                    : Problem.of(status, "bad_request", "The request cannot be handled.");
        };
    }

    public WebApi start() {
        long started = System.nanoTime();
        management.start();
        try {
            app.start();
        } catch (RuntimeException e) {
            management.stop();
            throw e;
        }
        LOG.info("FinGuard API listening on port {}, management (health, metrics, admin) on port {} ({} ms)", app.port(),
                management.port(), (System.nanoTime() - started) / 1_000_000);
        return this;
    }

    /** Stops accepting connections, waits for in-flight requests up to the configured grace, then stops. */
    public void stop() {
        try {
            app.stop();
        } finally {
            management.stop();
        }
    }

    /** The bound API port (useful when the configured port is 0). */
    public int port() {
        return app.port();
    }

    /** The bound management port (useful when the configured port is 0). */
    public int managementPort() {
        return management.port();
    }

    /** Every route of the API port as "METHOD path", e.g. "POST /v1/auth/otp"; the contract test compares these. */
    public List<String> routes() {
        return routes(app);
    }

    /** Every route of the management port, e.g. "GET /metrics". */
    public List<String> managementRoutes() {
        return routes(management);
    }

    private static List<String> routes(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .sorted()
                .toList();
    }
}
