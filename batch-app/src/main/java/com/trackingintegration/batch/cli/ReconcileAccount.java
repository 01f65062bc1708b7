package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.reconcile.ReconcileJobConfiguration;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.batch.store.JdbcOutcomes.Row;
import com.trackingintegration.domain.reconcile.Category;
import org.springframework.batch.core.job.JobExecution;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A reconcile run's own part of its report: what a person must act on, first, then the one line that accounts for
 * every order of the window, each in the category of its worst invoice ({@link Category#worstOf}).
 *
 * <p>A restarted reconcile skips the orders an earlier execution of its job instance finished: its account is over
 * the rows of every execution of the instance up to it, the latest row of each order and invoice. The rows are read
 * one at a time, order by order, and only the counts (and the first attention lines) are kept: 31 days of a big store
 * are not held in memory.
 */
final class ReconcileAccount {

    static final int ATTENTION_LINES = 20;
    /** The last line's order: how the issue, and the operators, read it. */
    private static final List<Category> LINE = List.of(Category.IN_TRACKING, Category.SKIPPED_BY_RULE, Category.REJECTED, Category.DEFERRED,
            Category.FIXED_NOW, Category.NEEDS_ATTENTION);

    private final Map<Category, Long> orders;
    private final List<Row> attention;
    private final long attentionCount;
    private final boolean dryRun;

    private ReconcileAccount(Tally tally, boolean dryRun) {
        this.orders = Map.copyOf(tally.orders);
        this.attention = List.copyOf(tally.attention);
        this.attentionCount = tally.attentionCount;
        this.dryRun = dryRun;
    }

    static boolean isReconcile(JobExecution execution) {
        return ReconcileJobConfiguration.JOB.equals(execution.getJobInstance().getJobName());
    }

    static boolean dryRun(JobExecution execution) {
        return DryRun.of(execution);
    }

    /** @param executions the ids of the execution and of those of its job instance before it */
    static ReconcileAccount of(JobExecution execution, Collection<Long> executions, JdbcOutcomes outcomes) {
        Tally tally = new Tally();
        outcomes.eachLatest(executions, tally);
        tally.flush();
        return new ReconcileAccount(tally, dryRun(execution));
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
        return !dryRun && attentionCount > 0;
    }

    void printAttention(long executionId, PrintStream out) {
        attention.forEach(row -> out.println("  ATTENTION order " + row.orderId()
                + (row.invoiceNumber().isEmpty() ? "" : " invoice " + row.invoiceNumber()) + " " + row.reason() + ": " + row.detail()));
        if (attentionCount > attention.size()) {
            out.println("  ... and " + (attentionCount - attention.size()) + " more: report " + executionId + " --orders");
        }
    }

    /** {@code N invoiced orders: a in Tracking, b skipped by rule, ...}: a+...+f = N, each order once. */
    String lastLine() {
        return total() + " invoiced orders: " + LINE.stream()
                .map(category -> orders.get(category) + " " + words(category)).collect(Collectors.joining(", "));
    }

    /** {@code orders}, {@code dryRun}, then each category's count, in the order of {@link #lastLine()}: for {@code report --json}. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("orders", total());
        fields.put("dryRun", dryRun);
        LINE.forEach(category -> fields.put(key(category), orders.get(category)));
        return fields;
    }

    private long total() {
        return orders.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows come order by order: each order is counted once it is complete, in its worst invoice's category. */
    private static final class Tally implements Consumer<Row> {

        private final Map<Category, Long> orders = new EnumMap<>(Category.class);
        private final List<Row> attention = new ArrayList<>();
        private long attentionCount;
        private String order;
        private Category worst;

        Tally() {
            LINE.forEach(category -> orders.put(category, 0L));
        }

        @Override
        public void accept(Row row) {
            if (!row.orderId().equals(order)) {
                flush();
                order = row.orderId();
            }
            Category category = category(row.outcome());
            worst = worst == null ? category : Category.worstOf(List.of(worst, category));
            if (row.outcome() == Outcome.ATTENTION) {
                attentionCount++;
                if (attention.size() < ATTENTION_LINES) {
                    attention.add(row);
                }
            }
        }

        void flush() {
            if (worst != null) {
                orders.merge(worst, 1L, Long::sum);
            }
            worst = null;
        }
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
