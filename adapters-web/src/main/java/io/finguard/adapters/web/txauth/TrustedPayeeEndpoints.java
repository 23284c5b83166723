package io.finguard.adapters.web.txauth;

import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestBody;
import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.Scope;
import io.finguard.domain.port.in.ManageTrustedPayees;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.txauth.TrustedPayee;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** GET/POST/DELETE /v1/me/trusted-payees: the payer's trusted beneficiaries (PSD2 RTS Art. 13). */
public final class TrustedPayeeEndpoints {
    private final ManageTrustedPayees trusted;
    private final Guard guard;
    private final Edge edge;

    public TrustedPayeeEndpoints(ManageTrustedPayees trusted, Guard guard, Edge edge) {
        this.trusted = trusted;
        this.guard = guard;
        this.edge = edge;
    }

    record AddRequest(String phone) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.that(PhoneNumber.isValid(phone), "phone", phone == null ? "is required" : "must be an E.164 number");
        }
    }

    record Entry(String id, String payee, String addedAt) {
        static Entry of(TrustedPayee t) {
            return new Entry(t.id().toString(), t.payeeMasked(), t.addedAt().toString());
        }
    }

    record EntryList(List<Entry> trustedPayees) {
    }

    public void list(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.TRANSFER_CREATE);
        edge.reply(ctx, Reply.json(200, new EntryList(trusted.list(claims).stream().map(Entry::of).toList())));
    }

    public void add(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.TRANSFER_CREATE);
        AddRequest body = edge.body(ctx, AddRequest.class);
        Reply reply = switch (trusted.add(claims, body.phone())) {
            case ManageTrustedPayees.AddResult.Added added -> Reply.json(201, Entry.of(added.payee()));
            case ManageTrustedPayees.AddResult.StepUpRequired stale -> Reply.problem(403, RefusalCode.STEP_UP_REQUIRED.code(),
                    "Trusting a payee needs strong authentication: step up (POST /v1/auth/step-up) within the last five minutes.");
            case ManageTrustedPayees.AddResult.PayeeNotFound missing ->
                    Reply.problem(404, ProblemCode.RECIPIENT_NOT_FOUND, "No account is reachable at this number.");
            case ManageTrustedPayees.AddResult.SessionNotLive notLive -> Guard.notLive(notLive.reason());
        };
        edge.reply(ctx, reply);
    }

    public void remove(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.TRANSFER_CREATE);
        Optional<UUID> id = CanonicalUuid.read(ctx.pathParam("trustedPayeeId"));
        boolean removed = id.isPresent() && trusted.remove(claims, id.get());
        edge.reply(ctx, removed ? Reply.noContent() : Reply.problem(404, ProblemCode.NOT_FOUND, "No such trusted payee."));
    }
}
