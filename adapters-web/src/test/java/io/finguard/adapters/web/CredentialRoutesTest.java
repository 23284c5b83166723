package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.port.in.ChangeCredentials;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** PUT /v1/me/credentials: each result of ChangeCredentials has one answer. */
class CredentialRoutesTest extends RouteTest {
    private final AtomicReference<ChangeCredentials.Command> seen = new AtomicReference<>();

    private TestApi.Response change(String body, ChangeCredentials.Result answer) {
        api.stubs.changeCredentials = command -> {
            seen.set(command);
            return answer;
        };
        return api.put("/v1/me/credentials", body, "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN));
    }

    @Test
    void aChangeEndsTheSessionsAndAnswersNoContent() {
        TestApi.Response response = change("{\"pin\":\"284619\"}", new ChangeCredentials.Result.Changed(2));
        assertThat(response.status()).isEqualTo(204);
        assertThat(seen.get().newPin()).contains("284619");
        assertThat(seen.get().newPassword()).isEmpty();
        assertThat(seen.get().caller().subject()).isEqualTo(Fixtures.USER);
    }

    @Test
    void aWeakSecretNamesItsField() {
        TestApi.Response response = change("{\"password\":\"password\"}", new ChangeCredentials.Result.Weak(WeakSecret.PASSWORD_COMMON));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("password_common");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
    }

    @Test
    void aStaleStepUpIsForbidden() {
        TestApi.Response response = change("{\"pin\":\"284619\"}", new ChangeCredentials.Result.StepUpRequired());
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("step_up_required");
    }

    @Test
    void tooManyHashingRequestsAre429RateLimitedNamingTheLimitWithTheClientPassedOn() {
        TestApi.Response response = change("{\"pin\":\"284619\"}",
                new ChangeCredentials.Result.Throttled(Limit.HASHING_SUBJECT, Duration.ofSeconds(90)));
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.code()).isEqualTo("rate_limited");
        assertThat(response.json().get("limit").asText()).isEqualTo("hashing_subject");
        assertThat(response.header("Retry-After")).contains("90");
        assertThat(seen.get().client()).isNotNull();
    }

    @Test
    void anEmptyChangeIsAValidationError() {
        TestApi.Response response = change("{}", new ChangeCredentials.Result.NothingToChange());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation_failed");
    }

    @Test
    void unknownFieldsAndMissingTokensNeverReachTheUseCase() {
        TestApi.Response extra = change("{\"pin\":\"284619\",\"tier\":\"FULL\"}", new ChangeCredentials.Result.Changed(1));
        assertThat(extra.status()).isEqualTo(400);
        assertThat(seen.get()).isNull();
        TestApi.Response anonymous = api.put("/v1/me/credentials", "{\"pin\":\"284619\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(seen.get()).isNull();
    }
}
