package com.trackingintegration.batch.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * How to reach VTEX ({@code vtex.*}). Secrets come from the environment ({@code VTEX_OMS_APP_TOKEN},
 * {@code VTEX_TRACKING_PASSWORD}) or a properties file beside the jar, never from the code; no
 * {@code toString} here prints them.
 */
@ConfigurationProperties("vtex")
public record VtexProperties(@DefaultValue("") String account, @DefaultValue Oms oms, @DefaultValue Tracking tracking) {

    public record Oms(URI baseUrl, @DefaultValue("") String appKey, @DefaultValue("") String appToken) {
        @Override
        public String toString() {
            return "Oms[baseUrl=" + baseUrl + ", appKey=" + appKey + ", appToken=******]";
        }
    }

    public record Tracking(@DefaultValue("https://api.vtextracking.com/receiver") URI baseUrl, @DefaultValue("") String username,
                           @DefaultValue("") String password) {
        @Override
        public String toString() {
            return "Tracking[baseUrl=" + baseUrl + ", username=" + username + ", password=******]";
        }
    }
}
