package com.trackingintegration.batch.monitoring;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThat;

class ManagementServerTest {

    @Test
    void serve_given_a_management_port_is_the_one_command_with_a_web_server() {
        assertThat(ManagementServer.webApplicationType(new String[] {"serve", "--management.server.port=9102"}))
                .isEqualTo(WebApplicationType.SERVLET);
    }

    @Test
    void serve_without_a_management_port_opens_none() {
        assertThat(ManagementServer.webApplicationType(new String[] {"serve", "--integration.schedule.cron=0 0 2 * * *"}))
                .isEqualTo(WebApplicationType.NONE);
        assertThat(ManagementServer.webApplicationType(new String[] {"serve", "--management.server.port=-1"}))
                .as("-1: Actuator's own 'no management server'").isEqualTo(WebApplicationType.NONE);
    }

    @Test
    void every_other_command_opens_none_even_given_a_management_port() {
        for (String command : new String[] {"start", "check", "restart", "report", "demo"}) {
            assertThat(ManagementServer.webApplicationType(new String[] {command, "--management.server.port=9102"})).as(command)
                    .isEqualTo(WebApplicationType.NONE);
        }
        assertThat(ManagementServer.webApplicationType(new String[0])).isEqualTo(WebApplicationType.NONE);
    }
}
