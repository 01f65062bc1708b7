package com.trackingintegration.batch.demo;

import com.trackingintegration.batch.cli.JobCommands;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.demo.DemoEnvironment;
import com.trackingintegration.domain.port.OrderFeedSetup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code demo} command; its environment exists only when {@link DemoLaunch} started the application for it. */
@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

    @Bean
    DemoCommand demoCommand(ObjectProvider<DemoEnvironment> environment, JobCommands jobs, Settings settings,
                            ObjectProvider<OrderFeedSetup> feed) {
        return new DemoCommand(environment::getObject, jobs, settings::integrationSettings, settings::nativeSourceIsFeed, feed::getObject);
    }
}
