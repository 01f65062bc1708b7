package com.trackingintegration.batch.config;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.util.function.Consumer;

/**
 * Something every job does, whoever declares it: a bean post-processor that registers one listener on each job bean.
 * Declare it from a {@code static} {@code @Bean} method (it post-processes the job beans), and look its collaborators up
 * lazily in the consumer (an {@code ObjectProvider}): by the time a job runs they exist, while the post-processor is
 * created before them.
 */
public final class EveryJob {

    private EveryJob() {
    }

    /** Before each execution of every job starts. */
    public static BeanPostProcessor beforeEach(Consumer<JobExecution> action) {
        return listenedBy(new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                action.accept(execution);
            }
        });
    }

    /** After each execution of every job ends, however it ended. */
    public static BeanPostProcessor afterEach(Consumer<JobExecution> action) {
        return listenedBy(new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                action.accept(execution);
            }
        });
    }

    private static BeanPostProcessor listenedBy(JobExecutionListener listener) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractJob job) {
                    job.registerJobExecutionListener(listener);
                }
                return bean;
            }
        };
    }
}
