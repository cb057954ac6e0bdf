package io.onewindow.platform.test.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;

/**
 * The architecture every service keeps ({@code docs/service-shape.md}), checked in each service with
 * {@code @ArchTest static final ArchTests rules = ArchTests.in(OneWindowArchitecture.class);}.
 */
public final class OneWindowArchitecture {

    /** The annotation that marks a use case (platform-spring), named so this module needs no Spring. */
    static final String USE_CASE = "io.onewindow.platform.service.UseCase";

    private OneWindowArchitecture() {}

    /** The domain is plain Java: no framework, database, broker or JSON types in it. */
    @ArchTest
    public static final ArchRule domainIsPlainJava = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "com.mongodb..",
                    "org.bson..",
                    "org.apache.kafka..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..",
                    "jakarta.servlet..")
            .because("aggregates and rules must be testable without infrastructure")
            .allowEmptyShould(true);

    /** Package by feature: no technical layers at the root of a service. */
    @ArchTest
    public static final ArchRule packagedByFeature = noClasses()
            .should()
            .resideInAnyPackage(
                    "io.onewindow.*.controller..", "io.onewindow.*.service..", "io.onewindow.*.repository..")
            .because("code is packaged by feature, each with its own web adapter")
            .allowEmptyShould(true);

    /** Domain exceptions never speak HTTP; the platform's advice maps them. */
    @ArchTest
    public static final ArchRule domainKnowsNoHttp = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.http..", "org.springframework.web..")
            .allowEmptyShould(true);

    /**
     * Feature packages do not depend on each other in a circle: one feature may use another's
     * use cases or domain, never both ways. The {@code config} package wires features and holds the
     * settings every feature reads, so dependencies on it are not part of a feature's graph.
     */
    @ArchTest
    public static final ArchRule noCyclesBetweenFeatures = slices().matching("io.onewindow.(*).(*)..")
            .namingSlices("$2 of $1")
            .should()
            .beFreeOfCycles()
            .ignoreDependency(alwaysTrue(), resideInAPackage("io.onewindow.*.config.."))
            .ignoreDependency(resideInAPackage("io.onewindow.*.config.."), alwaysTrue())
            .ignoreDependency(resideInAnyPackage("io.onewindow.platform.."), alwaysTrue())
            .allowEmptyShould(true);

    /**
     * Web adapters only call use cases: they translate HTTP to a use case's input and its result to a
     * view, and read domain types; they never reach a store, a document or MongoDB themselves.
     */
    @ArchTest
    public static final ArchRule webAdaptersOnlyCallUseCases = classes()
            .that()
            .resideInAPackage("io.onewindow.*.*.web..")
            .and()
            .resideOutsideOfPackage("io.onewindow.platform..")
            .should()
            .onlyDependOnClassesThat(resideInAnyPackage(
                            "..web..",
                            "..domain..",
                            "io.onewindow.*.config..",
                            "io.onewindow.platform..",
                            "java..",
                            "jakarta..",
                            "org.springframework.web..",
                            "org.springframework.http..",
                            "org.springframework.security..",
                            "org.springframework.format..",
                            "org.springframework.validation..",
                            "org.springframework.core.io..",
                            "org.springframework.util..",
                            "org.springframework.stereotype..",
                            "org.springframework.beans.factory.annotation..",
                            "org.springframework.data.domain..",
                            "io.swagger..",
                            "org.springdoc..",
                            "tools.jackson..",
                            "com.fasterxml.jackson..",
                            "org.slf4j..")
                    .or(useCaseOrPartOfOne()))
            .because("controllers call use cases, which own loading, deciding and saving")
            .allowEmptyShould(true);

    /** A class annotated {@code @UseCase}, or a type declared inside one (its inputs and results). */
    static DescribedPredicate<JavaClass> useCaseOrPartOfOne() {
        return new DescribedPredicate<>("are use cases or their nested types") {
            @Override
            public boolean test(JavaClass type) {
                for (Optional<JavaClass> current = Optional.of(type);
                        current.isPresent();
                        current = current.get().getEnclosingClass()) {
                    if (current.get().isAnnotatedWith(USE_CASE)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }
}
