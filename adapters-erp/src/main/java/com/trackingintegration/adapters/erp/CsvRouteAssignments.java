package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.port.RouteAssignments;
import com.trackingintegration.domain.route.RouteAssignment;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Routes made outside VTEX Tracking for native VTEX orders, from the {@code routes-*.csv} files the ERP (or the
 * routing tool through it) drops in the inbox. A later file's route for the same invoice replaces an earlier one.
 * Bad rows are kept in the file's rejects file, as for orders.
 */
public final class CsvRouteAssignments implements RouteAssignments {

    static final String PREFIX = "routes-";
    static final List<String> COLUMNS = List.of("orderId", "invoiceNumber", "routeDate", "driver", "vehicle", "displacement",
            "startStreet", "startNumber", "startCity", "startPostalCode", "startState");

    private static final Logger log = LoggerFactory.getLogger(CsvRouteAssignments.class);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private final InboxFolder folder;
    private Map<String, Map<String, RouteAssignment>> byOrder = Map.of();

    public CsvRouteAssignments(ErpInboxSettings settings) {
        this.folder = new InboxFolder(settings, Clock.systemUTC());
        refresh();
    }

    /** Reads the route files again (new ones may have arrived since). */
    public void refresh() {
        Map<String, Map<String, RouteAssignment>> routes = new HashMap<>();
        List<String> files = folder.ready(name -> name.toLowerCase(Locale.ROOT).startsWith(PREFIX) && name.toLowerCase(Locale.ROOT).endsWith(".csv"));
        for (String file : files) {
            read(folder.resolve(file), routes);
        }
        byOrder = routes;
        log.info("{} route assignment(s) read from {} route file(s)", routes.values().stream().mapToInt(Map::size).sum(), files.size());
    }

    @Override
    public List<RouteAssignment> forOrder(String orderId) {
        return List.copyOf(byOrder.getOrDefault(orderId, Map.of()).values());
    }

    private static void read(Path file, Map<String, Map<String, RouteAssignment>> routes) {
        InboxFileCheck.check(file);
        try (CSVParser parser = FORMAT.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             RejectsFile rejects = new RejectsFile(file, 0)) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("route file " + file.getFileName() + " cannot be read: its header lacks the columns " + missing);
            }
            for (CSVRecord row : parser) {
                List<FieldProblem> problems = new ArrayList<>();
                Optional<RouteAssignment> route = route(row, problems);
                if (route.isPresent()) {
                    routes.computeIfAbsent(route.get().orderId(), id -> new LinkedHashMap<>()).put(route.get().invoiceNumber(), route.get());
                } else {
                    rejects.add(row.getRecordNumber() + 1, problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("route file " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Optional<RouteAssignment> route(CSVRecord row, List<FieldProblem> problems) {
        for (String required : List.of("orderId", "invoiceNumber", "routeDate", "driver", "displacement")) {
            if (row.get(required).isEmpty()) {
                problems.add(new FieldProblem(required, "missing"));
            }
        }
        LocalDate date = null;
        try {
            date = row.get("routeDate").isEmpty() ? null : LocalDate.parse(row.get("routeDate"));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("routeDate", "must be a date (2026-11-21), was '" + row.get("routeDate") + "'"));
        }
        if (!row.get("startState").isEmpty() && !row.get("startState").matches("[A-Za-z]{2}")) {
            problems.add(new FieldProblem("startState", "must be a two-letter state (UF), was '" + row.get("startState") + "'"));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Optional<RouteAssignment.RouteStart> start = row.get("startStreet").isEmpty() ? Optional.empty()
                : Optional.of(new RouteAssignment.RouteStart(row.get("startStreet"), row.get("startNumber"), row.get("startCity"),
                row.get("startPostalCode"), row.get("startState").toUpperCase(Locale.ROOT)));
        return Optional.of(new RouteAssignment(row.get("orderId"), row.get("invoiceNumber"), date, row.get("driver"),
                Optional.of(row.get("vehicle")), row.get("displacement"), start));
    }
}
