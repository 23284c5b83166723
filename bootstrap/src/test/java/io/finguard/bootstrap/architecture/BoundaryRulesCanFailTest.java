package io.finguard.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The rules are not vacuous: on small fixture trees under io.finguard.archfixture (test classes, so never part of
 * the production import) the same rule objects pass on clean code and fail on a violation or on an empty package.
 */
class BoundaryRulesCanFailTest {
    private static final String CLEAN = "io.finguard.archfixture.clean";
    private static final String LEAKY = "io.finguard.archfixture.leaky";

    private static JavaClasses fixture(String root) {
        return new ClassFileImporter().importPackages(root);
    }

    @Test
    void aRuleOverAMissingPackageFails() {
        assertThatThrownBy(() -> BoundaryRules.domainDependsOnlyOnJava("io.finguard.nosuchroot").check(fixture(CLEAN)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
        assertThatThrownBy(() -> BoundaryRules.adapterIsIsolated(CLEAN, "redis").check(fixture(CLEAN)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void domainRulePassesOnCleanCodeAndFailsOnADomainClassThatImportsAnAdapterType() {
        assertThatCode(() -> BoundaryRules.domainDependsOnlyOnJava(CLEAN).check(fixture(CLEAN)))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> BoundaryRules.domainDependsOnlyOnJava(LEAKY).check(fixture(LEAKY)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyPolicy")
                .hasMessageContaining("io.finguard.archfixture.leaky.adapters.web.WebRequest");
    }

    @Test
    void signatureRuleFailsOnAnAdapterTypeInADomainSignature() {
        assertThatCode(() -> BoundaryRules.coreSignaturesShowNoAdapterOrThirdPartyType(CLEAN).check(fixture(CLEAN)))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> BoundaryRules.coreSignaturesShowNoAdapterOrThirdPartyType(LEAKY).check(fixture(LEAKY)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyPolicy.decide(io.finguard.archfixture.leaky.adapters.web.WebRequest)");
    }

    @Test
    void adapterRuleFailsWhenOneAdapterUsesAnother() {
        assertThatCode(() -> BoundaryRules.adapterIsIsolated(CLEAN, "web").check(fixture(CLEAN)))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> BoundaryRules.adapterIsIsolated(LEAKY, "web").check(fixture(LEAKY)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.finguard.archfixture.leaky.adapters.redis.RedisCounter");
    }

    @Test
    void inPortRuleAllowsDomainValueTypesButNothingFromOutPorts() {
        assertThatCode(() -> BoundaryRules.inPortsDoNotDependOnOutPorts(CLEAN).check(fixture(CLEAN)))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> BoundaryRules.inPortsDoNotDependOnOutPorts(LEAKY).check(fixture(LEAKY)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.finguard.archfixture.leaky.domain.port.out.Accounts");
    }
}
