package io.finguard.domain.port.out;

import io.finguard.domain.policy.RiskAssessment;
import io.finguard.domain.policy.RiskInput;

/** The risk gate of signup (S4): approve, review or reject a completed profile. */
public interface RiskEngine {
    RiskAssessment assess(RiskInput input);
}
