package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.RefusalCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every wire code is spelled once: the edge's own codes here, the domain's refusals in RefusalCode, none in both. */
class ProblemCodeTest {

    @Test
    void theEdgesCodesAndTheDomainsCodesAreDistinctSnakeCaseStrings() {
        List<String> all = new ArrayList<>();
        Arrays.stream(ProblemCode.values()).map(ProblemCode::code).forEach(all::add);
        Arrays.stream(RefusalCode.values()).map(RefusalCode::code).forEach(all::add);

        assertThat(all).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z]+(_[a-z]+)*"));
    }

    @Test
    void eachCodeIsItsConstantsNameInLowerCase() {
        assertThat(ProblemCode.values()).allMatch(code -> code.code().equals(code.name().toLowerCase(java.util.Locale.ROOT)));
    }
}
