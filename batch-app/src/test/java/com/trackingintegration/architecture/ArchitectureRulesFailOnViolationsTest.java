package com.trackingintegration.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule, applied to a fixture package that breaks it, reports the violation: a rule that cannot fail would
 * guard nothing. The fixtures live under {@code architecture.fixtures.<case>}, laid out like the real code.
 */
class ArchitectureRulesFailOnViolationsTest {

    private static final String FIXTURES = "com.trackingintegration.architecture.fixtures.";

    private static EvaluationResult evaluate(String fixture, Function<String, ArchRule> rule) {
        String root = FIXTURES + fixture;
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        assertThat(classes).as("fixture classes of " + root).isNotEmpty();
        return rule.apply(root).evaluate(classes);
    }

    @Test
    void a_domain_class_using_spring_breaks_the_domain_rule() {
        EvaluationResult result = evaluate("domainwithspring", ArchitectureRules::domainDependsOnlyOnTheJdk);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("org.springframework");
    }

    @Test
    void an_adapter_calling_another_adapter_breaks_the_adapter_rule() {
        EvaluationResult result = evaluate("adapterstalking", ArchitectureRules::adaptersDoNotDependOnEachOther);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("adapters.tracking.TrackingThing");
    }

    @Test
    void an_adapter_calling_the_application_breaks_the_application_rule() {
        assertThat(evaluate("adapterusingapp", ArchitectureRules::adaptersDoNotDependOnTheApplication).hasViolation()).isTrue();
    }

    @Test
    void a_command_calling_an_adapter_breaks_the_port_rule_of_the_application() {
        EvaluationResult result = evaluate("jobusingadapter", ArchitectureRules::theApplicationReachesAdaptersThroughPorts);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("ConfigureFeedCommand");
    }

    @Test
    void a_writer_catching_an_http_exception_breaks_the_no_http_rule_of_the_application() {
        EvaluationResult result = evaluate("jobcatchinghttp", ArchitectureRules::theApplicationSpeaksNoHttp);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("StatusWriter");
    }

    @Test
    void a_call_policy_naming_the_http_client_breaks_its_plain_java_rule() {
        EvaluationResult result = evaluate("callswithhttp", ArchitectureRules::theCallPolicyIsPlainJava);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Patience");
    }

    @Test
    void a_reader_naming_the_demo_catalog_breaks_the_demo_rule_of_production() {
        EvaluationResult result = evaluate("demoinproduction", ArchitectureRules::productionNeverDependsOnTheDemo);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("OrderReader");
    }

    @Test
    void a_simulator_borrowing_an_adapters_json_breaks_the_outside_rule_of_the_demo() {
        EvaluationResult result = evaluate("demousingadapter", ArchitectureRules::theDemoSimulatesVtexFromOutside);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("SimulatedOms");
    }

    @Test
    void spring_batch_outside_the_application_breaks_the_batch_rule() {
        EvaluationResult result = evaluate("batchinadapter", ArchitectureRules::onlyTheApplicationUsesSpringBatch);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("org.springframework.batch");
    }

    @Test
    void a_port_that_is_a_class_breaks_the_port_rule() {
        assertThat(evaluate("portasclass", ArchitectureRules::portsAreInterfaces).hasViolation()).isTrue();
    }

    @Test
    void a_public_adapter_class_without_a_port_breaks_the_implementation_rule() {
        EvaluationResult result = evaluate("adapterwithoutport", ArchitectureRules::publicAdapterClassesImplementPorts);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("PublicClient is public and implements no port");
    }

    @Test
    void http_support_using_the_domain_breaks_the_library_rule() {
        assertThat(evaluate("httpwithdomain", ArchitectureRules::httpSupportKnowsNoDomain).hasViolation()).isTrue();
    }

    @Test
    void the_same_fixtures_laid_out_correctly_pass_every_rule() {
        String root = FIXTURES + "clean";
        JavaClasses classes = new ClassFileImporter().importPackages(root);

        ArchitectureRules.all(root).forEach(rule -> assertThat(rule.evaluate(classes).hasViolation()).as(rule.getDescription()).isFalse());
    }
}
