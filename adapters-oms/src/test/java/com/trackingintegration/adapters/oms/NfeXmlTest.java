package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.nfe.NfeDocument;
import com.trackingintegration.domain.nfe.NfeReading;
import com.trackingintegration.domain.order.ShippingAddress;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NfeXmlTest {

    private static NfeReading read(String xml) {
        return NfeXml.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static NfeDocument document(String xml) {
        NfeReading reading = read(xml);
        assertThat(reading).isInstanceOf(NfeReading.Read.class);
        return ((NfeReading.Read) reading).document();
    }

    private static String unreadable(String xml) {
        NfeReading reading = read(xml);
        assertThat(reading).isInstanceOf(NfeReading.Unreadable.class);
        String detail = ((NfeReading.Unreadable) reading).detail();
        assertThat(detail).doesNotContain("\n").isNotBlank();
        return detail;
    }

    @Test
    void a_real_nfe_gives_its_issuer_carrier_delivery_place_volumes_and_gross_weight() {
        NfeDocument nfe = document(NfeFixtures.withEntrega());

        assertThat(nfe.issuer()).contains(new Cnpj(NfeFixtures.ISSUER));
        assertThat(nfe.carrier()).contains(new Cnpj(NfeFixtures.CARRIER));
        assertThat(nfe.deliveryPlace()).contains(new ShippingAddress("residential", "Maria Exemplo", "Rua das Entregas", "42",
                "Casa 2", "Botafogo", "Rio de Janeiro", "RJ", "22250040", "BRA", Optional.empty()));
        assertThat(nfe.volumes()).hasValue(3);
        assertThat(nfe.grossWeightKg()).hasValueSatisfying(kg -> assertThat(kg).isEqualByComparingTo(new BigDecimal("10.700")));
    }

    @Test
    void without_entrega_there_is_no_delivery_place() {
        NfeDocument nfe = document(NfeFixtures.withoutEntrega());

        assertThat(nfe.deliveryPlace()).isEmpty();
        assertThat(nfe.issuer()).contains(new Cnpj(NfeFixtures.ISSUER));
    }

    @Test
    void a_bare_nfe_without_its_authorization_protocol_is_read_too() {
        String whole = NfeFixtures.withEntrega();
        String bare = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + whole.substring(whole.indexOf("<NFe "), whole.indexOf("</NFe>") + 6);

        assertThat(document(bare).carrier()).contains(new Cnpj(NfeFixtures.CARRIER));
    }

    @Test
    void a_malformed_cnpj_or_volume_empties_that_field_and_the_rest_is_read() {
        NfeDocument nfe = document(NfeFixtures.withEntrega()
                .replace("<CNPJ>" + NfeFixtures.CARRIER + "</CNPJ>", "<CNPJ>1122233300018</CNPJ>")
                .replace("<qVol>2</qVol>", "<qVol>two</qVol>"));

        assertThat(nfe.carrier()).isEmpty();
        assertThat(nfe.volumes()).isEmpty();
        assertThat(nfe.issuer()).contains(new Cnpj(NfeFixtures.ISSUER));
        assertThat(nfe.grossWeightKg()).isPresent();
    }

    @Test
    void an_nfe_without_transp_volumes_has_none() {
        String xml = NfeFixtures.withEntrega().replaceAll("(?s)<vol>.*?</vol>", "");

        assertThat(document(xml).volumes()).isEmpty();
        assertThat(document(xml).grossWeightKg()).isEmpty();
    }

    @Test
    void the_billion_laughs_is_unreadable_and_never_expanded() {
        assertThat(unreadable(NfeFixtures.xmlBomb())).contains("DOCTYPE");
    }

    @Test
    void an_external_entity_naming_a_local_file_is_unreadable_and_never_read() {
        String detail = unreadable(NfeFixtures.externalEntity("file:///etc/passwd"));

        assertThat(detail).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void any_doctype_even_a_harmless_one_makes_the_document_unreadable() {
        String whole = NfeFixtures.withoutEntrega();
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE nfeProc>" + whole.substring(whole.indexOf("<nfeProc"));

        assertThat(unreadable(xml)).isEqualTo("the XML declares a DOCTYPE, which an NF-e never has; not read");
    }

    @Test
    void a_truncated_file_is_unreadable_saying_where() {
        assertThat(unreadable(NfeFixtures.truncated())).startsWith("not well-formed XML at line");
    }

    @Test
    void what_is_not_xml_or_not_an_nfe_is_unreadable() {
        assertThat(unreadable("%PDF-1.7 not an xml")).startsWith("not well-formed XML");
        assertThat(unreadable("<Invoice><BusinessUnitID>204</BusinessUnitID></Invoice>"))
                .isEqualTo("not an NF-e: the root element is Invoice, not nfeProc or NFe of http://www.portalfiscal.inf.br/nfe");
        assertThat(unreadable("<nfeProc xmlns=\"http://www.portalfiscal.inf.br/nfe\"><protNFe/></nfeProc>"))
                .isEqualTo("not an NF-e: no NFe/infNFe element");
    }

    @Test
    void the_official_get_order_examples_embedded_invoice_is_unreadable() {
        // orders-api.json's example: not an NF-e, and not even well-formed (version= 1.0, <Invoice>...</invoice>).
        assertThat(unreadable("<?xml version= 1.0 encoding= utf-8 ?><Invoice>  <BusinessUnitID>204</BusinessUnitID></invoice>"))
                .startsWith("not well-formed XML");
    }

    @Test
    void a_document_over_5_mib_is_unreadable_without_being_parsed() {
        byte[] huge = new byte[NfeXml.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        assertThat(NfeXml.read(huge)).isEqualTo(new NfeReading.Unreadable("the NF-e XML is over 5 MiB; an NF-e is rarely above 100 KiB"));
    }
}
