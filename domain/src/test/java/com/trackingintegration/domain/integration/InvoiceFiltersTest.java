package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.nfe.NfeReading;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.trackingintegration.domain.fixtures.OrderBuilder.aReadNfe;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;

class InvoiceFiltersTest {

    /** The issuer that the fixtures' access key names (digits 7 to 20 of 3520110006396000150455...). */
    private static final String KEY_ISSUER = "00063960001504";
    private static final String BRANCH_RJ = "11222333000181";
    private static final String CARRIER_A = "20212790000186";
    private static final String CARRIER_B = "55912377000109";

    private static IntegrationSettings settings(boolean xmlRequired, Set<String> couriers, Set<String> issuers, Set<String> carriers) {
        return new IntegrationSettings(xmlRequired, false, Routing.INTERNAL, couriers, cnpjs(issuers), cnpjs(carriers));
    }

    private static Set<Cnpj> cnpjs(Set<String> digits) {
        return digits.stream().map(Cnpj::parse).collect(Collectors.toSet());
    }

    private static Verdict onlyVerdict(IntegrationSettings settings, Order order) {
        List<Verdict> verdicts = new OrderIntegration(settings).decide(order, List.of()).verdicts();
        assertThat(verdicts).hasSize(1);
        return verdicts.get(0);
    }

    private static Order withReading(NfeReading reading) {
        return anInvoicedOrder().withInvoice(anOutputInvoice("24382").withNfe(reading)).build();
    }

    @Nested
    class NfeFile {

        private final IntegrationSettings required = settings(true, Set.of(), Set.of(), Set.of());
        private final IntegrationSettings optional = settings(false, Set.of(), Set.of(), Set.of());

        @Test
        void required_and_not_carried_is_skipped_as_before() {
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("24382").withUrl("https://luxstore.com/nfe/24382.pdf")).build();

            Verdict verdict = onlyVerdict(required, order);

            assertThat(verdict.reason()).isEqualTo(Reason.INVOICE_FILE_MISSING);
            assertThat(verdict.detail()).isEqualTo("no embeddedInvoice and invoiceUrl does not end in .xml");
        }

        @Test
        void required_and_missing_is_skipped_with_what_the_link_answered() {
            Verdict verdict = onlyVerdict(required, withReading(new NfeReading.Missing("invoiceUrl answered 404")));

            assertThat(verdict.reason()).isEqualTo(Reason.INVOICE_FILE_MISSING);
            assertThat(verdict.disposition()).isEqualTo(Disposition.SKIP);
            assertThat(verdict.detail()).isEqualTo("invoiceUrl answered 404");
        }

        @Test
        void required_and_unreadable_is_rejected_with_why() {
            Verdict verdict = onlyVerdict(required, withReading(new NfeReading.Unreadable("a DOCTYPE is not allowed")));

            assertThat(verdict.reason()).isEqualTo(Reason.INVOICE_FILE_UNREADABLE);
            assertThat(verdict.disposition()).isEqualTo(Disposition.REJECT);
            assertThat(verdict.detail()).isEqualTo("a DOCTYPE is not allowed");
        }

        @Test
        void required_and_unreachable_is_deferred_to_the_next_run() {
            Verdict verdict = onlyVerdict(required, withReading(new NfeReading.Unreachable("connection refused after 3 tries")));

            assertThat(verdict.reason()).isEqualTo(Reason.INVOICE_FILE_UNAVAILABLE);
            assertThat(verdict.disposition()).isEqualTo(Disposition.DEFER);
            assertThat(verdict.detail()).isEqualTo("connection refused after 3 tries");
        }

        @Test
        void required_and_read_goes_on() {
            assertThat(onlyVerdict(required, withReading(aReadNfe().build())).reason()).isEqualTo(Reason.READY);
        }

