package io.finguard.adapters.web.phone;

import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.RateLimitReplies;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestContext;
import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.port.in.CompleteRecovery;
import io.finguard.domain.port.in.DecideRecovery;
import io.finguard.domain.port.in.RequestRecovery;
import io.finguard.domain.port.in.ViewRecovery;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lost-phone recovery: POST, GET /v1/recovery and POST /v1/recovery/complete with the signup ticket of the new number,
 * and the operator's POST /v1/admin/recoveries/{recoveryId}/decision on the management port.
 */
public final class RecoveryEndpoints {
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final RequestRecovery requestRecovery;
    private final ViewRecovery viewRecovery;
    private final CompleteRecovery completeRecovery;
    private final DecideRecovery decideRecovery;
    private final Guard guard;
    private final Edge edge;
    private final RateLimitReplies limits;

    public RecoveryEndpoints(RequestRecovery requestRecovery, ViewRecovery viewRecovery, CompleteRecovery completeRecovery,
                             DecideRecovery decideRecovery, Guard guard, Edge edge, RateLimitReplies limits) {
        this.requestRecovery = requestRecovery;
        this.viewRecovery = viewRecovery;
        this.completeRecovery = completeRecovery;
        this.decideRecovery = decideRecovery;
        this.guard = guard;
        this.edge = edge;
        this.limits = limits;
    }

    public void request(Context ctx) {
        PreUserId signup = guard.signupTicket(ctx);
        PhoneBodies.RecoveryRequest body = edge.body(ctx, PhoneBodies.RecoveryRequest.class);
        var command = new RequestRecovery.Command(signup, body.oldPhone(), Optional.ofNullable(body.region()), body.password(),
                new KycDocuments(body.documentType(), body.documentNumber()), RequestContext.client(ctx));
        Reply reply = switch (requestRecovery.request(command)) {
            case RequestRecovery.Result.Started started -> Reply.json(202, PhoneBodies.RecoveryBody.of(started.recovery()));
            case RequestRecovery.Result.Refused refused -> Reply.problem(Problem.of(403, RefusalCode.RECOVERY_REFUSED.code(),
                    "The old number and the password do not match an account that can be recovered."));
            case RequestRecovery.Result.SignupNotOpen notOpen -> Reply.problem(Problem.of(409, RefusalCode.INVALID_STATE.code(),
                    "This signup cannot start a recovery (it ended, is under review, or a recovery for its number is open)."));
            case RequestRecovery.Result.Throttled throttled -> limits.throttled(throttled.limit(), throttled.retryAfter());
        };
        edge.reply(ctx, reply);
    }

    public void view(Context ctx) {
        PreUserId signup = guard.signupTicket(ctx);
        Reply reply = switch (viewRecovery.view(signup)) {
            case ViewRecovery.Result.Found found -> Reply.json(200, PhoneBodies.RecoveryBody.of(found.recovery()));
            case ViewRecovery.Result.NotFound missing -> unknown();
        };
        edge.reply(ctx, reply);
    }

    public void complete(Context ctx) {
        PreUserId signup = guard.signupTicket(ctx);
        Reply reply = switch (completeRecovery.complete(signup)) {
            case CompleteRecovery.Result.Completed done -> Reply.json(200, PhoneBodies.RecoveryBody.of(done.recovery()));
            case CompleteRecovery.Result.Refused refused -> Reply.problem(Problem.of(409, refused.reason().code(),
                    "The recovery cannot complete; it is " + refused.recovery().status() + "."));
            case CompleteRecovery.Result.NotFound missing -> unknown();
        };
        edge.reply(ctx, reply);
    }

    public void decide(Context ctx) {
        guard.admin(ctx);
        String id = ctx.pathParam("recoveryId");
        if (!UUID_TEXT.matcher(id).matches()) {
            throw new ProblemException(Problem.validation("recoveryId", "must be a recovery id (UUID)"));
        }
        PhoneBodies.RecoveryDecision body = edge.body(ctx, PhoneBodies.RecoveryDecision.class);
        Reply reply = switch (decideRecovery.decide(new DecideRecovery.Command(id, body.approve(), body.reason()))) {
            case DecideRecovery.Result.Decided decided -> Reply.json(200, PhoneBodies.RecoveryBody.of(decided.recovery()));
            case DecideRecovery.Result.Refused refused -> Reply.problem(Problem.of(409, refused.reason().code(),
                    "The recovery is not waiting for a decision; it is " + refused.recovery().status() + "."));
            case DecideRecovery.Result.NotFound missing -> unknown();
        };
        edge.reply(ctx, reply);
    }

    private static Reply unknown() {
        return Reply.problem(404, ProblemCode.RECOVERY_UNKNOWN, "There is no such recovery.");
    }
}
