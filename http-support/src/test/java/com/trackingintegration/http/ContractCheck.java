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
        List<String> problems = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            problems.addAll(problemsOf(event.getRequest(), event.getResponse().getStatus(), event.getResponse().getBodyAsString()));
        }
        assertThat(problems).as("requests and answers that break " + spec.getFileName()).isEmpty();
        return server.getAllServeEvents().size();
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
