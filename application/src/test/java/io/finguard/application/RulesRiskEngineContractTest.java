package io.finguard.application;

import io.finguard.domain.contract.RiskEngineContract;
import io.finguard.domain.policy.RiskRules;
import io.finguard.domain.port.out.RiskEngine;
import java.util.List;

/** The rules-based risk engine keeps the RiskEngine contract with its default rules and no denylist. */
class RulesRiskEngineContractTest extends RiskEngineContract {

    @Override
    protected RiskEngine engine() {
        return new RulesRiskEngine(RiskRules.defaults(List.of()));
    }
}
