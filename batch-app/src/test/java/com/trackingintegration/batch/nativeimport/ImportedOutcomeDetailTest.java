package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.cli.RunReport;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.Verdict;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.infrastructure.item.Chunk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.trackingintegration.batch.nativeimport.WriterFixture.EXECUTION;
import static com.trackingintegration.batch.nativeimport.WriterFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An imported invoice keeps what its verdict says of it (a scheduled delivery's day and period), and
 * {@code report <id> --orders} shows it, as it shows why an invoice was refused.
 */
class ImportedOutcomeDetailTest {

    private final WriterFixture fixture = new WriterFixture();

    /** The order's one verdict, READY, with the detail the rules give a scheduled delivery. */
    private OrderDecision scheduled(String orderId, String invoice, String detail) {
        OrderDecision decided = fixture.processor.process(Lookup.found(order(orderId, invoice, "1")));
        Verdict ready = decided.verdicts().get(0);
        return new OrderDecision(orderId, List.of(new Verdict(orderId, invoice, Reason.READY, detail, ready.request())));
    }

    private String report() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        new RunReport(new OneExecution(), fixture.outcomes).command(EXECUTION, false, true,
                new PrintStream(console, true, StandardCharsets.UTF_8));
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void an_imported_invoice_keeps_its_verdicts_detail_and_the_orders_report_prints_it() {
        fixture.tracking.refuses = service -> service.orderNumber().equals("2-01");

        fixture.writer.write(new Chunk<>(scheduled("1-01", "500", "scheduled 2026-12-02 afternoon"),
                scheduled("2-01", "600", "scheduled 2026-12-03 morning, afternoon")));

        assertThat(fixture.outcomes.rows(EXECUTION)).extracting(r -> r.orderId() + ":" + r.outcome() + ":" + r.detail())
                .containsExactly("1-01:IMPORTED:scheduled 2026-12-02 afternoon", "2-01:REJECTED:VTEX Tracking answered 400");
        assertThat(report().lines()).containsExactly("orderId,invoiceNumber,outcome,reason,detail",
                "1-01,500,IMPORTED,READY,scheduled 2026-12-02 afternoon",
                "2-01,600,REJECTED,REFUSED_BY_TRACKING,VTEX Tracking answered 400");
    }

    @Test
    void a_detail_with_a_comma_or_a_line_break_stays_one_csv_field_and_records_end_with_crlf_as_rfc_4180_says() {
        fixture.writer.write(new Chunk<>(scheduled("1-01", "500", "scheduled 2026-12-03 morning, afternoon"),
                scheduled("2-01", "600", "first line\nsecond line")));

        assertThat(report()).contains("1-01,500,IMPORTED,READY,\"scheduled 2026-12-03 morning, afternoon\"\r\n")
                .contains("2-01,600,IMPORTED,READY,\"first line\nsecond line\"");
    }

    /** The job repository a report reads the execution from: here the one execution the fixture writes under. */
    private static final class OneExecution extends ResourcelessJobRepository {
        @Override
        public JobExecution getJobExecution(long executionId) {
            return executionId == EXECUTION ? new JobExecution(EXECUTION, new JobInstance(1L, "nativeImport"), new JobParameters()) : null;
        }
    }
}
