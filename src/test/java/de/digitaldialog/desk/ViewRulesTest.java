package de.digitaldialog.desk;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The view rules fail when broken: each is checked on {@code archfixture}, a few classes that
 * break all of them on purpose (the real code is checked in {@link ArchitectureTest}).
 */
class ViewRulesTest {

    private static final String FIXTURE = "de.digitaldialog.desk.archfixture";

    static List<Function<String, ArchRule>> rules() {
        return List.of(ViewRules::noPackageCycles, ViewRules::onlyTheCompositionRootSeesTheWorkspace,
                ViewRules::controllersTalkToTheirViewModelOnly, ViewRules::onlyTheDialogServiceBuildsDialogs);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void failsOnCodeThatBreaksIt(Function<String, ArchRule> rule) {
        JavaClasses broken = new ClassFileImporter().importPackages(FIXTURE);
        assertThatThrownBy(() -> rule.apply(FIXTURE).check(broken)).isInstanceOf(AssertionError.class);
    }
}
