package com.trackingintegration.http;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A base URL is the one rule the start checks and the clients share: absolute, http or https. */
class HttpSettingsTest {

    @Test
    void an_absolute_url_of_another_scheme_is_no_base_url() {
        assertThat(HttpSettings.isHttpUrl(URI.create("ftp://oms.example.com"))).isFalse();
        assertThatThrownBy(() -> HttpSettings.defaults("VTEX OMS", URI.create("ftp://oms.example.com")))
                .hasMessage("VTEX OMS: base URL must be absolute (http or https), was ftp://oms.example.com");
    }

    @Test
    void http_and_https_are_base_urls_and_lose_their_trailing_slash() {
        assertThat(HttpSettings.isHttpUrl(URI.create("HTTPS://oms.example.com"))).isTrue();
        assertThat(HttpSettings.defaults("VTEX OMS", URI.create("http://localhost:8080/")).baseUrl()).hasToString("http://localhost:8080");
    }
}
