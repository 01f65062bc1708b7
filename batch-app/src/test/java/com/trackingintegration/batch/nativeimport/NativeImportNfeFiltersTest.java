package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.nativeimport.NfeStubs.NfeOrder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.trackingintegration.batch.nativeimport.NfeStubs.CARRIER;
import static com.trackingintegration.batch.nativeimport.NfeStubs.MAIN_BRANCH;
import static com.trackingintegration.batch.nativeimport.NfeStubs.OTHER_BRANCH;
import static com.trackingintegration.batch.nativeimport.NfeStubs.OTHER_CARRIER;
import static com.trackingintegration.batch.nativeimport.NfeStubs.nfe;
import static org.assertj.core.api.Assertions.assertThat;

/** The VTEX Tracking app's filters: only the issuing branches and the carriers named, by the CNPJs of the NF-e. */
@SpringBootTest(properties = {"integration.chunk-size=4", "integration.issuer-cnpjs=12.345.678/0001-95",
        "integration.carrier-cnpjs=11.222.333/0001-81"})
class NativeImportNfeFiltersTest extends NfeJobTest {

    @Test
    void an_invoice_of_another_branch_by_its_xml_or_its_access_key_and_one_naming_another_carrier_are_skipped() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(
                new NfeOrder("61-01", "6101", served("6101", nfe("6101", MAIN_BRANCH, CARRIER, Optional.empty()))),
                // The key names the main branch, the XML another: the XML, being the NF-e itself, is what counts.
                new NfeOrder("62-01", "6201", served("6201", nfe("6201", OTHER_BRANCH, CARRIER, Optional.empty())),
                        NfeStubs.accessKey(MAIN_BRANCH, 1, 6201), Optional.empty()),
                new NfeOrder("63-01", "6301", "https://erp.example.com/danfe/6301.pdf", NfeStubs.accessKey(OTHER_BRANCH, 1, 6301), Optional.empty()),
                new NfeOrder("64-01", "6401", served("6401", nfe("6401", MAIN_BRANCH, OTHER_CARRIER, Optional.empty())))));

        assertThat(start("2026-11-26T00:00:00Z", "2026-11-27T00:00:00Z")).as(console.toString()).isEqualTo(ExitCodes.COMPLETED);

        long run = lastExecution();
        assertThat(outcomesOf(run)).containsExactlyInAnyOrder("61-01/6101:IMPORTED:READY", "62-01/6201:SKIPPED:ISSUER_NOT_SELECTED",
                "63-01/6301:SKIPPED:ISSUER_NOT_SELECTED", "64-01/6401:SKIPPED:CARRIER_NOT_SELECTED");
        assertThat(outcomes.rows(run)).extracting(r -> r.orderId() + ":" + r.detail()).contains("62-01:issuer CNPJ " + OTHER_BRANCH,
                "63-01:issuer CNPJ " + OTHER_BRANCH, "64-01:carrier CNPJ " + OTHER_CARRIER);
        assertThat(receivedPerInvoice()).isEqualTo(Map.of("6101", 1L));
    }
}
