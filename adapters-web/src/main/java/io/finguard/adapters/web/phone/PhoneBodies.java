package io.finguard.adapters.web.phone;

import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.RequestBody;
import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.port.in.RecoveryView;
import java.util.regex.Pattern;

/** The JSON bodies of the phone-lifecycle routes. */
final class PhoneBodies {
    static final Pattern REGION = Pattern.compile("[A-Z]{2}");

    private PhoneBodies() {
    }

    record PhoneRequest(String phone, String region) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("phone", phone, 1, 32).optionalMatches("region", region, REGION, "an ISO 3166 alpha-2 code");
        }
    }

    record PhoneVerification(String challengeId, String code) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("challengeId", challengeId, 1, 64).text("code", code, 1, 16);
        }

        @Override
        public String toString() {
            return "PhoneVerification[" + challengeId + ", redacted]";
        }
    }

    record RecoveryRequest(String oldPhone, String region, String password, String documentType, String documentNumber)
            implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("oldPhone", oldPhone, 1, 32).optionalMatches("region", region, REGION, "an ISO 3166 alpha-2 code")
                    .text("password", password, 1, 1024)
                    .text("documentType", documentType, KycDocuments.FIELD).text("documentNumber", documentNumber, KycDocuments.FIELD);
        }

        @Override
        public String toString() {
            return "RecoveryRequest[redacted]";
        }
    }

    record RecoveryDecision(Boolean approve, String reason) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.present("approve", approve).text("reason", reason, 1, 200);
        }
    }

    /** Identical for every number the code was sent to: it carries no registration status. */
    record ChallengeBody(String challengeId, long expiresIn, long resendAfter) {
    }

    record ChangedBody(String phone, String coolingOffUntil, int sessionsEnded) {
    }

    record RecoveryBody(String recoveryId, String status, String expiresAt) {
        static RecoveryBody of(RecoveryView view) {
            return new RecoveryBody(view.id().toString(), view.status().name(), view.expiresAt().toString());
        }
    }
}
