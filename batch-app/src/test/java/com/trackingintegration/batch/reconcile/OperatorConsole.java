package com.trackingintegration.batch.reconcile;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The operator's console of a test's Spring context: what its command line prints, kept to read. */
@TestConfiguration
class OperatorConsole {

    static final ByteArrayOutputStream OUTPUT = new ByteArrayOutputStream();

    @Bean(destroyMethod = "")
    @Primary
    PrintStream operatorConsole() {
        return new PrintStream(OUTPUT, true, StandardCharsets.UTF_8);
    }
}
