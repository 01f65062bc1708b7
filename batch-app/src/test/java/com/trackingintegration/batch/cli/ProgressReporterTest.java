package com.trackingintegration.batch.cli;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepExecution;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ProgressReporterTest {

    @Test
    void a_progress_line_says_what_was_read_and_written_how_fast_and_for_how_long() {
        LocalDateTime start = LocalDateTime.of(2026, 11, 27, 2, 0, 0);
        StepExecution step = mock(StepExecution.class);
        when(step.getStepName()).thenReturn("nativeOrders");
        when(step.getStartTime()).thenReturn(start);
        when(step.getReadCount()).thenReturn(12_000L);
        when(step.getWriteCount()).thenReturn(11_900L);

        String line = ProgressReporter.line(step, start.plusMinutes(2).atZone(ZoneId.systemDefault()).toInstant());

        assertThat(line).isEqualTo("  ... nativeOrders: 12,000 read, 11,900 written, 100.0/s, 00:02:00 elapsed");
    }
}
