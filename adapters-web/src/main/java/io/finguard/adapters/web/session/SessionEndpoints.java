package io.finguard.adapters.web.session;

import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.ApiMetrics;
import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Dpop;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.RateLimitReplies;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestBody;
import io.finguard.adapters.web.RequestContext;
import io.finguard.adapters.web.account.MoneyBody;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.port.in.MeView;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.policy.Limit;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/** Step-up, refresh, logout and GET /v1/me: what a holder of a session (or step-up ticket) does. */
public final class SessionEndpoints {
    private static final Pattern METHOD = Pattern.compile("pin|password");
    private final StepUp stepUp;
    private final RefreshSession refreshSession;
    private final Logout logout;
    private final ViewMe viewMe;
    private final Guard guard;
    private final Edge edge;
    private final LoginReplies logins;
    private final ApiMetrics metrics;
    private final RateLimitReplies limits;
    private final Dpop dpop;

    public SessionEndpoints(StepUp stepUp, RefreshSession refreshSession, Logout logout, ViewMe viewMe, Guard guard, Edge edge,
                            LoginReplies logins, ApiMetrics metrics, RateLimitReplies limits, Dpop dpop) {
        this.dpop = dpop;
        this.stepUp = stepUp;
        this.refreshSession = refreshSession;
        this.logout = logout;
        this.viewMe = viewMe;
        this.guard = guard;
        this.edge = edge;
        this.logins = logins;
        this.metrics = metrics;
        this.limits = limits;
    }

    record StepUpRequest(String method, String secret, String deviceId) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.matches("method", method, METHOD, "pin or password").text("secret", secret, 1, 1024)
                    .optionalMatches("deviceId", deviceId, OtpEndpoints.DEVICE, "1-64 characters of [A-Za-z0-9._:-]");
        }

        AuthMethod authMethod() {
            return "pin".equals(method) ? AuthMethod.PIN : AuthMethod.PASSWORD;
        }

        @Override
        public String toString() {
            return "StepUpRequest[" + method + ", redacted]";
        }
    }

    record RefreshRequest(String refreshToken) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("refreshToken", refreshToken, 1, 512);
        }

        @Override
        public String toString() {
            return "RefreshRequest[redacted]";
        }
    }

    record MeBody(String userId, String phone, String firstName, String lastName, String status, String accountTier,
                  String kycStatus, String accountStatus, MoneyBody balance, MoneyBody balanceCap,
                  MoneyBody dailyTransferLimit, MoneyBody sentToday, String coolingOffUntil) {

        static MeBody of(MeView me) {
            return new MeBody(me.user().toString(), me.maskedPhone(), me.firstName(), me.lastName(), me.status().name(),
                    me.tier().name(), me.kyc().name(), me.accountStatus().name(), MoneyBody.of(me.balance()),
                    MoneyBody.of(me.balanceCap()), MoneyBody.of(me.dailyTransferLimit()), MoneyBody.of(me.sentToday()),
                    me.coolingOffUntil().map(java.time.Instant::toString).orElse(null));
        }
    }

    public void stepUp(Context ctx) {
        Guard.Presented presented = guard.presented(ctx);
        Optional<FlowTicket> ticket = presented.dpop() ? Optional.empty() : guard.stepUpTicket(presented.token());
        Optional<AccessClaims> session = ticket.isPresent() ? Optional.empty() : Optional.of(guard.validAccess(ctx));
        // A bound session's proof was checked (and spent) with its token; otherwise the proof, if any, binds the new session.
        Optional<KeyThumbprint> key = session.flatMap(AccessClaims::boundKey).or(() -> dpop.keyForIssuing(ctx));
        StepUpRequest body = edge.body(ctx, StepUpRequest.class);
        StepUp.Subject subject = ticket.<StepUp.Subject>map(t -> new StepUp.Subject.ViaTicket(ticketUser(t), device(body.deviceId(), t),
                t.sessionName()))
                .orElseGet(() -> new StepUp.Subject.ViaSession(session.orElseThrow().subject(), session.orElseThrow().session()));
        var command = new StepUp.Command(subject, body.authMethod(), body.secret(), RequestContext.client(ctx), key);
        Reply reply = switch (stepUp.stepUp(command)) {
            case StepUp.Result.SteppedUp done -> logins.reply(200, done.login());
            case StepUp.Result.WrongSecret wrong -> Reply.problem(401, ProblemCode.SECRET_INVALID, "The PIN or password is not correct.");
            case StepUp.Result.Locked locked -> {
                metrics.rateLimitDenial(Limit.STEP_UP_LOCKED);
                yield Reply.retryLater(Problem.of(429, ProblemCode.STEP_UP_LOCKED, "Too many wrong attempts; try again later.")
                        .withLimit("step_up_locked"), locked.retryAfter());
            }
            case StepUp.Result.Throttled throttled -> limits.throttled(throttled.limit(), throttled.retryAfter());
            case StepUp.Result.Denied denied -> Reply.problem(403, denied.reason().code(), denied.reason() == StepUp.Denial.PASSWORD_REQUIRED
                    ? "Only the password will do for this step-up." : "Step-up is not allowed.");
        };
        edge.reply(ctx, reply);
    }

    public void refresh(Context ctx) {
        Optional<KeyThumbprint> key = dpop.keyForIssuing(ctx);
        RefreshRequest body = edge.body(ctx, RefreshRequest.class);
        Reply reply = switch (refreshSession.refresh(new RefreshSession.Command(body.refreshToken(), key))) {
            case RefreshSession.Result.Refreshed refreshed -> Reply.json(200,
                    logins.authenticated(new LoginResult.Authenticated(refreshed.tier(),
                            refreshed.tokens())));
            case RefreshSession.Result.Refused refused -> refused.reason() == RefreshSession.Refusal.KEY_MISMATCH
                    ? Reply.problem(400, refused.reason().code(), "The refresh token is bound to a DPoP key this request did not prove.")
                    : Reply.problem(401, refused.reason().code(), "The refresh token cannot be used.");
        };
        edge.reply(ctx, reply);
    }

    public void logout(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.SESSION_MANAGE);
        edge.noBody(ctx);
        String scope = ctx.queryParam("scope");
        if (scope != null && !scope.equals("all")) {
            throw new ProblemException(Problem.validation("scope", "must be all, or left out"));
        }
        Reply reply = switch (logout.logout(new Logout.Command(claims.subject(), claims.session(), scope != null))) {
            case Logout.Result.LoggedOut done -> Reply.noContent();
        };
        edge.reply(ctx, reply);
    }

    public void me(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.PROFILE_READ);
        Reply reply = switch (viewMe.view(claims.subject())) {
            case ViewMe.Result.Found found -> Reply.json(200, MeBody.of(found.me()));
            case ViewMe.Result.NotFound notFound -> Reply.problem(404, ProblemCode.USER_NOT_FOUND, "There is no such user.");
        };
        edge.reply(ctx, reply);
    }

    private static UserId ticketUser(FlowTicket ticket) {
        try {
            return UserId.parse(ticket.subject());
        } catch (IllegalArgumentException e) {
            throw Guard.invalidToken("A valid step-up ticket is required.");
        }
    }

    /** The body's device wins; else the device the ticket was issued to; else none (a session step-up keeps its own). */
    private static Optional<DeviceId> device(String fromBody, FlowTicket ticket) {
        return Optional.ofNullable(fromBody).map(DeviceId::new).or(ticket::device);
    }
}
