package io.finguard.domain.port.out;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SimSwapStatus;
import java.time.Duration;

/**
 * Asks the mobile network whether a proven phone number moved to another SIM within {@code maxAge}. Never throws
 * for a network that cannot answer: that is {@link SimSwapStatus.Unknown}.
 */
public interface SimSwapCheck {

    SimSwapStatus check(PhoneNumber phone, Duration maxAge);
}
