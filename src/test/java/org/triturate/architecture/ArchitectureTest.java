package org.triturate.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/**
 * The package rules of the house: HTTP stays in {@code rest} packages, features depend on security, audit and common
 * but never the other way round nor on each other in a circle, and resources answer with views, not entities.
 */
@AnalyzeClasses(packages = "org.triturate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SECURITY = "org.triturate.security..";
    private static final String COMMON = "org.triturate.common..";
    private static final String LAUNCH = "org.triturate.launch..";
    private static final String AUDIT = "org.triturate.audit..";

    private static final DescribedPredicate<JavaClass> FEATURES = resideInAPackage("org.triturate.*..")
            .and(not(resideInAnyPackage(SECURITY, AUDIT, COMMON, LAUNCH)))
            .as("a feature package (org.triturate.<feature>.. other than security, audit, common, launch)");

    // Domain and use cases must stay usable without HTTP: only rest packages know rest types.
    @ArchTest
    static final ArchRule only_rest_packages_use_rest_packages = noClasses()
            .that()
            .resideOutsideOfPackage("..rest..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..rest..");

    @ArchTest
    static final ArchRule no_cycles_between_top_level_packages =
            slices().matching("org.triturate.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule features_then_security_then_common = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Main")
            .definedBy("org.triturate")
            .layer("Features")
            .definedBy(FEATURES)
            .layer("Security")
            .definedBy(SECURITY)
            .layer("Audit")
            .definedBy(AUDIT)
            .layer("Launch")
            .definedBy(LAUNCH)
            .layer("Common")
            .definedBy(COMMON)
            .whereLayer("Features")
            .mayOnlyBeAccessedByLayers("Features")
            .whereLayer("Security")
            .mayOnlyBeAccessedByLayers("Features")
            // Every change of a feature or of a user account is audited in its own transaction.
            .whereLayer("Audit")
            .mayOnlyBeAccessedByLayers("Features", "Security")
            .whereLayer("Launch")
            .mayOnlyBeAccessedByLayers("Main", "Features", "Security")
            .whereLayer("Common")
            .mayOnlyBeAccessedByLayers("Main", "Features", "Security", "Audit", "Launch");

    // A returned entity would make the JSON follow the table (and its lazy collections) instead of the contract.
    @ArchTest
    static final ArchRule resources_never_return_entities = methods()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat()
            .resideInAPackage("..rest..")
            .and()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Path.class)
            .should(notReturnAnEntity());

    /** Checks the raw return type and every type argument in it, so {@code List<Patient>} counts as well. */
    private static ArchCondition<JavaMethod> notReturnAnEntity() {
        return new ArchCondition<>("not return a JPA @Entity, also not as a type argument") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getReturnType().getAllInvolvedRawTypes().stream()
                        .filter(type -> type.isAnnotatedWith(Entity.class))
                        .forEach(entity -> events.add(SimpleConditionEvent.violated(
                                method,
                                method.getFullName() + " returns the entity " + entity.getName() + " in "
                                        + method.getSourceCodeLocation())));
            }
        };
    }
}
