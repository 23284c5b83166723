package io.finguard.adapters.web.session;

import io.finguard.adapters.web.ApiMetrics;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.signup.SignupBody;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.token.IssuedToken;
import java.time.Clock;
import java.util.List;

/** The one place a {@link LoginResult} becomes an HTTP answer (verify, step-up, signup approval, refresh). */
public final class LoginReplies {
    static final String AUTHENTICATED = "AUTHENTICATED";
    private final Clock clock;
    private final ApiMetrics metrics;

    public LoginReplies(Clock clock, ApiMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
    }

    public Reply reply(int successStatus, LoginResult login) {
        return switch (login) {
            case LoginResult.Authenticated ok -> {
                metrics.login(AUTHENTICATED);
                yield Reply.json(successStatus, authenticated(ok));
            }
            case LoginResult.StepUpRequired stepUp -> {
                metrics.login("STEP_UP_REQUIRED");
                yield Reply.json(successStatus, new LoginBody("STEP_UP_REQUIRED", stepUp.tier().name(), "STEP_UP", null,
                        stepUp.ticket().value(), LoginBody.secondsUntil(stepUp.ticket().expiresAt(), clock.instant()), null,
                        stepUp.passwordOnly() ? List.of("password") : List.of("pin", "password"),
                        stepUp.releaseTicket().map(IssuedToken::value).orElse(null)));
            }
            case LoginResult.OnboardingRequired onboarding -> {
                metrics.login("ONBOARDING_REQUIRED");
                yield Reply.json(successStatus, new LoginBody("ONBOARDING_REQUIRED", null,
                        onboarding.signup().nextStep().name(), null, onboarding.ticket().value(),
                        LoginBody.secondsUntil(onboarding.ticket().expiresAt(), clock.instant()),
                        SignupBody.of(onboarding.signup())));
            }
            case LoginResult.Denied denied -> {
                metrics.login("DENIED");
                yield Reply.problem(403, denied.reason().code(), "This login is not allowed.");
            }
        };
    }

    LoginBody authenticated(LoginResult.Authenticated ok) {
        return new LoginBody(AUTHENTICATED, ok.tier().name(), "NONE", LoginBody.Tokens.of(ok.tokens(), clock.instant()),
                null, null, null);
    }
}
