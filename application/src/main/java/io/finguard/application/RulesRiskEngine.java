package io.finguard.application;

import io.finguard.domain.policy.RiskAssessment;
import io.finguard.domain.policy.RiskInput;
import io.finguard.domain.policy.RiskRules;
import io.finguard.domain.port.out.RiskEngine;

/** The stub risk engine: the domain's rules, nothing else. A real engine would sit behind the same port. */
public final class RulesRiskEngine implements RiskEngine {
    private final RiskRules rules;

    public RulesRiskEngine(RiskRules rules) {
        this.rules = rules;
    }

    @Override
    public RiskAssessment assess(RiskInput input) {
        return rules.assess(input);
    }
}
