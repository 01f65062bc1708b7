package com.trackingintegration.batch.config;

import com.trackingintegration.adapters.oms.OmsSettings;
import com.trackingintegration.adapters.tracking.TrackingSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.MutablePropertySources;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The values checked at start, bound as Spring Boot binds them, whatever command follows. */
class SettingsCheckTest {

    private static final SettingNames NAMES = SettingNames.of(Map.of("integration", IntegrationProperties.class, "vtex", VtexProperties.class));

    private static Settings settingsOf(Map<String, String> properties) {
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        return new Settings(binder.bindOrCreate("integration", IntegrationProperties.class), binder.bindOrCreate("vtex", VtexProperties.class),
                com.trackingintegration.calls.CallObserver.NONE);
    }

    private static void checkAtStart(Map<String, String> properties) {
        new SettingsCheck(NAMES, new MutablePropertySources()).atStart(settingsOf(properties));
    }

    @Test
    void every_bad_value_is_told_at_once_one_line_each_naming_its_property() {
        InvalidConfigurationException bad = catchThrowableOfType(InvalidConfigurationException.class, () -> checkAtStart(Map.of(
                "integration.chunk-size", "0", "integration.routing", "sideways", "integration.progress-interval", "-1s",
                "integration.affiliate-id", "DM0", "vtex.http.max-attempts", "0")));

        assertThat(("configuration error: " + bad.getMessage()).lines()).containsExactly(
                "configuration error: integration.routing: routing must be one of internal or external, was 'sideways'",
                "configuration error: integration.chunk-size must be between 1 and 1000, was 0",
                "configuration error: integration.progress-interval cannot be negative, was PT-1S",
                "configuration error: vtex.http: at least one attempt, was 0",
                "configuration error: integration.affiliate-id must be the three letters of the affiliate external orders are created under"
                        + " (VTEX: any three letters, not an affiliate that uses the seller's payment), was 'DM0'");
    }

    /** The demo, report and executions need no VTEX account: credentials are asked for by the commands that use them. */
    @Test
    void the_defaults_pass_and_no_credential_is_required_at_start() {
        assertThatCode(() -> checkAtStart(Map.of())).doesNotThrowAnyException();
    }

    @Test
    void a_missing_secret_points_to_its_environment_variable_never_to_a_command_line_flag() {
        Settings settings = settingsOf(Map.of("vtex.account", "loja", "vtex.oms.app-key", "key"));

        InvalidConfigurationException missing = catchThrowableOfType(InvalidConfigurationException.class, settings.vtex()::oms);

        assertThat(missing).hasMessage("vtex.oms.app-token is required: set the environment variable VTEX_OMS_APP_TOKEN"
                + " (or vtex.oms.app-token in the application.properties beside the jar)");
        assertThat(missing.getMessage()).doesNotContain("--");
    }

    private static final Map<String, String> ACCOUNT = Map.of("vtex.account", "loja", "vtex.oms.app-key", "key", "vtex.oms.app-token", "token",
            "vtex.tracking.username", "user", "vtex.tracking.password", "secret");

    /** What the README's configuration table says, and nothing the adapters decide on their own. */
    @Test
    void the_adapters_get_the_documented_defaults() {
        Settings settings = settingsOf(ACCOUNT);

        OmsSettings oms = settings.vtex().oms();
        // The longest VTEX allows: a run that failed before a long weekend still finds every event it did not commit.
        assertThat(oms.feedRetention()).isEqualTo(Duration.ofDays(14));
        assertThat(oms.feedVisibilityTimeout()).isEqualTo(Duration.ofSeconds(250));
        assertThat(oms.sellerId()).isEqualTo("1");
        assertThat(oms.marketplaceServicesEndpoint()).isEqualTo("https://marketplaceservices.invalid");
        assertThat(oms.perPage()).isEqualTo(OmsSettings.VTEX_MAX_PER_PAGE);
        assertThat(oms.maxPages()).isEqualTo(OmsSettings.VTEX_MAX_PAGES);
        TrackingSettings tracking = settings.vtex().tracking();
        assertThat(tracking.maxBatchSize()).isEqualTo(50);
        assertThat(tracking.pageSize()).isEqualTo(100);
    }

    @Test
    void each_oms_and_tracking_value_comes_from_its_property() {
        Map<String, String> properties = new java.util.HashMap<>(ACCOUNT);
        properties.putAll(Map.of("vtex.oms.seller-id", "2", "vtex.oms.feed-visibility-timeout", "5m", "vtex.oms.feed-retention", "4d",
                "vtex.oms.marketplace-services-endpoint", "https://example.com/mkp", "vtex.tracking.batch-size", "20", "vtex.tracking.page-size", "40"));
        Settings settings = settingsOf(properties);

        assertThat(settings.vtex().oms()).extracting(OmsSettings::sellerId, OmsSettings::feedVisibilityTimeout, OmsSettings::feedRetention,
                OmsSettings::marketplaceServicesEndpoint).containsExactly("2", Duration.ofMinutes(5), Duration.ofDays(4), "https://example.com/mkp");
        assertThat(settings.vtex().tracking()).extracting(TrackingSettings::maxBatchSize, TrackingSettings::pageSize).containsExactly(20, 40);
    }

    @Test
    void a_feed_retention_vtex_would_refuse_is_one_line_naming_its_property() {
        Map<String, String> properties = new java.util.HashMap<>(ACCOUNT);
        properties.put("vtex.oms.feed-retention", "20d");

        assertThat(catchThrowableOfType(InvalidConfigurationException.class, settingsOf(properties).vtex()::oms))
                .hasMessage("vtex.oms.feed-retention must be 4 to 14 days (what the Orders Feed accepts), was 20 days");
    }

    /** A bad adapter value is told before anything runs, not when the first chunk reaches VTEX, and without an account. */
    @Test
    void the_adapters_values_are_checked_at_start_without_credentials() {
        InvalidConfigurationException bad = catchThrowableOfType(InvalidConfigurationException.class, () -> checkAtStart(Map.of(
                "vtex.oms.feed-visibility-timeout", "0s", "vtex.tracking.page-size", "0")));

        assertThat(("configuration error: " + bad.getMessage()).lines()).containsExactly(
                "configuration error: vtex.oms.feed-visibility-timeout must be at least 1 second, was PT0S",
                "configuration error: vtex.tracking.page-size must be positive, was 0");
    }

    @Test
    void an_address_that_is_no_http_url_is_told_at_start_by_its_property() {
        InvalidConfigurationException bad = catchThrowableOfType(InvalidConfigurationException.class, () -> checkAtStart(Map.of(
                "vtex.oms.base-url", "ftp://oms.example.com", "vtex.tracking.base-url", "/receiver")));

        assertThat(("configuration error: " + bad.getMessage()).lines()).containsExactly(
                "configuration error: vtex.oms.base-url must be an absolute http or https URL, was ftp://oms.example.com",
                "configuration error: vtex.tracking.base-url must be an absolute http or https URL, was /receiver");
    }

    @Test
    void a_blank_seller_or_a_bad_retention_is_told_at_start() {
        assertThat(catchThrowableOfType(InvalidConfigurationException.class, () -> checkAtStart(Map.of("vtex.oms.seller-id", " "))))
                .hasMessageStartingWith("vtex.oms.seller-id is required");
        assertThat(catchThrowableOfType(InvalidConfigurationException.class, () -> checkAtStart(Map.of("vtex.oms.feed-retention", "3d"))))
                .hasMessage("vtex.oms.feed-retention must be 4 to 14 days (what the Orders Feed accepts), was 3 days");
    }
}
