package com.trackingintegration.domain.delivery;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalIdTest {

    private static String idOf(String order, String invoice, String series) {
        return ExternalId.of(new DeliveryServiceId(order, invoice, series));
    }

    @Test
    void an_id_that_fits_is_written_as_order_invoice_and_series_for_a_person_to_read() {
        assertThat(idOf("1172452900788-01", "24382", "2")).isEqualTo("1172452900788-01/24382/2");
        assertThat(idOf("1172452900788-01", "24382", "")).isEqualTo("1172452900788-01/24382");
    }

    @Test
    void an_id_that_does_not_fit_is_a_hash_of_thirty_characters() {
        String id = idOf("marketplace-seller-1172452900788-01", "000024382", "2");

        assertThat(id).hasSize(30).matches("ti-[a-z2-7]{27}");
    }

    @Test
    void thirty_characters_exactly_are_still_readable_and_thirty_one_are_hashed() {
        assertThat(idOf("1".repeat(24), "12345", "")).isEqualTo("1".repeat(24) + "/12345");
        assertThat(idOf("1".repeat(25), "12345", "")).startsWith("ti-").hasSize(30);
    }

    @Test
    void the_same_service_always_has_the_same_id() {
        assertThat(idOf("marketplace-seller-1172452900788-01", "24382", "2"))
                .isEqualTo(idOf("marketplace-seller-1172452900788-01", "24382", "2"));
    }

    /** An order id that looks like a hashed id is hashed too, so a readable id never passes for a hashed one. */
    @Test
    void a_readable_id_never_starts_like_a_hashed_one() {
        assertThat(idOf("ti-123", "1", "")).isNotEqualTo("ti-123/1").matches("ti-[a-z2-7]{27}");
    }

    /**
     * Order "A", invoice "1/2" and order "A", invoice "1", series "2" would both read "A/1/2": an invoice number
     * holding the separator is written hashed, and the hash tells the parts apart.
     */
    @Test
    void two_services_never_share_an_id_through_a_separator_in_their_parts() {
        assertThat(idOf("A", "1/2", "")).isNotEqualTo(idOf("A", "1", "2"));
        assertThat(idOf("A/1", "2", "")).isNotEqualTo(idOf("A", "1/2", ""));
        assertThat(idOf("A/1", "2", "3")).isNotEqualTo(idOf("A", "1/2", "3"));
        String longOrder = "marketplace-seller-1172452900788";
        assertThat(idOf(longOrder, "1/2", "")).isNotEqualTo(idOf(longOrder, "1", "2"));
    }

    @Property(tries = 1000)
    void every_id_fits_and_a_readable_one_names_its_parts(@ForAll("parts") String order, @ForAll("parts") String invoice,
                                                         @ForAll("series") String series) {
        String id = idOf(order, invoice, series);

        assertThat(id).hasSizeLessThanOrEqualTo(30);
        if (!id.startsWith("ti-")) {
            assertThat(id).isEqualTo(series.isEmpty() ? order + "/" + invoice : order + "/" + invoice + "/" + series);
            assertThat(id.split("/", -1)).hasSize(series.isEmpty() ? 2 : 3);
        } else {
            assertThat(id).matches("ti-[a-z2-7]{27}");
        }
    }

    @Provide
    Arbitrary<String> parts() {
        return Arbitraries.strings().withChars("0123456789-/at").ofMinLength(1).ofMaxLength(24).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> series() {
        return Arbitraries.strings().withChars("0123/").ofMaxLength(3);
    }
}
