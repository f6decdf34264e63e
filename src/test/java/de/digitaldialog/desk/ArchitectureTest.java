package de.digitaldialog.desk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final String BASE = "de.digitaldialog.desk";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                // not ArchUnit's DO_NOT_INCLUDE_TESTS: it knows only the folder name target/;
                // benchmarks (compiled into classes/ under -Pbench) may print their figures
                .withImportOption(location -> !location.contains("/test-classes/")
                        && !location.contains("/desk/bench/") && !location.contains("Benchmark"))
                .importPackages(BASE);
    }

    @Test
    void theDomainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".store..", BASE + ".service..",
                        BASE + ".ui..", BASE + ".cli..", BASE + ".i18n..")
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..")
                .check(classes);
    }

    @Test
    void storeAndServiceNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage(BASE + ".store..", BASE + ".service..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theStoreKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage(BASE + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".service..", BASE + ".ui..",
                        BASE + ".cli..")
                .check(classes);
    }

    @Test
    void uiAndCliGoThroughTheServicesOnly() {
        noClasses().that().resideInAnyPackage(BASE + ".ui..", BASE + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", BASE + ".store..")
                .check(classes);
    }

    @Test
    void theCommandLineAndTheWindowStayApart() {
        noClasses().that().resideInAPackage(BASE + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", "javafx..")
                .check(classes);
        noClasses().that().resideInAPackage(BASE + ".ui..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".cli..")
                .check(classes);
    }

    @Test
    void nothingWritesToTheConsoleExceptTheLauncherAndLogsGoThroughSlf4j() {
        noClasses().that().doNotHaveFullyQualifiedName(BASE + ".Launcher")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(classes);
    }

    @Test
    void noPackageDependsOnItselfRoundAbout() {
        ViewRules.noPackageCycles(BASE).check(classes);
    }

    @Test
    void onlyTheCompositionRootSeesTheWorkspace() {
        ViewRules.onlyTheCompositionRootSeesTheWorkspace(BASE).check(classes);
    }

    @Test
    void controllersTalkToTheirViewModelOnly() {
        ViewRules.controllersTalkToTheirViewModelOnly(BASE).check(classes);
    }

    @Test
    void onlyTheDialogServiceBuildsDialogs() {
        ViewRules.onlyTheDialogServiceBuildsDialogs(BASE).check(classes);
    }
}
