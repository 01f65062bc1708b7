package com.trackingintegration.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Date;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME;

/** The production code of every module, checked against the architecture (batch-app sees all modules). */
class ArchitectureTest {

    static final String ROOT = "com.trackingintegration";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionCode() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    /** Every rule of the hexagon, one test each, named by what it protects. */
    @TestFactory
    Stream<DynamicTest> the_hexagon_holds() {
        return ArchitectureRules.all(ROOT).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(production)));
    }

    @Test
    void general_coding_rules() {
        ArchRule consoleOnlyInTheOperatorCommands = noClasses()
                .that().doNotHaveFullyQualifiedName(ROOT + ".batch.cli.OperatorCommandsConfiguration")
                .and().doNotHaveFullyQualifiedName(ROOT + ".batch.TrackingIntegrationApplication")
                .should(ACCESS_STANDARD_STREAMS)
                .because("the operator's console is one PrintStream, handed out by the entry point and the commands'"
                        + " configuration; everything else logs");
        consoleOnlyInTheOperatorCommands.check(production);
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(production);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(production);
        NO_CLASSES_SHOULD_USE_JODATIME.check(production);
        NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(production);
        noClasses().should().dependOnClassesThat().areAssignableTo(Date.class).because("java.time says what it means").check(production);
    }
}
