package io.onewindow.platform.test.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture every service keeps (README, "Inside a service"), checked in each service with
 * {@code @ArchTest static final ArchTests rules = ArchTests.in(OneWindowArchitecture.class);}.
 */
public final class OneWindowArchitecture {

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
}
