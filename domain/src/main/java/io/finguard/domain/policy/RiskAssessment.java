package io.finguard.domain.policy;

import java.util.List;

/** The risk gate's answer for a completed signup: approve, send to an operator, or reject. */
public sealed interface RiskAssessment {

    List<RiskReason> reasons();

    record Approve() implements RiskAssessment {
        @Override
        public List<RiskReason> reasons() {
            return List.of();
        }
    }

    record Review(List<RiskReason> reasons) implements RiskAssessment {
        public Review {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a review needs a reason");
            }
        }
    }

    record Reject(List<RiskReason> reasons) implements RiskAssessment {
        public Reject {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs a reason");
            }
        }
    }
}
