package com.trackingintegration.adapters.erp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What must be known of a CSV file of orders before any of its orders is imported: that it has the columns, that no
 * quote swallows the rest of the file, and which orders have rows apart from each other. An order whose rows are not
 * one after the other cannot be imported from its first rows alone (it would be placed without the items that come
 * later), so its every group of rows is rejected instead.
 *
 * <p>The scan keeps each order id of the file in memory (about 100 bytes an order), a JSON Lines file needs nothing.
 */
final class CsvOrdersScan {

    final Map<String, Integer> header;
    /** Orders whose rows are apart, with the first line of each group of rows. */
    final Map<String, List<Long>> scattered;

    private CsvOrdersScan(Map<String, Integer> header, Map<String, List<Long>> scattered) {
        this.header = header;
        this.scattered = scattered;
    }

    static CsvOrdersScan of(Path file) {
        try (BufferedReader text = InboxText.open(file, "ERP file")) {
            CsvRecords records = new CsvRecords(text);
            Map<String, Integer> header = header(file, records.next());
            int idColumn = header.get("erpOrderId");
            Set<String> done = new HashSet<>();
            Set<String> scattered = new HashSet<>();
            String current = null;
            Optional<CsvRecords.Row> row;
            while ((row = records.next()).isPresent()) {
                String id = CsvOrdersReader.valueAt(row.get(), idColumn);
                if (id.equals(current)) {
                    continue;
                }
                if (current != null && !current.isEmpty()) {
                    done.add(current);
                }
                current = id;
                if (done.contains(id)) {
                    scattered.add(id);
                }
            }
            return new CsvOrdersScan(header, firstLines(file, scattered));
        } catch (CsvRecords.UnclosedQuote unclosed) {
            throw refused(file, unclosed.getMessage() + ": the rest of the file would be read as one value");
        } catch (IOException e) {
            throw new UncheckedIOException("ERP file " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> header(Path file, Optional<CsvRecords.Row> row) {
        Map<String, Integer> header = new LinkedHashMap<>();
        List<String> names = row.map(CsvRecords.Row::values).orElse(List.of());
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(names.get(i), i);
        }
        List<String> missing = CsvOrdersReader.COLUMNS.keySet().stream()
                .filter(c -> !CsvOrdersReader.OPTIONAL.contains(c) && !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw refused(file, "its header lacks the columns " + missing);
        }
        return header;
    }

    /** For each scattered order, the first line of every group of its rows: a second pass, only when there are any. */
    private static Map<String, List<Long>> firstLines(Path file, Set<String> scattered) {
        if (scattered.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Long>> all = new HashMap<>();
        try (BufferedReader text = InboxText.open(file, "ERP file")) {
            CsvRecords records = new CsvRecords(text);
            int idColumn = header(file, records.next()).get("erpOrderId");
            String current = null;
            Optional<CsvRecords.Row> row;
            while ((row = records.next()).isPresent()) {
                String id = CsvOrdersReader.valueAt(row.get(), idColumn);
                if (!id.equals(current) && scattered.contains(id)) {
                    all.computeIfAbsent(id, k -> new ArrayList<>()).add(row.get().line());
                }
                current = id;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ERP file " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        return all;
    }

    private static IllegalStateException refused(Path file, String why) {
        return new IllegalStateException("ERP file " + file.getFileName() + " cannot be imported: " + why);
    }
}
