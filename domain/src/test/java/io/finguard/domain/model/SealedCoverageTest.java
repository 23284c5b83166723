package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The completeness check of the transition tables must itself be able to fail. */
class SealedCoverageTest {

    sealed interface Light permits Red, Green {
    }

    record Red() implements Light {
    }

    record Green() implements Light {
    }

    @Test
    void permittedListsEverySubtypeOfASealedType() {
        assertThat(SealedCoverage.permitted(Light.class)).containsExactlyInAnyOrder(Red.class, Green.class);
    }

    @Test
    void aTypeThatIsNotSealedIsRefusedBecauseItWouldCheckNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> SealedCoverage.permitted(Runnable.class));
    }

    @Test
    void productHasOneCombinationPerValuePair() {
        assertThat(SealedCoverage.product(List.of("a", "b"), List.of(1, 2, 3)))
                .hasSize(6)
                .contains(List.of("a", 1), List.of("b", 3));
    }

    @Test
    void anEmptyAxisIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SealedCoverage.product(List.of("a"), List.of()));
    }

    @Test
    void aTableWithoutARowForOneStateReportsExactlyThatCombination() {
        var required = SealedCoverage.product(SealedCoverage.permitted(Light.class), List.of("switch"));
        var covered = List.<List<Object>>of(List.of(Red.class, "switch"));

        assertThat(SealedCoverage.missing(required, covered)).containsExactly(List.of(Green.class, "switch"));
    }
}
