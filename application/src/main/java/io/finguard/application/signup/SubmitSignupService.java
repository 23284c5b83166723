package io.finguard.application.signup;

import io.finguard.application.Auditor;
import io.finguard.application.session.SessionIssuer;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.policy.RiskAssessment;
import io.finguard.domain.policy.RiskInput;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.SubmitSignup;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.RiskEngine;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * S4+S5: the risk gate decides; APPROVE converts the signup into a user and LIMITED account and starts the
 * first session, all in one transaction; REVIEW and REJECT are answered as such. A repeated submit answers
 * with the current state.
 */
public final class SubmitSignupService implements SubmitSignup {
    private final Transactions tx;
    private final SignupSteps steps;
    private final RiskEngine risk;
    private final Conversion conversion;
    private final SessionIssuer sessions;
    private final LoginPolicy loginPolicy;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public SubmitSignupService(Transactions tx, SignupSteps steps, RiskEngine risk, Conversion conversion, SessionIssuer sessions,
                        LoginPolicy loginPolicy, Auditor auditor, Ids ids, Clock clock) {
        this.tx = tx;
        this.steps = steps;
        this.risk = risk;
        this.conversion = conversion;
        this.sessions = sessions;
        this.loginPolicy = loginPolicy;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result submit(Command command) {
        return tx.inTransaction(() -> {
            Optional<PreUser> found = steps.current(command.signup());
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            if (!(found.get() instanceof PreUser.ProfileCompleted completed)) {
                return new Result.InvalidState(SignupViews.of(found.get()));
            }
            RiskAssessment assessment = risk.assess(new RiskInput(completed.profile().dateOfBirth(),
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), completed.facts().otpFailures(), completed.facts().phone()));
            Transition<PreUser> step = steps.apply(completed,
                    new PreUserEvent.Assess(assessment, UserId.of(ids.next()), clock.instant()));
            return switch (step.state()) {
                case PreUser.Converted converted -> approved(converted, command);
                case PreUser.UnderReview review -> {
                    auditor.record(AuditType.SIGNUP_REVIEW, command.signup(), Map.of("reasons", review.reasons().toString()));
                    yield new Result.UnderReview(SignupViews.of(review));
                }
                case PreUser.Rejected rejected -> {
                    auditor.record(AuditType.SIGNUP_REJECTED, command.signup(), Map.of("reasons", rejected.reasons().toString()));
                    yield new Result.Rejected(SignupViews.of(rejected));
                }
                case PreUser.Created other -> new Result.InvalidState(SignupViews.of(other));
                case PreUser.CredentialsSet other -> new Result.InvalidState(SignupViews.of(other));
                case PreUser.ProfileCompleted other -> new Result.InvalidState(SignupViews.of(other));
                case PreUser.Expired other -> new Result.InvalidState(SignupViews.of(other));
            };
        });
    }

    private Result approved(PreUser.Converted signup, Command command) {
        Conversion.Converted made = conversion.convert(signup);
        var tier = made.account().tier();
        var tokens = sessions.start(made.user().id(), tier, loginPolicy.scopesFor(Optional.of(made.account())),
                AssuranceLevel.AAL1, Set.of(AuthMethod.SMS), command.device(), command.key());
        auditor.record(AuditType.LOGIN_SUCCEEDED, made.user().id(), Map.of("acr", AssuranceLevel.AAL1.name()));
        return new Result.Approved(new LoginResult.Authenticated(tier, tokens));
    }
}
