package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.port.ErpOrderInbox;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads ERP orders from a CSV file with a header row, one row per item line; the consecutive rows of one
 * {@code erpOrderId} make one order. Each order is turned into the same JSON tree as a JSON Lines line and read by
 * the same code, so both formats give the same orders. The position saved is the number of data rows of the orders
 * fully read.
 */
final class CsvOrdersReader extends InboxFileReader {

    /** CSV column, and where its value goes in the JSON Lines form ("items[]" columns go in each row's item). */
    static final Map<String, String> COLUMNS = columns();
    /** Columns a header may leave out (added after the format was first published). */
    static final List<String> OPTIONAL = List.of("invoiceCourier");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private final Iterator<CSVRecord> records;
    private CSVRecord pending;

    CsvOrdersReader(Path file, long rowsAlreadyRead) {
        this(file, rowsAlreadyRead, open(file));
    }

    /** The header is row 1 of the file: rejects are kept up to the file line of the last order read. */
    private CsvOrdersReader(Path file, long rowsAlreadyRead, CSVParser parser) {
        super(file, new RejectsFile(file, rowsAlreadyRead + 1), parser);
        this.records = parser.iterator();
        while (position < rowsAlreadyRead && records.hasNext()) {
            records.next();
            position++;
        }
    }

    private static CSVParser open(Path file) {
        CSVParser parser;
        try {
            parser = FORMAT.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("ERP file " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        List<String> missing = COLUMNS.keySet().stream().filter(c -> !OPTIONAL.contains(c) && !parser.getHeaderMap().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            closeQuietly(parser);
            throw new IllegalStateException("ERP file " + file.getFileName() + " cannot be imported: its header lacks the columns " + missing);
        }
        return parser;
    }

    @Override
    public Optional<ErpOrderInbox.Line> next() {
        List<CSVRecord> rows = new ArrayList<>();
        if (pending == null && records.hasNext()) {
            pending = records.next();
        }
        if (pending == null) {
            return Optional.empty();
        }
        String orderId = pending.get("erpOrderId");
        while (pending != null && pending.get("erpOrderId").equals(orderId)) {
            rows.add(pending);
            pending = records.hasNext() ? records.next() : null;
        }
        position += rows.size();
        return Optional.of(line(rows));
    }

    private ErpOrderInbox.Line line(List<CSVRecord> rows) {
        long line = rows.get(0).getRecordNumber() + 1;
        List<FieldProblem> problems = new ArrayList<>();
        ObjectNode order = JSON.createObjectNode();
        ArrayNode items = order.putArray("items");
        for (CSVRecord row : rows) {
            ObjectNode item = items.addObject();
            for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
                String value = row.isMapped(column.getKey()) ? row.get(column.getKey()) : "";
                String path = column.getValue();
                if (path.startsWith("items[].")) {
                    item.put(path.substring("items[].".length()), value);
                } else if (row == rows.get(0)) {
                    put(order, path, value);
                } else if (!value.equals(valueOf(rows.get(0), column.getKey()))) {
                    problems.add(new FieldProblem(column.getKey(), "differs between the rows of order " + rows.get(0).get("erpOrderId")
                            + " (line " + line + ": '" + valueOf(rows.get(0), column.getKey()) + "', line " + (row.getRecordNumber() + 1) + ": '" + value + "')"));
                }
            }
        }
        if (order.path("route").path("date").asString("").isEmpty()) {
            order.remove("route");
        }
        return lineOf(line, problems.isEmpty() ? ErpOrderReading.read(order) : new ErpOrderReading.Result(Optional.empty(), problems));
    }

    private static String valueOf(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column) : "";
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

    private static void closeQuietly(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException ignored) {
            // the file is refused anyway; the refusal is what the operator needs to see
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
