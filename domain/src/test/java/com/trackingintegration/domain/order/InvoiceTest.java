package com.trackingintegration.domain.order;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://erp.example.com/nfe/1.xml", "https://erp.example.com/nfe/1.XML", "https://x/1.xml?token=abc"})
    void a_public_link_ending_in_xml_carries_the_nfe_xml(String url) {
        assertThat(anOutputInvoice("1").withUrl(url).build().carriesNfeXml()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://erp.example.com/nfe/1.pdf", "", "https://x/xml/1"})
    void other_links_do_not(String url) {
        assertThat(anOutputInvoice("1").withUrl(url).build().carriesNfeXml()).isFalse();
    }

    @Test
    void an_embedded_invoice_carries_the_xml_whatever_the_link() {
        assertThat(anOutputInvoice("1").withUrl("https://x/1.pdf").withEmbeddedXml().build().carriesNfeXml()).isTrue();
    }

    @Test
    void the_series_comes_from_the_nfe_access_key_when_the_source_does_not_state_it() {
        Invoice invoice = anOutputInvoice("24382").withKey("35201100063960001504550020000243821333214542").build();

        assertThat(invoice.seriesOrFromKey()).contains("2");
    }

    @Test
    void a_stated_series_wins_over_the_key() {
        assertThat(anOutputInvoice("1").withSeries("7").build().seriesOrFromKey()).contains("7");
    }

    @Test
    void a_sat_coupon_key_has_no_series_to_read() {
        Invoice invoice = anOutputInvoice("1").withKey("CFe35201100063960001504590006629690333214542150").build();

        assertThat(invoice.seriesOrFromKey()).isEmpty();
    }

    @Test
    void the_type_is_output_or_input() {
        assertThat(InvoiceType.parse("Output")).isEqualTo(InvoiceType.OUTPUT);
        assertThat(InvoiceType.parse("input")).isEqualTo(InvoiceType.INPUT);
        assertThatThrownBy(() -> InvoiceType.parse("Sale")).hasMessageContaining("Output or Input");
    }
}
