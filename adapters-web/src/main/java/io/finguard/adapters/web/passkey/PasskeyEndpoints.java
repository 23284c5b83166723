package io.finguard.adapters.web.passkey;

import io.finguard.adapters.web.Dpop;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestContext;
import io.finguard.adapters.web.session.LoginReplies;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.BeginPasskeyRegistration;
import io.finguard.domain.port.in.BeginPasskeyStepUp;
import io.finguard.domain.port.in.ListPasskeys;
import io.finguard.domain.port.in.RegisterPasskey;
import io.finguard.domain.port.in.RemovePasskey;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.StepUpWithPasskey;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Passkeys: registration options and registration after a fresh step-up, listing and removal under /v1/me/passkeys;
 * step-up options and step-up by passkey under /v1/auth/step-up/passkey (step-up ticket or access token).
 */
public final class PasskeyEndpoints {
    private final BeginPasskeyRegistration beginRegistration;
    private final RegisterPasskey register;
    private final ListPasskeys list;
    private final RemovePasskey remove;
    private final BeginPasskeyStepUp beginStepUp;
    private final StepUpWithPasskey stepUp;
    private final Guard guard;
    private final Edge edge;
    private final LoginReplies logins;
    private final String rpId;
    private final Dpop dpop;

    public PasskeyEndpoints(BeginPasskeyRegistration beginRegistration, RegisterPasskey register, ListPasskeys list,
                            RemovePasskey remove, BeginPasskeyStepUp beginStepUp, StepUpWithPasskey stepUp, Guard guard, Edge edge,
                            LoginReplies logins, String rpId, Dpop dpop) {
        this.beginRegistration = beginRegistration;
        this.register = register;
        this.list = list;
        this.remove = remove;
        this.beginStepUp = beginStepUp;
        this.stepUp = stepUp;
        this.guard = guard;
        this.edge = edge;
        this.logins = logins;
        this.rpId = rpId;
        this.dpop = dpop;
    }

