package com.trackingintegration.batch.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The job repository's database: locked for this process when it is an HSQLDB file, durable whatever its URL. */
@Configuration(proxyBeanMethods = false)
public class JobRepositoryConfiguration {

    /** Static: a BeanPostProcessor is created before the other beans, the DataSource among them. */
    @Bean
    static JobRepositoryGuard jobRepositoryGuard(Environment environment) {
        return new JobRepositoryGuard(environment);
    }
}
