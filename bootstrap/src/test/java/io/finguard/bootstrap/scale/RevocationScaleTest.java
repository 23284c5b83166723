package io.finguard.bootstrap.scale;

import static io.finguard.bootstrap.scale.Client.bearer;
import static io.finguard.bootstrap.scale.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Immediate revocation across instances: after an operator blocks a person on instance A, their access token is
 * refused on B and C within 1 s (measured from the block's answer).
 */
@Tag("scale")
class RevocationScaleTest {
    private static ScaleSystem system;
    private static Journeys journeys;

    @BeforeAll
    static void up() {
        system = ScaleSystem.shared();
        journeys = new Journeys(system);
    }

    @Test
    void afterABlockOnOneInstanceTheAccessTokenFailsOnTheOthersWithinOneSecond() {
        Member member = journeys.signUp();
        for (int i = 1; i < ScaleSystem.INSTANCES; i++) {
            assertThat(me(member, i).status()).isEqualTo(200);
        }

        Journeys.expect(member.client().sendManagement(system.instance(0), "POST", "/v1/admin/users/" + member.userId() + "/block",
                json("reason", "scale test: revocation"), "Authorization", system.adminBearer()), 200);
        long blocked = System.nanoTime();

        long worst = 0;
        for (int i = 1; i < ScaleSystem.INSTANCES; i++) {
            while (me(member, i).status() == 200) {
                assertThat(Duration.ofNanos(System.nanoTime() - blocked)).isLessThan(Duration.ofSeconds(5));
                FinGuardProcess.sleep(10);
            }
            worst = Math.max(worst, System.nanoTime() - blocked);
        }
        assertThat(Duration.ofNanos(worst)).isLessThanOrEqualTo(Duration.ofSeconds(1));
        Figures.record("RevocationScaleTest", "access token refused on the other instances after a block", worst / 1e6, "ms",
                "block on instance a, polled on b and c every 10 ms");
    }

    private static Answer me(Member member, int i) {
        return member.client().send(system.instance(i), "GET", "/v1/me", null, "Authorization", bearer(member.accessToken()));
    }
}
