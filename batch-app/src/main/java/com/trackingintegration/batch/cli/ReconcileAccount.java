package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.reconcile.ReconcileJobConfiguration;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.batch.store.JdbcOutcomes.Row;
import com.trackingintegration.domain.reconcile.Category;
import org.springframework.batch.core.job.JobExecution;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A reconcile run's own part of its report: what a person must act on, first, then the one line that accounts for
 * every order of the window, each in the category of its worst invoice ({@link Category#worstOf}).
 */
final class ReconcileAccount {

    static final int ATTENTION_LINES = 20;
    /** The last line's order: how the issue, and the operators, read it. */
    private static final List<Category> LINE = List.of(Category.IN_TRACKING, Category.SKIPPED_BY_RULE, Category.REJECTED, Category.DEFERRED,
            Category.FIXED_NOW, Category.NEEDS_ATTENTION);

    private final List<Row> rows;
    private final boolean dryRun;

    private ReconcileAccount(List<Row> rows, boolean dryRun) {
        this.rows = List.copyOf(rows);
        this.dryRun = dryRun;
    }

    static boolean isReconcile(JobExecution execution) {
        return ReconcileJobConfiguration.JOB.equals(execution.getJobInstance().getJobName());
    }

    static boolean dryRun(JobExecution execution) {
        return DryRun.of(execution);
    }

    static ReconcileAccount of(JobExecution execution, List<Row> rows) {
        return new ReconcileAccount(rows, dryRun(execution));
    }

    static Category category(Outcome outcome) {
        return switch (outcome) {
            case IN_TRACKING -> Category.IN_TRACKING;
            case SKIPPED -> Category.SKIPPED_BY_RULE;
            case REJECTED -> Category.REJECTED;
            case DEFERRED -> Category.DEFERRED;
            case ATTENTION -> Category.NEEDS_ATTENTION;
            case IMPORTED, REMOVED, WOULD_IMPORT, WOULD_REMOVE, WOULD_RESEND -> Category.FIXED_NOW;
        };
    }

    /** A real run that recorded something a person must act on (a dry run only predicts). */
    boolean needsAttention() {
        return !dryRun && rows.stream().anyMatch(row -> row.outcome() == Outcome.ATTENTION);
    }

    void printAttention(long executionId, PrintStream out) {
        List<Row> attention = rows.stream().filter(row -> row.outcome() == Outcome.ATTENTION).toList();
        attention.stream().limit(ATTENTION_LINES).forEach(row -> out.println("  ATTENTION order " + row.orderId()
                + (row.invoiceNumber().isEmpty() ? "" : " invoice " + row.invoiceNumber()) + " " + row.reason() + ": " + row.detail()));
        if (attention.size() > ATTENTION_LINES) {
            out.println("  ... and " + (attention.size() - ATTENTION_LINES) + " more: report " + executionId + " --orders");
        }
    }

    /** {@code N invoiced orders: a in Tracking, b skipped by rule, ...}: a+...+f = N, each order once. */
    String lastLine() {
        Map<Category, Long> orders = byOrder();
        return orders.values().stream().mapToLong(Long::longValue).sum() + " invoiced orders: " + LINE.stream()
                .map(category -> orders.get(category) + " " + words(category)).collect(Collectors.joining(", "));
    }

    String json() {
        Map<Category, Long> orders = byOrder();
        return String.format(Locale.ROOT, "{\"orders\":%d,\"dryRun\":%s,", orders.values().stream().mapToLong(Long::longValue).sum(), dryRun)
                + LINE.stream().map(category -> "\"" + key(category) + "\":" + orders.get(category)).collect(Collectors.joining(",")) + "}";
    }

    private Map<Category, Long> byOrder() {
        Map<String, List<Category>> perOrder = rows.stream().collect(Collectors.groupingBy(Row::orderId, LinkedHashMap::new,
                Collectors.mapping(row -> category(row.outcome()), Collectors.toList())));
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        LINE.forEach(category -> counts.put(category, 0L));
        perOrder.values().forEach(categories -> counts.merge(Category.worstOf(categories), 1L, Long::sum));
        return counts;
    }

    private String words(Category category) {
        return dryRun && category == Category.FIXED_NOW ? "would be fixed" : category.words();
    }

    private String key(Category category) {
        String camel = java.util.Arrays.stream(words(category).split(" ")).map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining());
        return camel.substring(0, 1).toLowerCase(Locale.ROOT) + camel.substring(1);
    }
}
