package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.port.ErpOrderInbox;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads ERP orders from a CSV file with a header row, one row per item line; the consecutive rows of one
 * {@code erpOrderId} make one order. Each order is turned into the same JSON tree as a JSON Lines line and read by
 * the same code, so both formats give the same orders. A row that cannot be read (fewer or more values than the
 * header, text after a closing quote) rejects its order, whose other rows alone would make a wrong order; the file
 * goes on. The position saved is the number of rows of the orders fully read.
 */
final class CsvOrdersReader extends InboxFileReader {

    /** CSV column, and where its value goes in the JSON Lines form ("items[]" columns go in each row's item). */
    static final Map<String, String> COLUMNS = columns();
    /** Columns a header may leave out (added after the format was first published). */
    static final List<String> OPTIONAL = List.of("invoiceCourier");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CsvOrdersScan scan;
    private final List<String> names;
    private final CsvRecords records;
    private final int idColumn;
    private CsvRecords.Row pending;

    /** The file is scanned whole first (columns, quotes, scattered orders): a file refused is refused before any order. */
    CsvOrdersReader(Path file, long rowsAlreadyRead, boolean writesRejects) {
        this(file, rowsAlreadyRead, CsvOrdersScan.of(file), InboxText.open(file, "ERP file"), writesRejects);
    }

    private CsvOrdersReader(Path file, long rowsAlreadyRead, CsvOrdersScan scan, BufferedReader text, boolean writesRejects) {
        super(file, text, writesRejects);
        this.scan = scan;
        this.names = List.copyOf(scan.header.keySet());
        this.idColumn = scan.header.get("erpOrderId");
        this.records = new CsvRecords(text);
        try {
            records.next();
            while (position < rowsAlreadyRead && records.next().isPresent()) {
                position++;
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        keepRejectsUpTo(records.linesRead());
    }

    static String valueAt(CsvRecords.Row row, int column) {
        return column < row.values().size() ? row.values().get(column) : "";
    }

    @Override
    public Optional<ErpOrderInbox.Line> next() {
        try {
            if (pending == null) {
                pending = records.next().orElse(null);
            }
            if (pending == null) {
                return Optional.empty();
            }
            String orderId = valueAt(pending, idColumn);
            List<CsvRecords.Row> rows = new ArrayList<>();
            do {
                rows.add(pending);
                pending = records.next().orElse(null);
            } while (pending != null && !orderId.isEmpty() && valueAt(pending, idColumn).equals(orderId));
            position += rows.size();
            return Optional.of(line(orderId, rows));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private ErpOrderInbox.Line line(String orderId, List<CsvRecords.Row> rows) {
        long line = rows.get(0).line();
        List<FieldProblem> problems = new ArrayList<>();
        for (CsvRecords.Row row : rows) {
            List<FieldProblem> shape = shapeOf(row);
            if (!shape.isEmpty() && row.line() != line) {
                rejectAt(row.line(), shape);
                problems.add(new FieldProblem("erpOrderId", "order " + orderId + " is not imported: its row on line " + row.line() + " cannot be read"));
            } else {
                problems.addAll(shape);
            }
        }
        if (scan.scattered.containsKey(orderId)) {
            problems.add(new FieldProblem("erpOrderId", "the rows of order " + orderId + " are not one after the other (they start on lines "
                    + scan.scattered.get(orderId).stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + "): the order is not imported; send its rows together"));
        }
        if (!problems.isEmpty()) {
            return lineOf(line, new ErpOrderReading.Result(Optional.empty(), problems));
        }
        return lineOf(line, order(rows, line));
    }

    /** What makes a row unreadable: its values do not match the header, or a quote is misplaced. */
    private List<FieldProblem> shapeOf(CsvRecords.Row row) {
        List<FieldProblem> problems = new ArrayList<>();
        int size = row.values().size();
        if (size < names.size()) {
            problems.add(new FieldProblem(names.get(size), "missing: the row ends after " + size + " values and the header has "
                    + names.size() + " (a comma or a value is missing)"));
        } else if (size > names.size()) {
            problems.add(new FieldProblem("(row)", "the row has " + size + " values and the header " + names.size()
                    + " (a comma too many, or a value with a comma that is not in quotes)"));
        }
        row.textAfterQuote().ifPresent(column -> problems.add(new FieldProblem(column < names.size() ? names.get(column) : "(row)",
                "text after the closing quote (a quote inside a quoted value is written twice: \"\")")));
        return problems;
    }

    private ErpOrderReading.Result order(List<CsvRecords.Row> rows, long line) {
        List<FieldProblem> problems = new ArrayList<>();
        ObjectNode order = JSON.createObjectNode();
        ArrayNode items = order.putArray("items");
        CsvRecords.Row first = rows.get(0);
        for (CsvRecords.Row row : rows) {
            ObjectNode item = items.addObject();
            for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
                String value = valueOf(row, column.getKey());
                String path = column.getValue();
                if (path.startsWith("items[].")) {
                    item.put(path.substring("items[].".length()), value);
                } else if (row == first) {
                    put(order, path, value);
                } else if (!value.equals(valueOf(first, column.getKey()))) {
                    problems.add(new FieldProblem(column.getKey(), "differs between the rows of order " + valueOf(first, "erpOrderId")
                            + " (line " + line + ": '" + PersonalData.shown(column.getKey(), valueOf(first, column.getKey())) + "', line "
                            + row.line() + ": '" + PersonalData.shown(column.getKey(), value) + "')"));
                }
            }
        }
        if (order.path("route").path("date").asString("").isEmpty()) {
            order.remove("route");
        }
        return problems.isEmpty() ? ErpOrderReading.read(order) : new ErpOrderReading.Result(Optional.empty(), problems);
    }

    private String valueOf(CsvRecords.Row row, String column) {
        Integer index = scan.header.get(column);
        return index == null ? "" : valueAt(row, index);
    }

    private UncheckedIOException unreadable(IOException e) {
        return new UncheckedIOException("ERP file " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
    }

    private static void put(ObjectNode root, String dottedPath, String value) {
        String[] parts = dottedPath.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        if (!value.isEmpty()) {
            node.put(parts[parts.length - 1], value);
        }
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("erpOrderId", "erpOrderId");
        columns.put("createdAt", "createdAt");
        for (String field : List.of("firstName", "lastName", "companyName", "document", "documentType", "email", "phone")) {
            columns.put(field, "customer." + field);
        }
        for (String field : List.of("receiverName", "street", "number", "complement", "neighborhood", "city", "state", "postalCode", "country")) {
            columns.put(field, "address." + field);
        }
        columns.put("sku", "items[].sku");
        columns.put("quantity", "items[].quantity");
        columns.put("unitPrice", "items[].unitPrice");
        columns.put("shippingSla", "shipping.sla");
        columns.put("shippingPrice", "shipping.price");
        for (String field : List.of("number", "series", "key", "issuedAt", "value", "url", "courier")) {
            columns.put("invoice" + Character.toUpperCase(field.charAt(0)) + field.substring(1), "invoice." + field);
        }
        for (String field : List.of("date", "driver", "vehicle", "displacement")) {
            columns.put("route" + Character.toUpperCase(field.charAt(0)) + field.substring(1), "route." + field);
        }
        return columns;
    }
}
