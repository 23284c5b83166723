package io.finguard.adapters.web.session;

import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.RateLimitReplies;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestBody;
import io.finguard.adapters.web.RequestContext;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.Scope;
import io.finguard.domain.port.in.ChangeCredentials;
import io.finguard.domain.token.AccessClaims;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** PUT /v1/me/credentials: a new password and/or PIN after a fresh step-up; every session ends. */
public final class CredentialEndpoints {
    private final ChangeCredentials changeCredentials;
    private final Guard guard;
    private final Edge edge;
    private final RateLimitReplies limits;

    public CredentialEndpoints(ChangeCredentials changeCredentials, Guard guard, Edge edge, RateLimitReplies limits) {
        this.changeCredentials = changeCredentials;
        this.guard = guard;
        this.edge = edge;
        this.limits = limits;
    }

    record ChangeRequest(String password, String pin) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.optionalText("password", password, 1024).optionalText("pin", pin, 32);
        }

        @Override
        public String toString() {
            return "ChangeRequest[redacted]";
        }
    }

    public void change(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.SESSION_MANAGE);
        ChangeRequest body = edge.body(ctx, ChangeRequest.class);
        var command = new ChangeCredentials.Command(claims, Optional.ofNullable(body.password()), Optional.ofNullable(body.pin()),
                RequestContext.client(ctx));
        Reply reply = switch (changeCredentials.change(command)) {
            case ChangeCredentials.Result.Changed changed -> Reply.noContent();
            case ChangeCredentials.Result.Weak weak -> {
                String field = weak.reason().name().startsWith("PIN") ? "pin" : "password";
                yield Reply.problem(Problem.of(422, weak.reason().code(), "Choose a stronger " + field + ".")
                        .withErrors(List.of(new Problem.FieldError(field, weak.reason().code()))));
            }
            case ChangeCredentials.Result.StepUpRequired stale -> Reply.problem(Problem.of(403, RefusalCode.STEP_UP_REQUIRED.code(),
                    "Prove your PIN or password again (POST /v1/auth/step-up) within the last five minutes."));
            case ChangeCredentials.Result.NothingToChange nothing -> Reply.problem(Problem.validation("password",
                    "give a new password, a new PIN, or both"));
            case ChangeCredentials.Result.SessionNotLive notLive -> Guard.notLive(notLive.reason());
            case ChangeCredentials.Result.Throttled throttled -> limits.throttled(throttled.limit(), throttled.retryAfter());
        };
        edge.reply(ctx, reply);
    }
}
