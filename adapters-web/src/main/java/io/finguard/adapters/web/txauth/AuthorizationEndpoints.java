package io.finguard.adapters.web.txauth;

import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.RateLimitReplies;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestContext;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.model.Scope;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.port.in.ConfirmAuthorization;
import io.finguard.domain.port.in.RequestAuthorizationSms;
import io.finguard.domain.token.AccessClaims;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Payment authorisations: POST /v1/authorizations/{authorizationId} confirms one with a factor, POST
 * /v1/authorizations/{authorizationId}/sms sends its code. The transfer is then repeated with Authorization-Id.
 */
public final class AuthorizationEndpoints {
    private final ConfirmAuthorization confirm;
    private final RequestAuthorizationSms sms;
    private final Guard guard;
    private final Edge edge;
    private final RateLimitReplies limits;

    public AuthorizationEndpoints(ConfirmAuthorization confirm, RequestAuthorizationSms sms, Guard guard, Edge edge,
                                  RateLimitReplies limits) {
        this.confirm = confirm;
        this.sms = sms;
        this.guard = guard;
        this.edge = edge;
        this.limits = limits;
    }

    /** The path's id; a malformed one is no authorisation of the caller's (404, like an unknown one). */
    static AuthorizationId id(Context ctx) {
        return CanonicalUuid.read(ctx.pathParam("authorizationId")).map(AuthorizationId::of)
                .orElseThrow(() -> new ProblemException(NOT_FOUND));
    }

    private static final Problem NOT_FOUND = Problem.of(404, ProblemCode.NOT_FOUND, "You have no payment authorisation with this id.");

    private static Reply notFound() {
        return Reply.problem(NOT_FOUND);
    }

    public void confirm(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.TRANSFER_CREATE);
        AuthorizationId id = id(ctx);
        ConfirmRequest body = edge.body(ctx, ConfirmRequest.class);
        Reply reply = switch (confirm.confirm(new ConfirmAuthorization.Command(claims, id, body.factor()))) {
            case ConfirmAuthorization.Result.Confirmed done -> Reply.json(200, AuthorizationBody.of(done.authorization()));
            case ConfirmAuthorization.Result.WrongFactor wrong -> Reply.problem(Problem.of(401, ProblemCode.SECRET_INVALID,
                    "The factor is not correct.").withAttemptsLeft(wrong.attemptsLeft()));
            case ConfirmAuthorization.Result.PasskeyRefused refused -> Reply.problem(Problem.of(401, refused.reason().code(),
                    passkeyDetail(refused.reason())).withAttemptsLeft(refused.attemptsLeft()));
            case ConfirmAuthorization.Result.Refused refused -> Reply.problem(409, refused.reason().code(),
                    "This authorisation can no longer be confirmed.");
            case ConfirmAuthorization.Result.NoCodeSent none -> Reply.problem(409, ProblemCode.OTP_UNKNOWN,
                    "No code was sent for this authorisation (POST /v1/authorizations/{id}/sms).");
            case ConfirmAuthorization.Result.NotFound missing -> notFound();
            case ConfirmAuthorization.Result.Locked locked -> Reply.retryLater(Problem.of(429, ProblemCode.STEP_UP_LOCKED,
                    "Too many wrong PINs or passwords; try again later.").withLimit("step_up_locked"), locked.retryAfter());
        };
        edge.reply(ctx, reply);
    }

    public void sendSms(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.TRANSFER_CREATE);
        AuthorizationId id = id(ctx);
        edge.noBody(ctx);
        Reply reply = switch (sms.request(new RequestAuthorizationSms.Command(claims, id, RequestContext.client(ctx)))) {
            case RequestAuthorizationSms.Result.Sent sent -> Reply.json(202, Map.of("expiresAt", sent.expiresAt().toString()));
            case RequestAuthorizationSms.Result.AlreadySent again -> Reply.problem(409, ProblemCode.OTP_ALREADY_SENT,
                    "This authorisation's code was sent already.");
            case RequestAuthorizationSms.Result.Refused refused -> Reply.problem(409, refused.reason().code(),
                    "This authorisation can no longer be confirmed.");
            case RequestAuthorizationSms.Result.NotFound missing -> notFound();
            case RequestAuthorizationSms.Result.Throttled throttled -> limits.throttled(throttled.limit(), throttled.retryAfter());
        };
        edge.reply(ctx, reply);
    }

    private static String passkeyDetail(PasskeyRefusal reason) {
        return "The passkey assertion was refused (" + reason.code() + "); it must sign this authorisation's challenge.";
    }
}
