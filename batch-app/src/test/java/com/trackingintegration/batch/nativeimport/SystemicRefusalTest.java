package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.integration.OrderDecision;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static com.trackingintegration.batch.nativeimport.WriterFixture.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The breaker: half a chunk refused alike stops the run with nothing of the chunk sent or recorded. */
class SystemicRefusalTest {

    private final WriterFixture fixture = new WriterFixture();

    /** A chunk of {@code refused + readable} orders: the first ones refused by the OMS with these kinds, in turn. */
    private static Lookup[] chunk(int refused, int readable, String... kinds) {
        List<Lookup> lookups = new ArrayList<>();
        IntStream.range(0, refused).forEach(i -> lookups.add(Lookup.refused("r" + i + "-01",
                "VTEX OMS GET /api/oms/pvt/orders/r" + i + "-01: answered " + kinds[i % kinds.length], kinds[i % kinds.length])));
        IntStream.range(0, readable).forEach(i -> lookups.add(Lookup.found(order("o" + i + "-01", String.valueOf(1000 + i), "1"))));
        return lookups.toArray(Lookup[]::new);
    }

    @Test
    void half_a_chunk_refused_alike_by_the_oms_stops_the_run_before_anything_of_the_chunk_is_sent_or_recorded() {
        assertThatThrownBy(() -> fixture.write(chunk(10, 10, "404 OMS001")))
                .isInstanceOf(SystemicRefusal.class)
                .hasMessage("VTEX OMS refused 10 of 20 orders of this chunk alike (404 OMS001): the run stops before any of them is sent or recorded");

        assertThat(fixture.tracking.received).isEmpty();
        assertThat(fixture.outcomes()).isEmpty();
        assertThat(fixture.ledgerRows()).isZero();
    }

    @Test
    void the_step_fails_on_the_chunk_refused_alike_with_the_chunks_before_it_committed_and_nothing_of_it() throws Exception {
        ResourcelessJobRepository repository = new ResourcelessJobRepository();
        List<Lookup> lookups = new ArrayList<>(List.of(chunk(0, 20)));
        Arrays.stream(chunk(10, 0, "404 OMS001")).forEach(lookups::add);
        IntStream.range(0, 10).forEach(i -> lookups.add(Lookup.found(order("late" + i + "-01", String.valueOf(2000 + i), "1"))));
        Step step = new StepBuilder("nativeOrders", repository).<Lookup, OrderDecision>chunk(20)
                .transactionManager(new DataSourceTransactionManager(fixture.db)).reader(new ListItemReader<>(lookups))
                .processor(fixture.processor).writer(fixture.writer).build();
        JobParameters parameters = new JobParametersBuilder().toJobParameters();
        JobExecution job = repository.createJobExecution(repository.createJobInstance("nativeImport", parameters), parameters, new ExecutionContext());
        StepExecution execution = repository.createStepExecution("nativeOrders", job);

        step.execute(execution);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getFailureExceptions()).singleElement().satisfies(failure -> assertThat(failure).as("what the operator reads")
                .hasRootCauseInstanceOf(SystemicRefusal.class).hasRootCauseMessage("VTEX OMS refused 10 of 20 orders of this chunk alike (404 OMS001):"
                        + " the run stops before any of them is sent or recorded"));
        assertThat(fixture.outcomes()).hasSize(20).allSatisfy(o -> assertThat(o).startsWith("o"));
        assertThat(fixture.tracking.received).hasSize(20);
    }

    @Test
    void fewer_than_half_refused_alike_are_rejected_one_by_one_and_the_others_go_on() {
        fixture.write(chunk(10, 11, "404 OMS001"));

        assertThat(fixture.outcomes()).filteredOn(o -> o.endsWith(":REJECTED:UNREADABLE")).hasSize(10);
        assertThat(fixture.outcomes()).filteredOn(o -> o.endsWith(":IMPORTED:READY")).hasSize(11);
    }

    @Test
    void refusals_of_different_kinds_are_bad_orders_not_a_cause() {
        fixture.write(chunk(12, 8, "404 OMS001", "400 OMS007"));

        assertThat(fixture.outcomes()).filteredOn(o -> o.endsWith(":REJECTED:UNREADABLE")).hasSize(12);
    }

    @Test
    void a_small_chunk_refused_whole_is_a_few_bad_orders() {
        fixture.write(chunk(2, 0, "404 OMS001"));

        assertThat(fixture.outcomes()).containsExactly("r0-01/:REJECTED:UNREADABLE", "r1-01/:REJECTED:UNREADABLE");
    }

    @Test
    void half_the_services_refused_alike_by_tracking_stops_the_run_and_the_restart_sends_them_again() {
        fixture.tracking.refuses = service -> true;
        assertThatThrownBy(() -> fixture.write(chunk(0, 10)))
                .isInstanceOf(SystemicRefusal.class)
                .hasMessage("VTEX Tracking refused 10 of 10 delivery services of this chunk alike (VTEX Tracking answered 400):"
                        + " the run stops before any of them is recorded");
        assertThat(fixture.outcomes()).isEmpty();

        fixture.tracking.refuses = service -> false;
        fixture.write(chunk(0, 10));

        assertThat(fixture.outcomes()).hasSize(10).allSatisfy(o -> assertThat(o).endsWith(":IMPORTED:READY"));
        assertThat(fixture.tracking.held).hasSize(10);
    }

    @Test
    void fewer_than_half_refused_by_tracking_are_rejected_one_by_one() {
        fixture.tracking.refuses = service -> Integer.parseInt(service.invoiceNumber()) < 1010;

        fixture.write(chunk(0, 21));

        assertThat(fixture.outcomes()).filteredOn(o -> o.endsWith(":REJECTED:REFUSED_BY_TRACKING")).hasSize(10);
        assertThat(fixture.outcomes()).filteredOn(o -> o.endsWith(":IMPORTED:READY")).hasSize(11);
    }
}
