package com.trackingintegration.batch.config;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Prepares the job repository's database as the DataSource is created, so before Flyway migrates it (Flyway needs the
 * DataSource bean, which this hands out only once done, and its tables are then created cached): an HSQLDB file is locked
 * for this process first (a second process is told at once, in one line, instead of waiting on HSQLDB's lock), then
 * every commit is made durable and the tables cached ({@link HsqldbDurability}).
 */
final class JobRepositoryGuard implements BeanPostProcessor, DisposableBean {

    private final Environment environment;
    private JobRepositoryFileLock lock;

    JobRepositoryGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource && lock == null) {
            Optional<java.nio.file.Path> file = url().hsqldbFile();
            file.ifPresent(database -> lock = JobRepositoryFileLock.take(database));
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            HsqldbDurability.apply(dataSource);
        }
        return bean;
    }

    private JobRepositoryUrl url() {
        return new JobRepositoryUrl(environment.getProperty("spring.datasource.url", ""));
    }

    /** After the DataSource has closed: BeanPostProcessors are created first, so they are destroyed last. */
    @Override
    public void destroy() {
        if (lock != null) {
            lock.close();
        }
    }
}
