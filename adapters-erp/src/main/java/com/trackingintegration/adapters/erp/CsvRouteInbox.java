package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.delivery.TrackingField;
import com.trackingintegration.domain.external.ErpField;
import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.port.RouteInbox;
import com.trackingintegration.domain.route.RouteAssignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Routes made outside VTEX Tracking for VTEX orders, from the {@code routes-*.csv} files the ERP (or the routing
 * tool through it) drops in the inbox. A file is read whole and set aside in {@code processed/} (refused: in
 * {@code failed/} with the reason); bad rows are kept in its rejects file, as for orders, and the rest is read.
 */
public final class CsvRouteInbox implements RouteInbox {

    static final String PREFIX = "routes-";
    static final List<String> COLUMNS = List.of("orderId", "invoiceNumber", "routeDate", "driver", "vehicle", "displacement",
            "startStreet", "startNumber", "startCity", "startPostalCode", "startState");
    private static final List<String> REQUIRED = List.of("orderId", "invoiceNumber", "routeDate", "driver", "displacement");
    /** The longest value of each column, where a longer one could not be sent to VTEX Tracking or kept. */
    private static final Map<String, Integer> LIMITS = Map.of("orderId", ErpField.omsOrderIdMaxLength(),
            "invoiceNumber", ErpField.INVOICE_NUMBER.maxLength(), "driver", TrackingField.ROUTE_CARRIER_USERNAME.maxLength(),
            "vehicle", TrackingField.ROUTE_VEHICLE_PLATE.maxLength(), "displacement", TrackingField.ROUTE_DISPLACEMENT_TYPE.maxLength());

    private static final Logger log = LoggerFactory.getLogger(CsvRouteInbox.class);

    private final InboxFolder folder;
    private final boolean readOnly;

    public CsvRouteInbox(ErpInboxSettings settings) {
        this.folder = new InboxFolder(settings, Clock.systemUTC());
        this.readOnly = settings.readOnly();
    }

    @Override
    public List<String> readyFiles() {
        return folder.ready(name -> name.toLowerCase(Locale.ROOT).startsWith(PREFIX) && name.toLowerCase(Locale.ROOT).endsWith(".csv")
                && !name.toLowerCase(Locale.ROOT).endsWith(RejectsFile.SUFFIX));
    }

    @Override
    public RouteFile read(String name) {
        Path file = folder.resolve(name);
        InboxFileCheck.check(file);
        List<RouteAssignment> routes = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        try (BufferedReader text = InboxText.open(file, "route file"); RejectsFile rejects = readOnly ? null : new RejectsFile(file, 0)) {
            CsvRecords records = new CsvRecords(text);
            List<String> names = records.next().map(CsvRecords.Row::values).orElse(List.of());
            Map<String, Integer> header = header(file, names);
            Optional<CsvRecords.Row> row;
            while ((row = records.next()).isPresent()) {
                List<FieldProblem> problems = new ArrayList<>();
                Optional<RouteAssignment> route = route(values(header, names.size(), row.get(), problems), problems);
                if (route.isPresent()) {
                    routes.add(route.get());
                } else {
                    if (rejects != null) {
                        rejects.add(row.get().line(), problems);
                    }
                    rejected.add(new RejectedRow(row.get().line(), problems));
                }
            }
        } catch (CsvRecords.UnclosedQuote unclosed) {
            throw new IllegalStateException("route file " + name + " cannot be imported: " + unclosed.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("route file " + name + " cannot be read: " + e.getMessage(), e);
        }
        log.info("route file {}: {} route(s), {} rejected row(s)", name, routes.size(), rejected.size());
        return new RouteFile(name, routes, rejected);
    }

    @Override
    public void markProcessed(String file) {
        if (readOnly) {
            log.info("route file {} read (dry run): left in the inbox", file);
            return;
        }
        folder.moveTo(InboxFolder.PROCESSED, file);
    }

    @Override
    public void markFailed(String file, String reason) {
        if (readOnly) {
            log.warn("route file {} would be refused (dry run, left in the inbox): {}", file, reason);
            return;
        }
        folder.writeBeside(folder.moveTo(InboxFolder.FAILED, file), ".error.txt", reason);
        log.warn("route file {} refused and moved to failed/: {}", file, reason);
    }

    private static Map<String, Integer> header(Path file, List<String> names) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(names.get(i), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("route file " + file.getFileName() + " cannot be imported: its header lacks the columns " + missing);
        }
        return header;
    }

    /** The row's values by column; a row that does not match the header is a problem, its values then unreliable. */
    private static Map<String, String> values(Map<String, Integer> header, int width, CsvRecords.Row row, List<FieldProblem> problems) {
        if (row.values().size() != width) {
            problems.add(new FieldProblem("(row)", "the row has " + row.values().size() + " values and the header " + width));
        }
        row.textAfterQuote().ifPresent(column -> problems.add(new FieldProblem("(row)", "text after the closing quote in value " + (column + 1))));
        Map<String, String> values = new HashMap<>();
        header.forEach((column, index) -> values.put(column, CsvOrdersReader.valueAt(row, index)));
        return values;
    }

    private static Optional<RouteAssignment> route(Map<String, String> row, List<FieldProblem> problems) {
        for (String required : REQUIRED) {
            if (row.get(required).isEmpty()) {
                problems.add(new FieldProblem(required, "missing"));
            }
        }
        LIMITS.forEach((column, max) -> {
            if (row.get(column).length() > max) {
                problems.add(new FieldProblem(column, "at most " + max + " characters, was " + row.get(column).length()));
            }
        });
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
