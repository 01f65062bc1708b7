package com.trackingintegration.batch.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of two exit codes a process that ran several jobs ends with ({@code serve}). */
class ExitCodesTest {

    @Test
    void exit_codes_rank_keys_refused_then_vtex_unreachable_then_failed_stopped_attention_usage_completed() {
        List<Integer> mostSeriousFirst = List.of(ExitCodes.CREDENTIALS_REJECTED, ExitCodes.UNREACHABLE, ExitCodes.FAILED, ExitCodes.STOPPED,
                ExitCodes.ATTENTION, ExitCodes.USAGE, ExitCodes.COMPLETED);
        for (int i = 0; i < mostSeriousFirst.size(); i++) {
            for (int j = i; j < mostSeriousFirst.size(); j++) {
                int graver = mostSeriousFirst.get(i);
                int lighter = mostSeriousFirst.get(j);
                assertThat(ExitCodes.worst(graver, lighter)).as("worst(%d, %d)", graver, lighter).isEqualTo(graver);
                assertThat(ExitCodes.worst(lighter, graver)).as("worst(%d, %d)", lighter, graver).isEqualTo(graver);
            }
        }
    }
}
