package io.finguard.adapters.web.operator;

import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestBody;
import io.finguard.adapters.web.account.MoneyBody;
import io.finguard.adapters.web.signup.SignupBody;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.port.in.ChangeAccountStatus;
import io.finguard.domain.port.in.DecideReview;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.ReadAuditLog;
import io.finguard.domain.audit.AuditEvent;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Operator routes under /v1/admin: block and unblock, account freeze/unfreeze/close, signup reviews, audit log, stub funding. */
public final class AdminEndpoints {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9+*._:-]{1,64}");
    private final BlockUser blockUser;
    private final DecideReview decideReview;
    private final ReadAuditLog readAuditLog;
    private final FundAccount fundAccount;
    private final ChangeAccountStatus changeAccountStatus;
    private final Guard guard;
    private final Edge edge;

    public AdminEndpoints(BlockUser blockUser, DecideReview decideReview, ReadAuditLog readAuditLog, FundAccount fundAccount,
                          ChangeAccountStatus changeAccountStatus, Guard guard, Edge edge) {
        this.blockUser = blockUser;
        this.decideReview = decideReview;
        this.readAuditLog = readAuditLog;
        this.fundAccount = fundAccount;
        this.changeAccountStatus = changeAccountStatus;
        this.guard = guard;
        this.edge = edge;
    }

    record BlockRequest(String reason) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("reason", reason, BlockUser.REASON);
        }
    }

    record UnblockRequest(String reason) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.optionalText("reason", reason, BlockUser.REASON);
        }
    }

    record AccountChangeRequest(String reason) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("reason", reason, ChangeAccountStatus.REASON);
        }
    }

    record ReviewDecision(Boolean approve) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.present("approve", approve);
        }
    }

    record FundRequest(String userId, MoneyBody amount) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.that(CanonicalUuid.read(userId).isPresent(), "userId", "must be a user id (UUID)");
            MoneyBody.check(checks, "amount", amount);
        }
    }

    record UserStatusBody(String userId, String status, boolean changed, int sessionsEnded) {
    }

    record AccountStatusBody(String userId, String status, int sessionsEnded) {
    }

    record ReviewsBody(List<SignupBody> items) {
    }

    record ReviewOutcome(String decision, String userId) {
    }

    record AuditBody(List<AuditEntry> items) {
    }

    record AuditEntry(String id, String at, String type, String subject, Map<String, String> details) {
        static AuditEntry of(AuditEvent event) {
            return new AuditEntry(event.id().toString(), event.at().toString(), event.type().name(), event.subject(),
                    event.details());
        }
    }

    record BalanceBody(String userId, MoneyBody balance) {
    }

    public void block(Context ctx) {
        guard.admin(ctx);
        UserId user = userPath(ctx);
        BlockRequest body = edge.body(ctx, BlockRequest.class);
        changeStatus(ctx, new BlockUser.Command(user, true, body.reason()));
    }

    public void unblock(Context ctx) {
        guard.admin(ctx);
        UserId user = userPath(ctx);
        String reason = edge.optionalBody(ctx, UnblockRequest.class).map(UnblockRequest::reason).orElse(null);
        changeStatus(ctx, new BlockUser.Command(user, false, reason == null ? "unblocked by operator" : reason));
    }

    private void changeStatus(Context ctx, BlockUser.Command command) {
        Reply reply = switch (blockUser.change(command)) {
            case BlockUser.Result.Changed changed -> Reply.json(200,
                    new UserStatusBody(command.user().toString(), changed.status().name(), true, changed.sessionsEnded()));
            case BlockUser.Result.Unchanged same ->
                    Reply.json(200, new UserStatusBody(command.user().toString(), same.status().name(), false, 0));
            case BlockUser.Result.NotFound missing -> Reply.problem(404, ProblemCode.USER_NOT_FOUND, "There is no such user.");
        };
        edge.reply(ctx, reply);
    }

    public void freeze(Context ctx) {
        changeAccount(ctx, ChangeAccountStatus.Change.FREEZE);
    }

    public void unfreeze(Context ctx) {
        changeAccount(ctx, ChangeAccountStatus.Change.UNFREEZE);
    }

    public void close(Context ctx) {
        changeAccount(ctx, ChangeAccountStatus.Change.CLOSE);
    }

    private void changeAccount(Context ctx, ChangeAccountStatus.Change change) {
        guard.admin(ctx);
        UserId user = userPath(ctx);
        AccountChangeRequest body = edge.body(ctx, AccountChangeRequest.class);
        Reply reply = switch (changeAccountStatus.change(new ChangeAccountStatus.Command(user, change, body.reason()))) {
            case ChangeAccountStatus.Result.Changed changed ->
                    Reply.json(200, new AccountStatusBody(user.toString(), changed.status().name(), changed.sessionsEnded()));
            case ChangeAccountStatus.Result.Refused refused -> Reply.problem(409, refused.reason().code(),
                    "The account is " + refused.current().name() + "; this change does not apply.");
            case ChangeAccountStatus.Result.NotFound missing -> Reply.problem(404, ProblemCode.USER_NOT_FOUND, "There is no such user or account.");
        };
        edge.reply(ctx, reply);
    }

    public void reviews(Context ctx) {
        guard.admin(ctx);
        int limit = limit(ctx);
        edge.reply(ctx, Reply.json(200, new ReviewsBody(decideReview.waiting(limit).stream().map(SignupBody::of).toList())));
    }

    public void decide(Context ctx) {
        guard.admin(ctx);
        PreUserId signup = CanonicalUuid.read(ctx.pathParam("signupId")).map(PreUserId::of)
                .orElseThrow(() -> new ProblemException(Problem.validation("signupId", "must be a signup id (UUID)")));
        ReviewDecision body = edge.body(ctx, ReviewDecision.class);
        Reply reply = switch (decideReview.decide(new DecideReview.Command(signup, body.approve()))) {
            case DecideReview.Result.Approved approved -> Reply.json(200, new ReviewOutcome("APPROVED", approved.user().toString()));
            case DecideReview.Result.Rejected rejected -> Reply.json(200, new ReviewOutcome("REJECTED", null));
            case DecideReview.Result.InvalidState invalid -> Reply.problem(Problem.of(409, RefusalCode.INVALID_STATE.code(),
                    "The signup is not waiting for review.").withSignup(new SignupBody(signup.toString(), invalid.status().name(), null)));
            case DecideReview.Result.NotFound missing -> Reply.problem(404, ProblemCode.SIGNUP_NOT_FOUND, "There is no such signup.");
        };
        edge.reply(ctx, reply);
    }

    public void audit(Context ctx) {
        guard.admin(ctx);
        String subject = ctx.queryParam("subject");
        if (subject != null && !SUBJECT.matcher(subject).matches()) {
            throw new ProblemException(Problem.validation("subject", "must be an id or a masked phone"));
        }
        List<AuditEvent> events = readAuditLog.read(Optional.ofNullable(subject), limit(ctx));
        edge.reply(ctx, Reply.json(200, new AuditBody(events.stream().map(AuditEntry::of).toList())));
    }

    public void fund(Context ctx) {
        guard.admin(ctx);
        FundRequest body = edge.body(ctx, FundRequest.class);
        UserId user = UserId.parse(body.userId());
        Reply reply = switch (fundAccount.fund(new FundAccount.Command(user, body.amount().toMoney()))) {
            case FundAccount.Result.Funded funded -> Reply.json(200, new BalanceBody(user.toString(), MoneyBody.of(funded.balance())));
            case FundAccount.Result.Refused refused -> Reply.problem(422, refused.reason().code(), "The deposit is not allowed.");
            case FundAccount.Result.NotFound missing -> Reply.problem(404, ProblemCode.USER_NOT_FOUND, "There is no such user.");
        };
        edge.reply(ctx, reply);
    }

    private static UserId userPath(Context ctx) {
        return CanonicalUuid.read(ctx.pathParam("userId")).map(UserId::of)
                .orElseThrow(() -> new ProblemException(Problem.validation("userId", "must be a user id (UUID)")));
    }

    /** The {@code limit} query parameter, 1..500 (default 50). */
    static int limit(Context ctx) {
        String text = ctx.queryParam("limit");
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_LIMIT) {
            throw new ProblemException(Problem.validation("limit", "must be 1-" + MAX_LIMIT));
        }
        return Integer.parseInt(text);
    }
}
