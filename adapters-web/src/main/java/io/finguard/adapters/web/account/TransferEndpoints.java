package io.finguard.adapters.web.account;

import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.ApiMetrics;
import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestBody;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Scope;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.TransferView;
import io.finguard.domain.token.AccessClaims;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * POST /v1/transfers: any valid access token gets here; FULL tier, transfer:create and a fresh step-up are the use case's
 * rules (tier first, so a LIMITED caller hears insufficient_tier), idempotent, limited per user.
 */
public final class TransferEndpoints {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private final CreateTransfer createTransfer;
    private final Guard guard;
    private final Edge edge;
    private final ApiMetrics metrics;

    public TransferEndpoints(CreateTransfer createTransfer, Guard guard, Edge edge, ApiMetrics metrics) {
        this.createTransfer = createTransfer;
        this.guard = guard;
        this.edge = edge;
        this.metrics = metrics;
    }

    record TransferRequest(String recipientPhone, MoneyBody amount) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.that(PhoneNumber.isValid(recipientPhone), "recipientPhone", recipientPhone == null ? "is required"
                    : "must be an E.164 number such as +4915112345678");
            MoneyBody.check(checks, "amount", amount);
        }
    }

    record TransferBody(String transferId, MoneyBody amount, String recipient, String createdAt) {

        static TransferBody of(TransferView view) {
            return new TransferBody(view.id().toString(), MoneyBody.of(view.amount()), view.recipientMaskedPhone(),
                    view.createdAt().toString());
        }
    }

    public void create(Context ctx) {
        AccessClaims claims = guard.authenticated(ctx);
        String key = ctx.header(IDEMPOTENCY_KEY);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ProblemException(Problem.validation(IDEMPOTENCY_KEY, "header required: 1-64 characters of [A-Za-z0-9_-]"));
        }
        TransferRequest body = edge.body(ctx, TransferRequest.class);
        var command = new CreateTransfer.Command(claims, key, body.recipientPhone(), body.amount().toMoney());
        Reply reply = switch (createTransfer.create(command)) {
            case CreateTransfer.Result.Completed done -> Reply.json(201, TransferBody.of(done.transfer()));
            case CreateTransfer.Result.Replayed replayed ->
                    Reply.json(200, TransferBody.of(replayed.transfer()), Map.of("Idempotent-Replayed", "true"));
            case CreateTransfer.Result.Denied denied -> denied(denied.reason());
            case CreateTransfer.Result.KeyReused reused ->
                    Reply.problem(409, ProblemCode.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for a different request.");
            case CreateTransfer.Result.RecipientNotFound missing ->
                    Reply.problem(404, ProblemCode.RECIPIENT_NOT_FOUND, "No account is reachable at this number.");
            case CreateTransfer.Result.Throttled throttled -> {
                metrics.rateLimitDenial(throttled.limit());
                yield Reply.retryLater(Problem.of(429, ProblemCode.RATE_LIMITED, "Too many transfer attempts; try again later.")
                        .withLimit(throttled.limit().name().toLowerCase(Locale.ROOT)), throttled.retryAfter());
            }
            case CreateTransfer.Result.SessionNotLive notLive -> Guard.notLive(notLive.reason());
        };
        edge.reply(ctx, reply);
    }

    /** A missing scope is answered as at any other route, with the Bearer challenge; step-up says how to get one. */
    private static Reply denied(TransferDenial reason) {
        if (reason == TransferDenial.MISSING_SCOPE) {
            return Guard.insufficientScopeReply(Scope.TRANSFER_CREATE);
        }
        if (reason == TransferDenial.SIM_SWAP_HOLD) {
            return Reply.problem(403, reason.code(), "The number's SIM changed recently; transfers resume when the hold ends.");
        }
        if (reason == TransferDenial.PASSWORD_STEP_UP_REQUIRED) {
            return Reply.problem(403, reason.code(), "Confirm with your password first (POST /v1/auth/step-up).");
        }
        if (reason == TransferDenial.STEP_UP_REQUIRED) {
            return Reply.problem(403, reason.code(), "Confirm with your PIN or password first (POST /v1/auth/step-up).");
        }
        if (reason == TransferDenial.COOLING_OFF) {
            return Reply.problem(403, reason.code(), "The phone number changed recently; transfers resume when the cooling-off ends "
                    + "(see coolingOffUntil in GET /v1/me).");
        }
        return Reply.problem(denialStatus(reason), reason.code(), "The transfer is not allowed.");
    }

    /** Who may send is 403; what is being sent (amount, limits, funds, recipient) is 422. */
    private static int denialStatus(TransferDenial reason) {
        return switch (reason) {
            case INSUFFICIENT_TIER, MISSING_SCOPE, STEP_UP_REQUIRED, ACCOUNT_NOT_ACTIVE, COOLING_OFF, SIM_SWAP_HOLD,
                 PASSWORD_STEP_UP_REQUIRED -> 403;
            case RECIPIENT_NOT_ACTIVE, SAME_ACCOUNT, INVALID_AMOUNT, CURRENCY_MISMATCH, DAILY_LIMIT_EXCEEDED,
                 INSUFFICIENT_FUNDS, RECIPIENT_BALANCE_CAP -> 422;
        };
    }
}
