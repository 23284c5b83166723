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
import io.finguard.adapters.web.txauth.AuthorizationBody;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.Scope;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.TransferView;
import io.finguard.domain.token.AccessClaims;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * POST /v1/transfers: any valid access token gets here; FULL tier and transfer:create are the use case's rules (tier
 * first, so a LIMITED caller hears insufficient_tier), idempotent, limited per user. A payment needing strong
 * authentication answers 403 sca_required with its authorisation (403, not 401: the caller is authenticated, this
 * payment is not yet authorised); repeated with Authorization-Id once that is confirmed, it executes.
 */
public final class TransferEndpoints {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String AUTHORIZATION_ID = "Authorization-Id";
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
        Optional<AuthorizationId> authorization = authorizationId(ctx);
        TransferRequest body = edge.body(ctx, TransferRequest.class);
        var command = new CreateTransfer.Command(claims, key, body.recipientPhone(), body.amount().toMoney(), authorization);
        Reply reply = switch (createTransfer.create(command)) {
            case CreateTransfer.Result.Completed done -> Reply.json(201, TransferBody.of(done.transfer()));
            case CreateTransfer.Result.Replayed replayed ->
                    Reply.json(200, TransferBody.of(replayed.transfer()), Map.of("Idempotent-Replayed", "true"));
            case CreateTransfer.Result.Denied denied -> denied(denied.reason());
            case CreateTransfer.Result.ScaRequired required -> Reply.problem(Problem.of(403, RefusalCode.SCA_REQUIRED.code(),
                    "This payment needs your confirmation: POST /v1/authorizations/{authorizationId}, then repeat it with "
                            + AUTHORIZATION_ID + ".").withAuthorization(AuthorizationBody.of(required.authorization())));
            case CreateTransfer.Result.AuthorizationRefused refused -> Reply.problem(403, refused.reason().code(),
                    "The " + AUTHORIZATION_ID + " does not authorise this payment; start again without it.");
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

    /** The confirmed authorisation the client presents, if any; a malformed id is a 400. */
    private static Optional<AuthorizationId> authorizationId(Context ctx) {
        String header = ctx.header(AUTHORIZATION_ID);
        if (header == null) {
            return Optional.empty();
        }
        return Optional.of(CanonicalUuid.read(header).map(AuthorizationId::of).orElseThrow(() -> new ProblemException(
                Problem.validation(AUTHORIZATION_ID, "must be the authorizationId of an sca_required answer (a UUID)"))));
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
        if (reason == TransferDenial.COOLING_OFF) {
            return Reply.problem(403, reason.code(), "The phone number changed recently; transfers resume when the cooling-off ends "
                    + "(see coolingOffUntil in GET /v1/me).");
        }
        return Reply.problem(denialStatus(reason), reason.code(), "The transfer is not allowed.");
    }

    /** Who may send is 403; what is being sent (amount, limits, funds, recipient) is 422. */
    private static int denialStatus(TransferDenial reason) {
        return switch (reason) {
            case INSUFFICIENT_TIER, MISSING_SCOPE, ACCOUNT_NOT_ACTIVE, COOLING_OFF, SIM_SWAP_HOLD,
                 PASSWORD_STEP_UP_REQUIRED -> 403;
            case RECIPIENT_NOT_ACTIVE, SAME_ACCOUNT, INVALID_AMOUNT, CURRENCY_MISMATCH, DAILY_LIMIT_EXCEEDED,
                 INSUFFICIENT_FUNDS, RECIPIENT_BALANCE_CAP -> 422;
        };
    }
}
