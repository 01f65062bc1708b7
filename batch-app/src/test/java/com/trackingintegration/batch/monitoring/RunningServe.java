package com.trackingintegration.batch.monitoring;

import com.trackingintegration.batch.TrackingIntegrationApplication;
import com.trackingintegration.batch.schedule.NightlyRuns;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} as an operator starts it ({@link TrackingIntegrationApplication#run}, the real command line), in a
 * thread of the test: its schedule is the test's hand, so a run happens when the test says so and the test knows
 * when it is over (serve waits for its next time again). No clock, no sleep: each step waits for the one before.
 */
final class RunningServe implements NightlyRuns.Sleeper, AutoCloseable {

    /** Far longer than any run here: only a broken serve would reach it, and the test then fails instead of hanging. */
    private static final long PATIENCE_MINUTES = 3;

    private final BlockingQueue<Boolean> go = new LinkedBlockingQueue<>();
    private final Semaphore waiting = new Semaphore(0);
    private final AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
    private final Thread serve;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningServe(List<String> args) {
        serve = new Thread(() -> SpringApplication.withHook(application -> new SpringApplicationRunListener() {
            @Override
            public void contextPrepared(ConfigurableApplicationContext prepared) {
                if (context.compareAndSet(null, prepared)) {
                    prepared.getBeanFactory().registerSingleton("serveSleeper", RunningServe.this);
                }
            }
        }, () -> TrackingIntegrationApplication.run(args.toArray(String[]::new))), "serve");
    }

    /** Started and waiting for its first scheduled time: its management server, if any, is up. */
    static RunningServe start(List<String> args) throws InterruptedException {
        RunningServe running = new RunningServe(args);
        running.serve.start();
        running.awaitWaiting();
        return running;
    }

    @Override
    public void sleep(Duration untilNextRun) throws InterruptedException {
        waiting.release();
        if (!go.take()) {
            throw new InterruptedException("the test ends serve");
        }
    }

    /** The scheduled time comes: serve runs its jobs; returns once they are over and serve waits again. */
    void runScheduledJobs() throws InterruptedException {
        go.add(true);
        awaitWaiting();
    }

    private void awaitWaiting() throws InterruptedException {
        assertThat(waiting.tryAcquire(PATIENCE_MINUTES, TimeUnit.MINUTES)).as("serve waits for its next scheduled time").isTrue();
    }

    ConfigurableApplicationContext context() {
        return context.get();
    }

    int managementPort() {
        return Integer.parseInt(context().getEnvironment().getProperty("local.management.port", "-1"));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        go.add(false);
        serve.join(TimeUnit.MINUTES.toMillis(PATIENCE_MINUTES));
        if (context() != null) {
            context().close();
        }
    }
}
