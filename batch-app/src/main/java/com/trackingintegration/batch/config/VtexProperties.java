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
public record VtexProperties(@DefaultValue("") String account, @DefaultValue Oms oms, @DefaultValue Tracking tracking,
                             @DefaultValue Http http) {

    /**
     * {@code vtex.http.*}: how patient every call to VTEX is. Each call is tried up to {@code max-attempts} times,
     * waiting from {@code first-backoff} (doubling, with jitter) up to {@code max-backoff}; a 429 waits at least its
     * Retry-After, up to {@code max-retry-after}.
     */
    public record Http(@DefaultValue("10s") java.time.Duration connectTimeout, @DefaultValue("30s") java.time.Duration readTimeout,
                       @DefaultValue("5") int maxAttempts, @DefaultValue("1s") java.time.Duration firstBackoff,
                       @DefaultValue("30s") java.time.Duration maxBackoff, @DefaultValue("2m") java.time.Duration maxRetryAfter) {
    }

    /**
     * @param maxRequestsPerSecond        the pace of all OMS calls of the process together (one pace shared by every OMS
     *                                    client): VTEX allows 6,000 Get order calls a minute per account (100/s); 95
     *                                    leaves 5% to the merchant's other integrations
     * @param sellerId                    the seller of external orders' items ("1" is the main store)
     * @param marketplaceServicesEndpoint required by VTEX when placing an external order; a placeholder URL is accepted
     * @param feedVisibilityTimeout       how long a feed item read but not committed stays hidden before it comes back
     * @param feedRetention               how long the feed keeps an item: VTEX accepts 4 to 14 days; 14, its spec's
     *                                    maximum, so a failed run restarted after a long weekend still finds every item
     *                                    it did not commit
     */
    public record Oms(URI baseUrl, @DefaultValue("") String appKey, @DefaultValue("") String appToken,
                      @DefaultValue("95") double maxRequestsPerSecond, @DefaultValue("1") String sellerId,
                      @DefaultValue("https://marketplaceservices.invalid") String marketplaceServicesEndpoint,
                      @DefaultValue("250s") java.time.Duration feedVisibilityTimeout, @DefaultValue("14d") java.time.Duration feedRetention) {
        @Override
        public String toString() {
            return "Oms[baseUrl=" + baseUrl + ", appKey=" + appKey + ", appToken=******]";
        }
    }

    /**
     * @param batchSize how many delivery services go in one request to VTEX Tracking
     * @param pageSize  how many services one page of a status query asks for
     */
    public record Tracking(@DefaultValue("https://api.vtextracking.com/receiver") URI baseUrl, @DefaultValue("") String username,
                           @DefaultValue("") String password, @DefaultValue("50") int batchSize, @DefaultValue("100") int pageSize) {
        @Override
        public String toString() {
            return "Tracking[baseUrl=" + baseUrl + ", username=" + username + ", password=******]";
        }
    }
}
