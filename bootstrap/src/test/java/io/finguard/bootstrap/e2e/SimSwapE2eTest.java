package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.telco.CamaraFake;
import io.finguard.domain.fixtures.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SIM-swap signal over HTTP, with the real CAMARA adapter asking a local operator that follows the published
 * spec (OAuth2 client credentials, /check and /retrieve-date), on PostgreSQL and Redis: a swap inside the window
 * makes the password the only second factor and holds transfers until the window ends; an operator that cannot
 * answer fails safe.
 */
class SimSwapE2eTest {
    private static final MutableClock CLOCK = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static CamaraFake operator;
    private static E2eStack stack;

    @BeforeAll
    static void aServiceAskingALocalOperator() throws IOException {
        operator = new CamaraFake(CLOCK);
        stack = E2eStack.onClock(CLOCK, Map.of(
                "FINGUARD_SIM_SWAP_PROVIDER", "camara",
                "FINGUARD_SIM_SWAP_CAMARA_API_ROOT", operator.base().resolve("/sim-swap/v1").toString(),
                "FINGUARD_SIM_SWAP_CAMARA_TOKEN_URL", operator.base().resolve("/oauth2/token").toString(),
                "FINGUARD_SIM_SWAP_CAMARA_CLIENT_ID", CamaraFake.CLIENT_ID,
                "FINGUARD_SIM_SWAP_CAMARA_CLIENT_SECRET", CamaraFake.CLIENT_SECRET,
                "FINGUARD_SIM_SWAP_CAMARA_SCOPE", CamaraFake.SCOPE,
                "FINGUARD_SIM_SWAP_CACHE_SECONDS", "0"));
    }

    @AfterAll
    static void stopIt() {
        stack.close();
        operator.close();
    }

    private static ApiResponse stepUp(Onboarding onboarding, Member member, String method, String secret) {
        return onboarding.api().post("/v1/auth/step-up", json("method", method, "secret", secret), "Authorization",
                bearer(member.accessToken()));
    }

    /** Strongly authenticated with the PIN when the payment needs it (issue 13); the SIM-swap rules answer first. */
    private static ApiResponse transfer(Onboarding onboarding, Member from, Member to, String key) {
        return new Payments(onboarding.api()).pay(from, to.phone(), 100, key);
    }

    @Test
    void aSimSwapForcesAPasswordStepUpAndBlocksTransfersUntilTheWindowEnds() {
        Onboarding onboarding = stack.onboarding();
        Member ada = onboarding.upgradeToFull(onboarding.signUp("ada-phone"));
        onboarding.fund(ada, 10_000);
        Member bob = onboarding.signUp();
        operator.swapped(ada.phone(), CLOCK.instant().minus(Duration.ofHours(2)));

        assertProblem(stepUp(onboarding, ada, "pin", ada.pin()), 403, "password_required");
        Member strong = ada.withTokensOf(Onboarding.expect(stepUp(onboarding, ada, "password", ada.password()), 200).json());
        assertProblem(transfer(onboarding, strong, bob, "swap-1"), 403, "sim_swap_hold");

        Onboarding.awaitResendAllowed(ada.lastCodeSentAt());
        ApiResponse newDevice = Onboarding.expect(onboarding.verify(onboarding.requestCode(ada.phone()), "thief-phone"), 200);
        assertThat(newDevice.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
        assertThat(newDevice.json().get("stepUpMethods").toString()).isEqualTo("[\"password\"]");
        assertThat(newDevice.json().has("releaseTicket")).isFalse();

        ApiResponse audit = Onboarding.expect(onboarding.operator().get("/v1/admin/audit?subject=" + ada.userId() + "&limit=200",
                "Authorization", onboarding.adminBearer()), 200);
        List<String> types = new ArrayList<>();
        audit.json().get("items").forEach(item -> types.add(item.get("type").asText()));
        assertThat(types).contains("SIM_SWAP_DETECTED", "TRANSFER_DENIED");

        // 71 hours later the window (72 h after the swap) is over: a fresh PIN step-up pays again.
        CLOCK.advance(Duration.ofHours(71));
        Member later = strong.withTokensOf(Onboarding.expect(onboarding.refresh(strong.refreshToken()), 200).json());
        later = later.withTokensOf(Onboarding.expect(stepUp(onboarding, later, "pin", ada.pin()), 200).json());
        assertThat(Onboarding.expect(transfer(onboarding, later, bob, "swap-2"), 201).text("/amount/minor")).isEqualTo("100");
    }

    @Test
    void anOperatorThatCannotAnswerFailsSafe() {
        Onboarding onboarding = stack.onboarding();
        Member ada = onboarding.upgradeToFull(onboarding.signUp());
        onboarding.fund(ada, 10_000);
        Member bob = onboarding.signUp();
        Member byPin = onboarding.stepUp(ada);
        operator.fail(ada.phone(), 503);

        assertProblem(stepUp(onboarding, byPin, "pin", ada.pin()), 403, "password_required");
        assertProblem(transfer(onboarding, byPin, bob, "unknown-1"), 403, "password_required");
        Member byPassword = byPin.withTokensOf(Onboarding.expect(stepUp(onboarding, byPin, "password", ada.password()), 200).json());
        Onboarding.expect(transfer(onboarding, byPassword, bob, "unknown-2"), 201);
    }

    @Test
    void theOperatorIsNotAskedBeforeThePhoneIsProven() {
        Onboarding onboarding = stack.onboarding();
        Member ada = onboarding.signUp("ada-phone");
        Onboarding.awaitResendAllowed(ada.lastCodeSentAt());
        int before = operator.apiCalls();

        Challenge challenge = onboarding.requestCode(ada.phone());
        assertProblem(onboarding.verify(challenge, "000000".equals(challenge.code()) ? "000001" : "000000", "new-phone"), 401,
                "otp_invalid");
        assertThat(operator.apiCalls()).isEqualTo(before);
        Onboarding.expect(onboarding.verify(challenge, "new-phone"), 200);
        assertThat(operator.apiCalls()).isGreaterThan(before);
    }
}
