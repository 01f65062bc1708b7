package com.trackingintegration.batch;

import com.trackingintegration.batch.cli.ExitCodes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

/**
 * A CNPJ filter that cannot be read stops the application's start, as the operator runs it: exit 2 and one line
 * naming the property and the bad value's place in the list, Spring's chain of bean errors left to the log file.
 * VTEX is on a closed port: were the start to go on, the command would fail otherwise.
 */
class BadCnpjSettingTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void a_malformed_issuer_cnpj_stops_the_start_in_one_line_with_exit_2() {
        RuntimeException failure = catchRuntimeException(() -> TrackingIntegrationApplication.run(new String[] {"start", "nativeImport",
                "--spring.datasource.url=jdbc:hsqldb:file:target/test-db/" + UUID.randomUUID() + "/db;shutdown=true",
                "--vtex.account=loja", "--vtex.oms.base-url=http://127.0.0.1:9", "--vtex.oms.app-key=key", "--vtex.oms.app-token=token",
                "--vtex.tracking.base-url=http://127.0.0.1:9/receiver", "--vtex.tracking.username=user", "--vtex.tracking.password=password",
                "--vtex.http.max-attempts=1", "--integration.issuer-cnpjs=11.222.333/0001-81,1122233300018"}).close());

        int exit = TrackingIntegrationApplication.startupFailure(failure, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(console.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("configuration error: integration.issuer-cnpjs: value 2 of 2 ('1122233300018') is not a CNPJ: ");
    }
}
