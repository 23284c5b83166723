package io.finguard.application.signup;

import io.finguard.application.Auditor;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.DecideReview;
import io.finguard.domain.port.in.SignupView;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserEvent;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Operator decision on a signup UNDER_REVIEW: approval converts it exactly as an approving risk gate would. */
public final class DecideReviewService implements DecideReview {
    private final Transactions tx;
    private final PreUsers preUsers;
    private final SignupSteps steps;
    private final Conversion conversion;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public DecideReviewService(Transactions tx, PreUsers preUsers, SignupSteps steps, Conversion conversion, Auditor auditor, Ids ids,
                        Clock clock) {
        this.tx = tx;
        this.preUsers = preUsers;
        this.steps = steps;
        this.conversion = conversion;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result decide(Command command) {
        return tx.inTransaction(() -> {
            Optional<PreUser> found = steps.current(command.signup());
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            Transition<PreUser> step = steps.apply(found.get(),
                    new PreUserEvent.Decide(command.approve(), UserId.of(ids.next()), clock.instant()));
            if (step instanceof Transition.Declined<PreUser>) {
                return new Result.InvalidState(step.state().status());
            }
            auditor.record(AuditType.REVIEW_DECIDED, command.signup(), Map.of("approve", Boolean.toString(command.approve())));
            if (step.state() instanceof PreUser.Converted converted) {
                return new Result.Approved(conversion.convert(converted).user().id());
            }
            return new Result.Rejected();
        });
    }

    @Override
    public List<SignupView> waiting(int limit) {
        return tx.inTransaction(() -> preUsers.underReview(limit).stream().map(SignupViews::of).toList());
    }
}
