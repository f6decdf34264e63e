package de.digitaldialog.desk;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * How views are built (issue 9), as ArchUnit rules over a base package, so that
 * {@code ViewRulesTest} can show each of them failing on classes that break it on purpose.
 */
final class ViewRules {

    private static final String GENERATED = "store.generated";

    private ViewRules() {
    }

    /** No two packages depend on each other, directly or round about (jOOQ's generated code counts as one). */
    static ArchRule noPackageCycles(String base) {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.equals(base) && !name.startsWith(base + ".")) {
                    return SliceIdentifier.ignore();
                }
                String slice = name.equals(base) ? "(root)" : name.substring(base.length() + 1);
                return SliceIdentifier.of(slice.startsWith(GENERATED) ? GENERATED : slice);
            }

            @Override
            public String getDescription() {
                return "the packages of " + base;
            }
        }).should().beFreeOfCycles();
    }

    /** Only the window's start, the command line and the workspace itself see the composition root. */
    static ArchRule onlyTheCompositionRootSeesTheWorkspace(String base) {
        String root = base.replace(".", "\\.") + "\\.ui\\.(DeskApplication|DeskWindow)(\\$.*)?";
        return noClasses().that().resideOutsideOfPackages(base + ".workspace..", base + ".cli..")
                .and().haveNameNotMatching(root)
                .should().dependOnClassesThat().resideInAPackage(base + ".workspace..")
                .because("views get their services through their constructors");
    }

    /** A controller binds its view to its view model; the view model talks to the services. */
    static ArchRule controllersTalkToTheirViewModelOnly(String base) {
        return noClasses().that().resideInAPackage(base + ".ui..").and().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat(resideInAPackage(base + ".workspace..")
                        .or(resideInAPackage(base + ".service..").and(simpleNameEndingWith("Service"))))
                .because("only the view model calls the services");
    }

    /** Every dialog and file chooser comes from the dialog service. */
    static ArchRule onlyTheDialogServiceBuildsDialogs(String base) {
        return noClasses().that().resideOutsideOfPackage(base + ".ui.dialog..")
                .should().callConstructorWhere(target(owner(createsADialog())))
                .because("controllers ask the DialogService, which tests answer without a window");
    }

    private static DescribedPredicate<JavaClass> createsADialog() {
        return assignableTo(Dialog.class).or(assignableTo(FileChooser.class)).or(assignableTo(DirectoryChooser.class))
                .as("a Dialog, Alert or file chooser");
    }
}
