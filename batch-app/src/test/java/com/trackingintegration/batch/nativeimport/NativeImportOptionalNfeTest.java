package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.nativeimport.NfeStubs.NfeOrder;
import com.trackingintegration.batch.nativeimport.NfeStubs.Window;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.trackingintegration.batch.nativeimport.NfeStubs.CARRIER;
import static com.trackingintegration.batch.nativeimport.NfeStubs.MAIN_BRANCH;
import static com.trackingintegration.batch.nativeimport.NfeStubs.nfe;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * nativeImport without {@code integration.invoice-file-required}: an NF-e XML that cannot be had is no reason to leave
 * an invoice out, it goes with the OMS's data; and a scheduled delivery reaches Tracking with its day and period.
 */
@SpringBootTest(properties = "integration.chunk-size=4")
class NativeImportOptionalNfeTest extends NfeJobTest {

    @Test
    void without_the_file_required_an_unreachable_unreadable_or_missing_nfe_imports_the_invoice_with_the_omss_data() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(
                new NfeOrder("41-01", "4101", served("4101", nfe("4101", MAIN_BRANCH, CARRIER, Optional.empty()))),
                new NfeOrder("42-01", "4201", onDownHost("4201")),
                new NfeOrder("43-01", "4301", served("4301", NfeStubs.BILLION_LAUGHS)),
                new NfeOrder("44-01", "4401", answering("4401", 404))));

        assertThat(start("2026-11-26T00:00:00Z", "2026-11-27T00:00:00Z")).as(console.toString()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(outcomesOf(lastExecution())).containsExactlyInAnyOrder("41-01/4101:IMPORTED:READY", "42-01/4201:IMPORTED:READY",
                "43-01/4301:IMPORTED:READY", "44-01/4401:IMPORTED:READY");
        assertThat(receivedPerInvoice()).isEqualTo(Map.of("4101", 1L, "4201", 1L, "4301", 1L, "4401", 1L));
        assertThat(receivedFor("4101").get("cnpjcarrier").asString()).as("the one NF-e read").isEqualTo(CARRIER);
        for (String withoutNfe : List.of("4201", "4301", "4401")) {
            JsonNode service = receivedFor(withoutNfe);
            assertThat(service.has("cnpjcarrier")).as(withoutNfe + ": no NF-e, no carrier CNPJ").isFalse();
            assertThat(service.at("/shipperCustomer/addressStreet").asString()).as(withoutNfe).isEqualTo("Avenida das Americas");
        }
    }

    @Test
    void a_delivery_scheduled_in_the_afternoon_reaches_tracking_with_its_period_and_packing_list_and_the_outcome_says_when() throws Exception {
        VtexStubs.tracking(vtex);
        // 14:00 to 17:00 in Brasília (UTC-3): the afternoon only.
        Window afternoon = new Window("2026-12-02T17:00:00+00:00", "2026-12-02T20:00:00+00:00");
        VtexStubs.oms(vtex, List.of(new NfeOrder("51-01", "5101", served("5101", nfe("5101", MAIN_BRANCH, CARRIER, Optional.empty())),
                "", Optional.of(afternoon))));

        assertThat(start("2026-11-26T00:00:00Z", "2026-11-27T00:00:00Z")).as(console.toString()).isEqualTo(ExitCodes.COMPLETED);

        JsonNode service = receivedFor("5101");
        JsonNode scheduling = service.get("deliveryServiceScheduling");
        assertThat(scheduling.get("shipperCustomerSchedulingDateTime").asString()).isEqualTo("2026-12-02T14:00:00-03:00");
        assertThat(scheduling.get("morningPeriod").asBoolean()).isFalse();
        assertThat(scheduling.get("afternoonPeriod").asBoolean()).isTrue();
        assertThat(scheduling.get("nightPeriod").asBoolean()).isFalse();
        assertThat(service.get("packingList").asString()).isEqualTo("2 x BIGBML");
        assertThat(outcomes.rows(lastExecution())).singleElement().satisfies(r -> {
            assertThat(r.outcome().name()).isEqualTo("IMPORTED");
            assertThat(r.detail()).isEqualTo("scheduled 2026-12-02 afternoon");
        });
    }
}
