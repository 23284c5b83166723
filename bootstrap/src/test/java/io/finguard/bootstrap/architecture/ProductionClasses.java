package io.finguard.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** FinGuard's main code from every module on the test class path, imported once (imports are slow). */
final class ProductionClasses {
    private static JavaClasses classes;

    private ProductionClasses() {
    }

    static synchronized JavaClasses all() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ProductionClasses::notATestJar)
                    .withImportOption(ProductionClasses::notTestSupport)
                    .importPackages("io.finguard");
        }
        return classes;
    }

    /**
     * DO_NOT_INCLUDE_TESTS knows target/test-classes but not the domain's test-jar (fixtures, contract tests), which
     * Maven puts on this class path as domain-*-tests.jar in a reactor build or from the local repository.
     */
    private static boolean notATestJar(Location location) {
        return !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar.*"));
    }

    /** The test-support module is test code that other modules' tests use: target/classes or test-support-*.jar. */
    private static boolean notTestSupport(Location location) {
        return !location.matches(java.util.regex.Pattern.compile(".*/test-support(/target/classes/|-[^/]*\\.jar).*"));
    }
}