    public void registrationOptions(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.SESSION_MANAGE);
        edge.noBody(ctx);
        Reply reply = switch (beginRegistration.begin(new BeginPasskeyRegistration.Command(claims))) {
            case BeginPasskeyRegistration.Result.Options options -> PasskeyReplies.creation(options, rpId);
            case BeginPasskeyRegistration.Result.StepUpRequired stale -> PasskeyReplies.stepUpRequired();
            case BeginPasskeyRegistration.Result.SessionNotLive notLive -> Guard.notLive(notLive.reason());
            case BeginPasskeyRegistration.Result.Refused refused -> PasskeyReplies.refused(refused.reason(), false);
        };
        edge.reply(ctx, reply);
    }

    public void register(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.SESSION_MANAGE);
        PasskeyBodies.RegisterRequest body = edge.body(ctx, PasskeyBodies.RegisterRequest.class);
        var command = new RegisterPasskey.Command(claims, body.name(), body.attestation());
        Reply reply = switch (register.register(command)) {
            case RegisterPasskey.Result.Registered registered -> Reply.json(201, PasskeyReplies.PasskeyBody.of(registered.passkey()));
            case RegisterPasskey.Result.StepUpRequired stale -> PasskeyReplies.stepUpRequired();
            case RegisterPasskey.Result.SessionNotLive notLive -> Guard.notLive(notLive.reason());
            case RegisterPasskey.Result.Refused refused -> PasskeyReplies.refused(refused.reason(), false);
        };
        edge.reply(ctx, reply);
    }

    public void list(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.SESSION_MANAGE);
        Reply reply = switch (list.list(new ListPasskeys.Command(claims))) {
            case ListPasskeys.Result.Listed listed -> Reply.json(200, new PasskeyReplies.PasskeyList(
                    listed.passkeys().stream().map(PasskeyReplies.PasskeyBody::of).toList()));
            case ListPasskeys.Result.SessionNotLive notLive -> Guard.notLive(notLive.reason());
        };
        edge.reply(ctx, reply);
    }

    public void remove(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.SESSION_MANAGE);
        Optional<PasskeyId> id = passkeyId(ctx.pathParam("passkeyId"));
        if (id.isEmpty()) {
            edge.reply(ctx, Reply.problem(404, ProblemCode.NOT_FOUND, "No such passkey."));
            return;
        }
        Reply reply = switch (remove.remove(new RemovePasskey.Command(claims, id.get()))) {
            case RemovePasskey.Result.Removed removed -> Reply.noContent();
            case RemovePasskey.Result.NotFound notFound -> Reply.problem(404, ProblemCode.NOT_FOUND, "No such passkey.");
            case RemovePasskey.Result.StepUpRequired stale -> PasskeyReplies.stepUpRequired();
            case RemovePasskey.Result.SessionNotLive notLive -> Guard.notLive(notLive.reason());
        };
        edge.reply(ctx, reply);
    }

    public void stepUpOptions(Context ctx) {
        StepUp.Subject subject = subject(ctx);
        edge.noBody(ctx);
        Reply reply = switch (beginStepUp.begin(new BeginPasskeyStepUp.Command(subject))) {
            case BeginPasskeyStepUp.Result.Options options -> PasskeyReplies.request(options, rpId);
            case BeginPasskeyStepUp.Result.NoPasskeys none -> PasskeyReplies.noPasskey();
            case BeginPasskeyStepUp.Result.Denied denied -> Reply.problem(403, denied.reason().code(), "Step-up is not allowed.");
        };
        edge.reply(ctx, reply);
    }

    /** As POST /v1/auth/step-up: a step-up ticket or a live session (its DPoP proof checked with its token). */
    public void stepUp(Context ctx) {
        Guard.Presented presented = guard.presented(ctx);
        Optional<FlowTicket> ticket = presented.dpop() ? Optional.empty() : guard.stepUpTicket(presented.token());
        Optional<AccessClaims> session = ticket.isPresent() ? Optional.empty() : Optional.of(guard.validAccess(ctx));
        // A bound session's proof was checked (and spent) with its token; otherwise the proof, if any, binds the new session.
        Optional<KeyThumbprint> key = session.flatMap(AccessClaims::boundKey).or(() -> dpop.keyForIssuing(ctx));
        PasskeyBodies.StepUpRequest body = edge.body(ctx, PasskeyBodies.StepUpRequest.class);
        StepUp.Subject subject = ticket.isPresent()
                ? new StepUp.Subject.ViaTicket(ticketUser(ticket.get()),
                        Optional.ofNullable(body.deviceId()).map(DeviceId::new).or(ticket.get()::device))
                : session(session.orElseThrow());
        var command = new StepUpWithPasskey.Command(subject, body.assertion(), RequestContext.client(ctx), key);
        Reply reply = switch (stepUp.stepUp(command)) {
            case StepUpWithPasskey.Result.SteppedUp done -> logins.reply(200, done.login());
            case StepUpWithPasskey.Result.Refused refused -> PasskeyReplies.refused(refused.reason(), true);
            case StepUpWithPasskey.Result.Denied denied -> Reply.problem(403, denied.reason().code(), "Step-up is not allowed.");
        };
        edge.reply(ctx, reply);
    }

    /** The holder of a step-up ticket, or of a live session's access token (with its DPoP proof when bound). */
    private StepUp.Subject subject(Context ctx) {
        Guard.Presented presented = guard.presented(ctx);
        Optional<FlowTicket> ticket = presented.dpop() ? Optional.empty() : guard.stepUpTicket(presented.token());
        if (ticket.isPresent()) {
            return new StepUp.Subject.ViaTicket(ticketUser(ticket.get()), ticket.get().device());
        }
        return session(guard.validAccess(ctx));
    }

    private static StepUp.Subject session(AccessClaims claims) {
        return new StepUp.Subject.ViaSession(claims.subject(), claims.session());
    }

    private static UserId ticketUser(FlowTicket ticket) {
        try {
            return UserId.parse(ticket.subject());
        } catch (IllegalArgumentException e) {
            throw Guard.invalidToken("A valid step-up ticket is required.");
        }
    }

    private static Optional<PasskeyId> passkeyId(String text) {
        try {
            return Optional.of(PasskeyId.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
