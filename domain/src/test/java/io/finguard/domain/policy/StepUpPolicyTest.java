package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.Tier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** L4: FULL tier and a new device need step-up where configured; recent failures always do. */
class StepUpPolicyTest {

    private static Set<StepUpReason> reasons(String list) {
        Set<StepUpReason> reasons = EnumSet.noneOf(StepUpReason.class);
        if (!list.isBlank()) {
            Arrays.stream(list.split(" ")).map(StepUpReason::valueOf).forEach(reasons::add);
        }
        return reasons;
    }

    @ParameterizedTest(name = "full-tier rule {0}, new-device rule {1}: {2}, known {3}, failures {4} -> [{5}]")
    @CsvSource(delimiter = '|', value = {
        "true  | true  | LIMITED | true  | false | ''",
        "true  | true  | FULL    | true  | false | FULL_TIER",
        "true  | true  | LIMITED | false | false | NEW_DEVICE",
        "true  | true  | LIMITED | true  | true  | RECENT_FAILURES",
        "true  | true  | FULL    | false | true  | FULL_TIER NEW_DEVICE RECENT_FAILURES",
        "false | true  | FULL    | true  | false | ''",
        "false | true  | FULL    | false | false | NEW_DEVICE",
        "true  | false | LIMITED | false | false | ''",
        "true  | false | FULL    | false | false | FULL_TIER",
        "false | false | FULL    | false | false | ''",
        "false | false | FULL    | false | true  | RECENT_FAILURES"
    })
    void eachFlagAddsItsReason(boolean forFull, boolean forNewDevice, Tier tier, boolean knownDevice, boolean recentFailures,
                               String expected) {
        assertThat(new StepUpPolicy(forFull, forNewDevice).reasons(tier, knownDevice, recentFailures)).isEqualTo(reasons(expected));
    }

    @ParameterizedTest(name = "defaults: {0}, known {1} -> [{2}]")
    @CsvSource(delimiter = '|', value = {
        "LIMITED | true  | ''",
        "FULL    | true  | FULL_TIER",
        "LIMITED | false | NEW_DEVICE"
    })
    void defaultsRequireStepUpForFullTierAndNewDevices(Tier tier, boolean knownDevice, String expected) {
        assertThat(StepUpPolicy.defaults().reasons(tier, knownDevice, false)).isEqualTo(reasons(expected));
    }
}
