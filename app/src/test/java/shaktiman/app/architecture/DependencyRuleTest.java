package shaktiman.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verifies that dependencies point inward, that no package is part of a cycle, and that only the stdio transport and
 * the CLI's entry point touch the standard streams (STYLE: stdout is the MCP channel).
 */
class DependencyRuleTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("shaktiman");
    }

    @Test
    void core_dependsOnNoAdapterAndNoApp() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("shaktiman.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("shaktiman.adapters..", "shaktiman.app..");

        rule.check(classes);
    }

    @Test
    void ports_dependOnNoCoreService() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("shaktiman.core.port..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "shaktiman.core.daemon..",
                        "shaktiman.core.index..",
                        "shaktiman.core.query..",
                        "shaktiman.core.tools..");

        rule.check(classes);
    }

    @Test
    void adapters_doNotDependOnEachOther() {
        ArchRule rule = slices().matching("shaktiman.adapters.(*)..").should().notDependOnEachOther();

        rule.check(classes);
    }

    @Test
    void nothingOutsideApp_dependsOnApp() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("shaktiman.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("shaktiman.app..");

        rule.check(classes);
    }

    @Test
    void packages_areFreeOfCycles() {
        ArchRule rule = slices().matching("shaktiman.(**)").should().beFreeOfCycles();

        rule.check(classes);
    }

    @Test
    void nothing_usesJavaUtilLogging() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..");

        rule.check(classes);
    }

    @Test
    void onlyStdioTransportAndCliMain_touchTheStandardStreams() {
        ArchRule rule = noClasses()
                .that()
                .doNotHaveFullyQualifiedName("shaktiman.app.daemon.StdioTransport")
                .and()
                .doNotHaveFullyQualifiedName("shaktiman.app.ShaktimanMain")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "in")
                .orShould()
                .callMethod(System.class, "setOut", java.io.PrintStream.class)
                .orShould()
                .callMethod(System.class, "setIn", java.io.InputStream.class)
                .because("stdout is the MCP channel and one stray print breaks a session");

        rule.check(classes);
    }
}
