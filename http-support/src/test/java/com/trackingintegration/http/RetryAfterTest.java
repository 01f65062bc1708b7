package com.trackingintegration.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

    private static HttpReply replyWith(String retryAfter) {
        return new HttpReply(429, "", Map.of("retry-after", List.of(retryAfter)));
    }

    @Test
    void reads_seconds() {
        assertThat(RetryAfter.of(replyWith("120"), NOW)).contains(Duration.ofMinutes(2));
    }

    @Test
    void reads_an_http_date() {
        assertThat(RetryAfter.of(replyWith("Fri, 27 Nov 2026 03:00:30 GMT"), NOW)).contains(Duration.ofSeconds(30));
    }

    @Test
    void a_date_in_the_past_means_now() {
        assertThat(RetryAfter.of(replyWith("Fri, 27 Nov 2026 02:00:00 GMT"), NOW)).contains(Duration.ZERO);
    }

    @Test
    void no_header_or_garbage_means_no_instruction() {
        assertThat(RetryAfter.of(new HttpReply(429, "", Map.of()), NOW)).isEmpty();
        assertThat(RetryAfter.of(replyWith("soon"), NOW)).isEmpty();
    }
}
