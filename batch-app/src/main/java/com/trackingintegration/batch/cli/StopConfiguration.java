package com.trackingintegration.batch.cli;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every step, whoever declares it, applies the stops asked of its run ({@link StopRequests}). */
@Configuration(proxyBeanMethods = false)
public class StopConfiguration {

    @Bean
    StopRequests stopRequests() {
        return new StopRequests();
    }

    /** Static: it post-processes the step beans, which the configurations declaring them create. */
    @Bean
    static BeanPostProcessor stopsAppliedByEveryStep(ObjectProvider<StopRequests> stops) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractStep step) {
                    StopRequests requests = stops.getObject();
                    step.registerStepExecutionListener(requests);
                    if (step instanceof ChunkOrientedStep chunks) {
                        chunks.registerChunkListener((ChunkListener) requests);
                    } else if (step instanceof TaskletStep tasklet) {
                        tasklet.registerChunkListener(requests);
                    }
                }
                return bean;
            }
        };
    }
}
