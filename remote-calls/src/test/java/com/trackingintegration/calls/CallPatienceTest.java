package com.trackingintegration.calls;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallPatienceTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void no_try_at_all_is_no_patience() {
        assertThatThrownBy(() -> new CallPatience(SECOND, SECOND, 0, SECOND, Duration.ofSeconds(2), SECOND))
                .hasMessage("at least one attempt, was 0");
    }

    @Test
    void a_timeout_of_zero_would_fail_every_call() {
        assertThatThrownBy(() -> new CallPatience(SECOND, Duration.ZERO, 1, SECOND, Duration.ofSeconds(2), SECOND))
                .hasMessage("read timeout must be positive, was PT0S");
    }

    @Test
    void a_backoff_that_cannot_grow_is_refused() {
        assertThatThrownBy(() -> new CallPatience(SECOND, SECOND, 3, SECOND, SECOND, SECOND))
                .hasMessage("max backoff must be longer than the first backoff");
    }
}
