package com.trackingintegration.http;

import com.trackingintegration.calls.CallObserver;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One pace shared by several clients of one account. The clock stands still and nothing sleeps: each request's turn
 * is the wait the pace gave it, so the turns are counted, not timed.
 */
class RequestPaceTest {

    private static final int PER_SECOND = 10;

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final List<Duration> turns = new CopyOnWriteArrayList<>();
    private final CallObserver recorder = new CallObserver() {
        @Override
        public void paced(String system, Duration waited) {
            turns.add(waited);
        }
    };

    private static RequestPace standingStill(double perSecond) {
        return new RequestPace(perSecond, Duration.ofMinutes(1), () -> 0L, wait -> {
        });
    }

    private RetryingHttpClient client(RequestPace pace, String key) {
        HttpSettings settings = new HttpSettings("VTEX OMS", URI.create(server.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5), 2,
                Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5), pace, recorder);
        return new RetryingHttpClient(settings, () -> Map.of("X-VTEX-API-AppKey", key));
    }

    @Test
    void two_clients_sharing_one_pace_never_exceed_its_rate_together() throws Exception {
        server.stubFor(get(urlPathMatching("/api/.*")).willReturn(ok("{}")));
        RequestPace account = standingStill(PER_SECOND);
        RetryingHttpClient orders = client(account, "orders");
        RetryingHttpClient feed = client(account, "feed");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<HttpReply>> calls = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            calls.add(threads.submit(() -> orders.send(HttpCall.get("/api/oms/pvt/orders/1"))));
            calls.add(threads.submit(() -> feed.send(HttpCall.get("/api/orders/feed?maxlot=10"))));
        }
        for (Future<HttpReply> call : calls) {
            assertThat(call.get().status()).isEqualTo(200);
        }
        threads.shutdown();

        List<Duration> sorted = turns.stream().sorted().toList();
        assertThat(sorted).hasSize(50);
        for (int i = 0; i + PER_SECOND < sorted.size(); i++) {
            assertThat(sorted.get(i + PER_SECOND).minus(sorted.get(i))).as("requests %d to %d of both clients together", i, i + PER_SECOND)
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void a_turn_further_off_than_the_longest_wait_fails_the_attempt_instead_of_waiting() throws Exception {
        RequestPace pace = new RequestPace(1, Duration.ofMillis(1500), () -> 0L, wait -> {
        });
        assertThat(pace.await()).isEqualTo(Duration.ZERO);
        assertThat(pace.await()).isEqualTo(Duration.ofSeconds(1));

        assertThatThrownBy(pace::await).isInstanceOf(RequestPace.PaceExceededException.class).hasMessageContaining("2000 ms away");
    }

    @Test
    void requests_whose_turns_passed_during_a_pause_leave_no_faster_than_the_rate() {
        RequestPace pace = standingStill(PER_SECOND);
        List<Long> turns = new ArrayList<>();
        for (int i = 0; i < 2 * PER_SECOND; i++) {
            turns.add(pace.reserve(0L));
        }
        // The process stood still for 2.5 s: every caller wakes after its turn, all at the same moment.
        long woke = Duration.ofMillis(2500).toNanos();
        List<Long> left = new ArrayList<>();
        for (long turn : turns) {
            left.add(pace.admit(Math.max(woke, turn)));
        }

        assertThat(left.subList(0, PER_SECOND)).as("the first second's worth leaves at once").containsOnly(woke);
        for (int i = 0; i + PER_SECOND < left.size(); i++) {
            assertThat(left.get(i + PER_SECOND) - left.get(i)).as("requests %d and %d", i, i + PER_SECOND)
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
        }
    }

    @Test
    void no_pace_never_waits() throws Exception {
        for (int i = 0; i < 1000; i++) {
            assertThat(RequestPace.NONE.await()).isZero();
        }
    }
}
