package com.trackingintegration.batch.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The integration's own meters, in the registry Boot's Actuator provides (Prometheus). Spring Batch's observations
 * ({@code spring.batch.job}, {@code spring.batch.step}, {@code spring.batch.item.*}, {@code spring.batch.chunk.write})
 * need nothing here: Boot hands its observation registry, which records into the same meter registry, to Spring
 * Batch (NativeImportMetricsTest goes red when Boot's ObservationAutoConfiguration is left out).
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    VtexCallMeters vtexCallMeters(MeterRegistry registry) {
        return new VtexCallMeters(registry);
    }

    @Bean
    RunMeasures runMeasures(MeterRegistry registry, JobRepository repository) {
        return new RunMeasures(registry, repository);
    }
}
