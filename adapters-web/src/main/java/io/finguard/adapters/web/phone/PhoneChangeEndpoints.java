package io.finguard.adapters.web.phone;

import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.RateLimitReplies;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestContext;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.Scope;
import io.finguard.domain.port.in.ConfirmPhoneChange;
import io.finguard.domain.port.in.RequestPhoneChange;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** POST /v1/me/phone and POST /v1/me/phone/verify: a signed-in user moves the account to another number. */
public final class PhoneChangeEndpoints {
    private final RequestPhoneChange requestChange;
    private final ConfirmPhoneChange confirmChange;
    private final Guard guard;
    private final Edge edge;
    private final RateLimitReplies limits;

    public PhoneChangeEndpoints(RequestPhoneChange requestChange, ConfirmPhoneChange confirmChange, Guard guard, Edge edge,
                                RateLimitReplies limits) {
        this.requestChange = requestChange;
        this.confirmChange = confirmChange;
        this.guard = guard;
        this.edge = edge;
        this.limits = limits;
    }

    public void request(Context ctx) {
        var claims = guard.access(ctx, Scope.SESSION_MANAGE);
        PhoneBodies.PhoneRequest body = edge.body(ctx, PhoneBodies.PhoneRequest.class);
        var command = new RequestPhoneChange.Command(claims, body.phone(), Optional.ofNullable(body.region()), RequestContext.client(ctx));
        Reply reply = switch (requestChange.request(command)) {
            case RequestPhoneChange.Result.Sent sent -> Reply.json(202, new PhoneBodies.ChallengeBody(sent.challenge().toString(),
                    sent.expiresIn().toSeconds(), sent.resendAfter().toSeconds()));
            case RequestPhoneChange.Result.NotAccepted refused -> notAccepted();
            case RequestPhoneChange.Result.StepUpRequired stale -> Reply.problem(Problem.of(403, RefusalCode.STEP_UP_REQUIRED.code(),
                    "Prove your PIN or password again (POST /v1/auth/step-up) within the last five minutes."));
            case RequestPhoneChange.Result.SessionNotLive notLive -> Guard.notLive(notLive.reason());
            case RequestPhoneChange.Result.Throttled throttled -> limits.throttled(throttled.limit(), throttled.retryAfter());
        };
        edge.reply(ctx, reply);
    }

    public void verify(Context ctx) {
        var claims = guard.access(ctx, Scope.SESSION_MANAGE);
        PhoneBodies.PhoneVerification body = edge.body(ctx, PhoneBodies.PhoneVerification.class);
        var command = new ConfirmPhoneChange.Command(claims, body.challengeId(), body.code(), RequestContext.client(ctx));
        Reply reply = switch (confirmChange.confirm(command)) {
            case ConfirmPhoneChange.Result.Changed changed -> Reply.json(200, new PhoneBodies.ChangedBody(changed.maskedPhone(),
                    changed.coolingOffUntil().toString(), changed.sessionsEnded()));
            case ConfirmPhoneChange.Result.WrongCode wrong ->
                    Reply.problem(Problem.of(401, ProblemCode.OTP_INVALID, "The code is not correct.").withAttemptsLeft(wrong.attemptsLeft()));
            case ConfirmPhoneChange.Result.Refused refused ->
                    Reply.problem(Problem.of(410, refused.reason().code(), "The code cannot be used: ask for a new change."));
            case ConfirmPhoneChange.Result.UnknownChange unknown ->
                    Reply.problem(404, ProblemCode.PHONE_CHANGE_UNKNOWN, "You have no change of number with this challenge.");
            case ConfirmPhoneChange.Result.NotAccepted refused -> notAccepted();
            case ConfirmPhoneChange.Result.Held held -> Reply.problem(Problem.of(403, held.reason().code(),
                    "The number cannot move now: it was recently moved to another SIM, or a password step-up is needed."));
            case ConfirmPhoneChange.Result.SessionNotLive notLive -> Guard.notLive(notLive.reason());
            case ConfirmPhoneChange.Result.Throttled throttled -> limits.throttled(throttled.limit(), throttled.retryAfter());
        };
        edge.reply(ctx, reply);
    }

    /** One answer for every refusal of the new number, so the route does not tell who holds a number. */
    private static Reply notAccepted() {
        return Reply.problem(Problem.of(422, RefusalCode.PHONE_NOT_ACCEPTED.code(), "This number cannot be used for your account.")
                .withErrors(List.of(new Problem.FieldError("phone", RefusalCode.PHONE_NOT_ACCEPTED.code()))));
    }
}
