package io.finguard.domain.policy;

import java.util.List;

/** The risk gate's answer for a completed signup: approve, send to an operator, or reject. */
public sealed interface RiskAssessment {

    List<RiskReason> reasons();

    /** No risk found: the signup becomes a LIMITED account at once. */
    record Approve() implements RiskAssessment {
        @Override
        public List<RiskReason> reasons() {
            return List.of();
        }
    }

    /** Doubtful: an operator decides; the reasons say why. */
    record Review(List<RiskReason> reasons) implements RiskAssessment {
        public Review {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a review needs a reason");
            }
        }
    }

    /** Refused outright; the reasons say why. */
    record Reject(List<RiskReason> reasons) implements RiskAssessment {
        public Reject {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs a reason");
            }
        }
    }
}