        @Test
        void not_required_any_reading_goes_on_with_the_oms_data() {
            Stream.of(NfeReading.NOT_CARRIED, new NfeReading.Missing("404"), new NfeReading.Unreadable("truncated"),
                    new NfeReading.Unreachable("timeout"), aReadNfe().build()).forEach(reading -> {
                Verdict verdict = onlyVerdict(optional, withReading(reading));

                assertThat(verdict.reason()).as(reading.toString()).isEqualTo(Reason.READY);
                assertThat(verdict.request().orElseThrow().service().recipient().addressStreet()).isEqualTo("Avenida Lúcio Costa");
            });
        }
    }

    @Nested
    class Issuer {

        @Test
        void an_nfe_of_a_selected_branch_is_imported_by_its_xml() {
            IntegrationSettings rj = settings(false, Set.of(), Set.of("11.222.333/0001-81"), Set.of());

            assertThat(onlyVerdict(rj, withReading(aReadNfe().issuedBy(BRANCH_RJ).build())).reason()).isEqualTo(Reason.READY);
        }

        /** The XML wins over the key: the fixture's key names another branch. */
        @Test
        void an_nfe_of_another_branch_is_skipped_naming_the_issuer_of_its_xml() {
            IntegrationSettings keyBranchOnly = settings(false, Set.of(), Set.of(KEY_ISSUER), Set.of());

            Verdict verdict = onlyVerdict(keyBranchOnly, withReading(aReadNfe().issuedBy(BRANCH_RJ).build()));

            assertThat(verdict.reason()).isEqualTo(Reason.ISSUER_NOT_SELECTED);
            assertThat(verdict.detail()).isEqualTo("issuer CNPJ " + BRANCH_RJ);
        }

        @Test
        void without_the_xml_the_access_key_names_the_issuer() {
            Order order = anInvoicedOrder().build();

            assertThat(onlyVerdict(settings(false, Set.of(), Set.of(KEY_ISSUER), Set.of()), order).reason()).isEqualTo(Reason.READY);
            Verdict other = onlyVerdict(settings(false, Set.of(), Set.of(BRANCH_RJ), Set.of()), order);
            assertThat(other.reason()).isEqualTo(Reason.ISSUER_NOT_SELECTED);
            assertThat(other.detail()).isEqualTo("issuer CNPJ " + KEY_ISSUER);
        }

        @Test
        void an_xml_naming_no_issuer_falls_back_to_the_key() {
            IntegrationSettings keyBranch = settings(false, Set.of(), Set.of(KEY_ISSUER), Set.of());

            assertThat(onlyVerdict(keyBranch, withReading(aReadNfe().build())).reason()).isEqualTo(Reason.READY);
        }

        @Test
        void an_invoice_nothing_names_the_issuer_of_is_skipped_saying_so() {
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("24382").withKey("")).build();

            Verdict verdict = onlyVerdict(settings(false, Set.of(), Set.of(BRANCH_RJ), Set.of()), order);

            assertThat(verdict.reason()).isEqualTo(Reason.ISSUER_NOT_SELECTED);
            assertThat(verdict.detail()).isEqualTo("neither an NF-e XML nor the access key names the issuer");
        }
    }

    @Nested
    class CarrierCnpj {

        private final IntegrationSettings carrierA = settings(false, Set.of(), Set.of(), Set.of(CARRIER_A));

        @Test
        void an_nfe_carried_by_a_selected_carrier_is_imported() {
            assertThat(onlyVerdict(carrierA, withReading(aReadNfe().carriedBy(CARRIER_A).build())).reason()).isEqualTo(Reason.READY);
        }

        @Test
        void an_nfe_carried_by_another_carrier_is_skipped_naming_it() {
            Verdict verdict = onlyVerdict(carrierA, withReading(aReadNfe().carriedBy(CARRIER_B).build()));

            assertThat(verdict.reason()).isEqualTo(Reason.CARRIER_NOT_SELECTED);
            assertThat(verdict.detail()).isEqualTo("carrier CNPJ " + CARRIER_B);
        }

        @Test
        void an_nfe_naming_no_carrier_is_skipped_saying_so() {
            Verdict verdict = onlyVerdict(carrierA, withReading(aReadNfe().build()));

            assertThat(verdict.reason()).isEqualTo(Reason.CARRIER_NOT_SELECTED);
            assertThat(verdict.detail()).isEqualTo("the NF-e XML names no carrier CNPJ (transp/transporta/CNPJ)");
        }

        @Test
        void an_invoice_whose_xml_was_not_read_has_no_carrier_cnpj() {
            Verdict verdict = onlyVerdict(carrierA, withReading(new NfeReading.Unreachable("timeout")));

            assertThat(verdict.reason()).isEqualTo(Reason.CARRIER_NOT_SELECTED);
            assertThat(verdict.detail()).isEqualTo("no NF-e XML was read to name the carrier's CNPJ");
        }

        @Test
        void with_both_carrier_filters_an_invoice_must_pass_the_courier_name_and_the_cnpj() {
            IntegrationSettings both = settings(false, Set.of("Motoboy"), Set.of(), Set.of(CARRIER_A));
            Order order = anInvoicedOrder()
                    .withInvoice(anOutputInvoice("1").withCourier("Motoboy").withNfe(aReadNfe().carriedBy(CARRIER_A)))
                    .withInvoice(anOutputInvoice("2").withCourier("PAC Correios").withNfe(aReadNfe().carriedBy(CARRIER_A)))
                    .withInvoice(anOutputInvoice("3").withCourier("Motoboy").withNfe(aReadNfe().carriedBy(CARRIER_B)))
                    .build();

            List<Verdict> verdicts = new OrderIntegration(both).decide(order, List.of()).verdicts();

            assertThat(verdicts).extracting(v -> v.invoiceNumber() + " " + v.reason() + " " + v.detail()).containsExactly(
                    "1 READY ", "2 CARRIER_NOT_SELECTED courier 'PAC Correios'", "3 CARRIER_NOT_SELECTED carrier CNPJ " + CARRIER_B);
        }
    }

    @Nested
    class Sequence {

        /** Each filter an invoice fails in turn, the earlier winning: file, then issuer, then carrier, then number. */
        @Test
        void the_filters_apply_in_order() {
            IntegrationSettings all = settings(true, Set.of(), Set.of(BRANCH_RJ), Set.of(CARRIER_A));
            var order = anInvoicedOrder()
                    .withInvoice(anOutputInvoice("1").withNfe(new NfeReading.Unreadable("truncated")))
                    .withInvoice(anOutputInvoice("2").withNfe(aReadNfe().issuedBy(KEY_ISSUER).carriedBy(CARRIER_B)))
                    .withInvoice(anOutputInvoice("3").withNfe(aReadNfe().issuedBy(BRANCH_RJ).carriedBy(CARRIER_B)))
                    .withInvoice(anOutputInvoice("").withNfe(aReadNfe().issuedBy(BRANCH_RJ).carriedBy(CARRIER_A)))
                    .build();

            List<Verdict> verdicts = new OrderIntegration(all).decide(order, List.of()).verdicts();

            assertThat(verdicts).extracting(Verdict::reason).containsExactly(Reason.INVOICE_FILE_UNREADABLE,
                    Reason.ISSUER_NOT_SELECTED, Reason.CARRIER_NOT_SELECTED, Reason.INVALID_DATA);
        }
    }
}
