package io.finguard.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The dependency rules of architecture.md as ArchUnit rules over a root package, so the same rule that guards
 * {@code io.finguard} can be shown to fail on a violating fixture tree. Every rule fails when it matches no class.
 */
final class BoundaryRules {
    static final List<String> ADAPTERS = List.of("web", "persistence", "redis", "crypto", "telco");

    private BoundaryRules() {
    }

    static ArchRule domainDependsOnlyOnJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..")
                .allowEmptyShould(false);
    }

    static ArchRule applicationDependsOnlyOnDomainJavaAndLibphonenumber(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".application..", root + ".domain..",
                        "java..", "com.google.i18n.phonenumbers..")
                .allowEmptyShould(false);
    }

    /** An adapter knows the domain (its ports) and its own technology, never another adapter or the wiring. */
    static ArchRule adapterIsIsolated(String root, String adapter) {
        String[] forbidden = Stream.concat(
                        ADAPTERS.stream().filter(other -> !other.equals(adapter)).map(o -> root + ".adapters." + o + ".."),
                        Stream.of(root + ".application..", root + ".bootstrap.."))
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + ".adapters." + adapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .as("adapter '" + adapter + "' depends on no other adapter, nor on application or bootstrap")
                .allowEmptyShould(false);
    }

    /** The public face of domain and application speaks only Java and FinGuard's own types. */
    static ArchRule coreSignaturesShowNoAdapterOrThirdPartyType(String root) {
        return classes().that().resideInAnyPackage(root + ".domain..", root + ".application..").and().arePublic()
                .should(exposeOnlyTypesFrom(root + ".domain.", root + ".application.", "java."))
                .allowEmptyShould(false);
    }

    static ArchRule outPortsDoNotDependOnInPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".domain.port.out..")
                .should().dependOnClassesThat().resideInAPackage(root + ".domain.port.in..")
                .allowEmptyShould(false);
    }

    /** In-ports and out-ports meet only in application: no in-port type names anything in port.out. */
    static ArchRule inPortsDoNotDependOnOutPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".domain.port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".domain.port.out..")
                .allowEmptyShould(false);
    }

    private static ArchCondition<JavaClass> exposeOnlyTypesFrom(String... allowedPrefixes) {
        return new ArchCondition<>("expose only types from " + String.join(", ", allowedPrefixes)
                + " in public and protected signatures") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (String leak : leaks(javaClass, allowedPrefixes)) {
                    events.add(SimpleConditionEvent.violated(javaClass, leak));
                }
            }
        };
    }

    private static List<String> leaks(JavaClass javaClass, String[] allowedPrefixes) {
        List<String> leaks = new ArrayList<>();
        Stream.concat(javaClass.getRawSuperclass().stream(), javaClass.getRawInterfaces().stream())
                .filter(type -> notAllowed(type, allowedPrefixes))
                .forEach(type -> leaks.add(javaClass.getName() + " extends or implements " + type.getName()));
        for (JavaMember member : javaClass.getMembers()) {
            if (!isVisible(member.getModifiers())) {
                continue;
            }
            for (JavaClass type : signatureTypes(member)) {
                if (notAllowed(type, allowedPrefixes)) {
                    leaks.add(member.getFullName() + " exposes " + type.getName());
                }
            }
        }
        return leaks;
    }

    private static List<JavaClass> signatureTypes(JavaMember member) {
        List<JavaClass> types = new ArrayList<>();
        if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit codeUnit) {
            types.addAll(codeUnit.getReturnType().getAllInvolvedRawTypes());
            codeUnit.getParameterTypes().forEach(type -> types.addAll(type.getAllInvolvedRawTypes()));
            types.addAll(codeUnit.getThrowsClause().getTypes());
        }
        return types;
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static boolean notAllowed(JavaClass type, String[] allowedPrefixes) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        return !base.isPrimitive() && Stream.of(allowedPrefixes).noneMatch(base.getName()::startsWith);
    }
}
