package io.finguard.application.signup;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.Transition;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserEvent;
import java.time.Clock;
import java.util.Optional;

/** Loads a signup under lock, ages it (abandonment), and applies events, saving every state change. */
public final class SignupSteps {
    private final PreUsers preUsers;
    private final Clock clock;

    public SignupSteps(PreUsers preUsers, Clock clock) {
        this.preUsers = preUsers;
        this.clock = clock;
    }

    /** The signup as it stands now (an abandoned one is marked EXPIRED first). Inside a transaction. */
    public Optional<PreUser> current(PreUserId id) {
        return preUsers.lock(id).map(this::aged);
    }

    /** The phone's live signup as it stands now; one that lapsed is marked EXPIRED and no longer counts. */
    public Optional<PreUser> liveByPhone(PhoneNumber phone) {
        return preUsers.lockLiveByPhone(phone).map(this::aged).filter(p -> !(p instanceof PreUser.Expired));
    }

    private PreUser aged(PreUser preUser) {
        return apply(preUser, new PreUserEvent.Tick(clock.instant())).state();
    }

    Transition<PreUser> apply(PreUser current, PreUserEvent event) {
        Transition<PreUser> step = current.on(event);
        if (step.changed()) {
            preUsers.update(step.state());
        }
        return step;
    }
}
