package io.onewindow.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The console's shape (docs/console.md): each desk is a feature package with one {@code <Feature>Calls}
 * class that knows the services' paths, and a {@code web} package of controllers that use it; the
 * gateway client and the shared web parts know no desk; desks do not use each other.
 */
@AnalyzeClasses(packages = "io.onewindow.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Controllers call the services only through their desk's Calls class. */
    @ArchTest
    static final ArchRule controllersDoNotCallTheGatewayThemselves = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.onewindow.console.gateway.ServiceGateway")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.web.client..");

    /** The gateway client and the shared web parts are below every desk. */
    @ArchTest
    static final ArchRule sharedPartsKnowNoDesk = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.onewindow.console.gateway..", "io.onewindow.console.config..", "io.onewindow.console.web")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.onewindow.console.board..",
                    "io.onewindow.console.workbench..",
                    "io.onewindow.console.inbox..",
                    "io.onewindow.console.inspection..",
                    "io.onewindow.console.admin..",
                    "io.onewindow.console.home..");

    /** No desk uses another desk. */
    @ArchTest
    static final ArchRule desksAreIndependent = slices().matching(
                    "io.onewindow.console.(board|workbench|inbox|inspection|admin|home)..")
            .should()
            .notDependOnEachOther();
}
