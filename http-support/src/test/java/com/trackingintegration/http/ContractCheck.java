package com.trackingintegration.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates every request an adapter sent to WireMock, and every answer WireMock gave, against one of VTEX's
 * OpenAPI specs. Where a spec is wrong, the test declares a {@link SpecMistake}: as narrow as possible, with why.
 */
public final class ContractCheck {

    private final Path spec;
    private final List<SpecMistake> mistakes;

    private ContractCheck(Path spec, List<SpecMistake> mistakes) {
        this.spec = spec;
        this.mistakes = List.copyOf(mistakes);
    }

    public static ContractCheck against(String specName, List<SpecMistake> mistakes) {
        return new ContractCheck(VtexContracts.spec(specName), mistakes);
    }

    /** Asserts that each request served so far, and its answer, follows the spec; returns how many were checked. */
    public int assertServedExchangesValid(WireMockExtension server) {
        return assertServedExchangesValid(server, path -> true);
    }

    /** The same for the requests whose path the spec covers (one server can stand for several VTEX APIs). */
    public int assertServedExchangesValid(WireMockExtension server, Predicate<String> paths) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (ServeEvent event : server.getAllServeEvents()) {
            if (paths.test(pathOf(event.getRequest().getUrl()))) {
                checked++;
                problems.addAll(problemsOf(event.getRequest(), event.getResponse().getStatus(), event.getResponse().getBodyAsString()));
            }
        }
        assertThat(problems).as("requests and answers that break " + spec.getFileName()).isEmpty();
        return checked;
    }

    List<String> problemsOf(LoggedRequest logged, int status, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (body != null && !body.isEmpty()) {
            response.withBody(body).withContentType("application/json");
        }
        String method = logged.getMethod().getName();
        String path = pathOf(logged.getUrl());
        ValidationReport report = Validators.of(spec).validate(request(logged), response.build());
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            boolean known = mistakes.stream().anyMatch(m -> m.covers(method, path, message.getKey(), message.getMessage()));
            if (message.getLevel() == ValidationReport.Level.ERROR && !known) {
                problems.add(method + " " + logged.getUrl() + " -> " + message.getKey() + ": " + message.getMessage());
            }
        }
        return problems;
    }

    private static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static Request request(LoggedRequest logged) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(logged.getMethod().getName(), pathOf(logged.getUrl()));
        for (HttpHeader header : logged.getHeaders().all()) {
            builder.withHeader(header.key(), header.values());
        }
        logged.getQueryParams().forEach((name, values) -> builder.withQueryParam(name, values.values()));
        if (logged.getBodyAsString() != null && !logged.getBodyAsString().isEmpty()) {
            builder.withBody(logged.getBodyAsString());
        }
        return builder.build();
    }

    /**
     * A place where a VTEX spec contradicts itself or the real API, so a correct exchange is reported anyway.
     *
     * @param method the HTTP method, or "*" for any
     * @param pathSuffix the end of the request path, or "" for any
     * @param key the validator's message key
     * @param containing text the message must contain, or "" for any
     * @param why the evidence: kept in the test, read by the next engineer
     */
    public record SpecMistake(String method, String pathSuffix, String key, String containing, String why) {

        /** VTEX's specs list few error answers; the resilience tests stub the ones every VTEX endpoint can give. */
        public static final SpecMistake UNLISTED_ERROR_STATUSES = new SpecMistake("*", "", "validation.response.status.unknown", "",
                "the specs list few error answers, while every VTEX endpoint can answer 401, 404, 429 and 5xx"
                        + " (VTEX's 'How to load test a store'); the resilience tests stub exactly those");

        boolean covers(String method, String path, String key, String message) {
            return ("*".equals(this.method) || this.method.equalsIgnoreCase(method)) && path.endsWith(pathSuffix)
                    && this.key.equals(key) && message.contains(containing);
        }
    }

    /** Parsing a 1.5 MB spec takes a while: one validator per spec for the whole test run. */
    private static final class Validators {
        private static final java.util.Map<Path, OpenApiInteractionValidator> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static OpenApiInteractionValidator of(Path spec) {
            return CACHE.computeIfAbsent(spec, s -> OpenApiInteractionValidator.createForSpecificationUrl(s.toUri().toString()).build());
        }
    }
}
