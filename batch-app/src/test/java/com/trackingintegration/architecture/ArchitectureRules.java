package com.trackingintegration.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The hexagon's rules, for a code base whose root package is {@code root}: {@code root.domain} (rules and ports),
 * {@code root.adapters.<system>} (one per external system), {@code root.http} (the HTTP plumbing the VTEX adapters
 * share), {@code root.calls} (calls' patience and observation, which the application configures) and
 * {@code root.batch} (the Spring Batch application) and {@code root.demo} (the demo's simulated VTEX and generated
 * merchant, no part of production).
 * Written once and applied both to the real code and to fixtures that break them, so no rule can pass vacuously.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static List<ArchRule> all(String root) {
        return List.of(domainDependsOnlyOnTheJdk(root), adaptersDoNotDependOnEachOther(root),
                adaptersDoNotDependOnTheApplication(root), onlyTheApplicationUsesSpringBatch(root),
                portsAreInterfaces(root), publicAdapterClassesImplementPorts(root), httpSupportKnowsNoDomain(root),
                theApplicationReachesAdaptersThroughPorts(root), theApplicationSpeaksNoHttp(root),
                theCallPolicyIsPlainJava(root), productionNeverDependsOnTheDemo(root), theDemoSimulatesVtexFromOutside(root));
    }

    static ArchRule domainDependsOnlyOnTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..", "")
                .because("the integration rules are plain Java: no Spring, Jackson, HTTP client or javax/jakarta, so they "
                        + "can be read, tested and kept for years without any framework");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapters.(*)..").should().notDependOnEachOther()
                .because("each adapter speaks to one system through the domain's ports; the application wires them");
    }

    static ArchRule adaptersDoNotDependOnTheApplication(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters..")
                .should().dependOnClassesThat().resideInAPackage(root + ".batch..")
                .because("adapters are plugged into the application, not the other way round");
    }

    /** The wiring ({@code batch.config}) picks each port's adapter; jobs, commands and stores name only the port. */
    static ArchRule theApplicationReachesAdaptersThroughPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".batch..").and().resideOutsideOfPackage(root + ".batch.config..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapters..")
                .because("a job or a command speaks the domain's ports; which adapter answers is the wiring's choice alone");
    }

    /**
     * The ports declare their failures in the domain's words (refused, access denied, unavailable), and the wiring
     * hands the adapters their patience and their observer as {@code root.calls} types: a job, a command or the wiring
     * that named an HTTP type would be written against one adapter's transport.
     */
    static ArchRule theApplicationSpeaksNoHttp(String root) {
        return noClasses().that().resideInAPackage(root + ".batch..")
                .should().dependOnClassesThat().resideInAPackage(root + ".http..")
                .because("what a port's call did is told by the exceptions the domain declares with its ports, not by HTTP types");
    }

    /** {@code root.calls}: what the application and the HTTP plumbing both speak of calls, so it knows neither. */
    static ArchRule theCallPolicyIsPlainJava(String root) {
        return classes().that().resideInAPackage(root + ".calls..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".calls..", "java..", "")
                .because("the application configures and observes calls through it without reaching the HTTP client");
    }

    /** The demo command ({@code batch.demo}) is the application's one door to the demo's world. */
    static ArchRule productionNeverDependsOnTheDemo(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".demo..", root + ".batch.demo..")
                .should().dependOnClassesThat().resideInAPackage(root + ".demo..")
                .because("the simulated VTEX and the generated merchant serve the demo and the benchmark; a job, an adapter or"
                        + " a command that named them would run against a simulation in production");
    }

    /**
     * The simulator answers as VTEX's specs say (its contract tests check it through the real adapters), so it is
     * written from outside: it may use the domain's types to generate orders, never an adapter's mapping or the HTTP
     * support, which would make it agree with our own reading of VTEX instead of VTEX's.
     */
    static ArchRule theDemoSimulatesVtexFromOutside(String root) {
        return noClasses().that().resideInAPackage(root + ".demo..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".adapters..", root + ".http..", root + ".calls..", root + ".batch..")
                .because("a simulator that borrowed the adapters' JSON would agree with them whatever VTEX says");
    }

    static ArchRule onlyTheApplicationUsesSpringBatch(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".batch..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.batch..")
                .because("jobs, steps and the job repository belong to batch-app alone");
    }

    /**
     * {@code root.http} is how the VTEX adapters talk HTTP (timeouts, retries, Retry-After, secret-free errors):
     * written and tested once instead of once per adapter. It is a library for them, so it knows nothing of the
     * integration: no domain, no adapter, no application.
     */
    static ArchRule httpSupportKnowsNoDomain(String root) {
        return noClasses().that().resideInAPackage(root + ".http..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".domain..", root + ".adapters..", root + ".batch..")
                .because("shared HTTP plumbing must stay a plain library that any adapter can use");
    }

    /** The failures a port declares (exceptions) live beside it; everything else there is an interface. */
    static ArchRule portsAreInterfaces(String root) {
        return classes().that().resideInAPackage(root + ".domain.port").and().areTopLevelClasses().and(areNot(Throwable.class))
                .should().beInterfaces()
                .because("a port is what the domain needs from outside, named for that need; adapters implement it");
    }

    static ArchRule publicAdapterClassesImplementPorts(String root) {
        return classes().that().resideInAPackage(root + ".adapters..").and().arePublic().and().areTopLevelClasses()
                .and().areNotRecords().and().areNotEnums().and().areNotInterfaces()
                .and(areNot(Throwable.class))
                .should(implementAPortOf(root))
                .because("an adapter's public face is the port it implements; its DTOs and mappers stay package-private");
    }

    private static DescribedPredicate<JavaClass> areNot(Class<?> type) {
        return DescribedPredicate.not(JavaClass.Predicates.assignableTo(type)).as("are not " + type.getSimpleName() + "s");
    }

    private static ArchCondition<JavaClass> implementAPortOf(String root) {
        String ports = root + ".domain.port";
        return new ArchCondition<>("implement a port of " + ports) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean implementsPort = item.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().equals(ports));
                if (!implementsPort) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is public and implements no port of " + ports));
                }
            }
        };
    }
}
