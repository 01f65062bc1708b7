package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.demo.DemoCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.PrintStream;
import java.util.Map;

/** The commands an operator can type. The console is the one place that writes to standard output. */
@Configuration(proxyBeanMethods = false)
public class OperatorCommandsConfiguration {

    @Bean
    OperatorCommandLine operatorCommandLine(@Value("${integration.demo.orders:120}") int demoOrders) {
        @SuppressWarnings("java:S106") // the operator's console
        PrintStream console = System.out;
        return new OperatorCommandLine(Map.of("demo", new DemoCommand(demoOrders)), console);
    }
}
