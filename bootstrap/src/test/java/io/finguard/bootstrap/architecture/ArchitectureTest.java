package io.finguard.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The module boundaries of architecture.md, checked on the main code of every module. Each test first insists that
 * the packages it guards hold classes: a rule over an empty or misspelt package would pass while checking nothing.
 * (Plain ArchUnit API inside JUnit tests: the ArchUnit JUnit 5 engine targets JUnit Platform 1.x, not 6.)
 */
class ArchitectureTest {
    private static final String ROOT = "io.finguard";
    static final List<String> ADAPTERS = BoundaryRules.ADAPTERS;

    private final JavaClasses classes = ProductionClasses.all();

    @Test
    void domainDependsOnlyOnJava() {
        check(BoundaryRules.domainDependsOnlyOnJava(ROOT), "domain");
    }

    @Test
    void applicationDependsOnlyOnDomainJavaAndLibphonenumber() {
        check(BoundaryRules.applicationDependsOnlyOnDomainJavaAndLibphonenumber(ROOT), "application");
    }

    @ParameterizedTest(name = "adapters.{0}")
    @FieldSource("ADAPTERS")
    void anAdapterDependsOnNoOtherAdapterNorOnApplicationOrBootstrap(String adapter) {
        check(BoundaryRules.adapterIsIsolated(ROOT, adapter), "adapters." + adapter);
    }

    @Test
    void noAdapterOrThirdPartyTypeAppearsInDomainOrApplicationSignatures() {
        check(BoundaryRules.coreSignaturesShowNoAdapterOrThirdPartyType(ROOT), "domain", "application");
    }

    @Test
    void outPortsDoNotDependOnInPorts() {
        check(BoundaryRules.outPortsDoNotDependOnInPorts(ROOT), "domain.port.out", "domain.port.in");
    }

    @Test
    void inPortsDoNotDependOnOutPorts() {
        check(BoundaryRules.inPortsDoNotDependOnOutPorts(ROOT), "domain.port.in", "domain.port.out");
    }

    @Test
    void noTwoMainTypesShareASimpleName() {
        // Two modules with a UseCases or a DatabaseSettings each forced fully qualified names where both meet.
        // jOOQ's generated classes are named after the tables (Users, Outbox) and only ever used as such.
        Map<String, List<String>> byName = classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(javaClass -> !javaClass.getSimpleName().equals("package-info"))
                .filter(javaClass -> !javaClass.getPackageName().startsWith(ROOT + ".adapters.persistence.jooq"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));

        assertThat(byName).as("top-level main types").isNotEmpty();
        assertThat(byName.values()).as("main types sharing a simple name")
                .allSatisfy(holders -> assertThat(holders).hasSize(1));
    }

    @Test
    void theImportHoldsMainCodeOnlyNotTheDomainTestFixtures() throws Exception {
        // Control: the fixtures are on this class path (domain test-jar), so their absence below is the filter's doing.
        Class.forName("io.finguard.domain.fixtures.MutableClock");
        Class.forName("io.finguard.testsupport.SharedPostgres");

        assertThat(classes.stream().map(JavaClass::getPackageName))
                .noneMatch(name -> name.startsWith(ROOT + ".domain.fixtures") || name.startsWith(ROOT + ".domain.contract")
                        || name.startsWith(ROOT + ".archfixture") || name.startsWith(ROOT + ".testsupport"));
    }

    private void check(ArchRule rule, String... guardedPackages) {
        for (String guarded : guardedPackages) {
            String name = ROOT + "." + guarded;
            assertThat(classes.stream().filter(javaClass -> javaClass.getPackageName().startsWith(name)))
                    .as("main classes in %s (a rule over an empty package would check nothing)", name)
                    .isNotEmpty();
        }
        rule.check(classes);
    }
}
