package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.integration.PackingList.Line;
import com.trackingintegration.domain.order.Invoice;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static com.trackingintegration.domain.fixtures.OrderBuilder.aReadNfe;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anItem;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;

class PackingListTest {

    private static Line line(String ref, int quantity) {
        return new Line(anItem(0, ref).build(), quantity);
    }

    private static List<Line> lines(int count, String refPrefix) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> line(refPrefix + i, i)).toList();
    }

    @Test
    void a_list_that_fits_is_every_line_with_its_quantity_and_reference() {
        assertThat(PackingList.packingListOf(List.of(line("BIGBML", 2), line("7060874", 1)))).isEqualTo("2 x BIGBML; 1 x 7060874");
    }

    @Test
    void the_reference_is_the_ref_id_else_the_sku_id() {
        Line withoutRef = new Line(anItem(0, "").sku("7060874").build(), 1);

        assertThat(PackingList.packingListOf(List.of(withoutRef))).isEqualTo("1 x 7060874");
    }

    /** 50 characters exactly: "1 x REF-0001; " is 14, four lines are 14 * 4 - 2 = 54; three lines and the suffix fit. */
    @Test
    void a_list_that_does_not_fit_keeps_whole_lines_and_says_how_many_more() {
        List<Line> four = List.of(line("REF-0001", 1), line("REF-0002", 1), line("REF-0003", 1), line("REF-0004", 1));

        String list = PackingList.packingListOf(four);

        assertThat(list).isEqualTo("1 x REF-0001; 1 x REF-0002; 1 x REF-0003; +1 more");
        assertThat(list).hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void a_list_of_exactly_fifty_characters_is_not_shortened() {
        List<Line> exact = List.of(line("REF-0001", 1), line("REF-0002", 1), line("REF-0003", 1), line("RF-1", 1));

        assertThat(PackingList.packingListOf(exact)).hasSize(50).doesNotContain("more");
    }

    @Test
    void the_count_of_the_rest_may_take_two_digits_and_still_fits() {
        String list = PackingList.packingListOf(lines(40, "SKU"));

        assertThat(list).isEqualTo("1 x SKU1; 2 x SKU2; 3 x SKU3; 4 x SKU4; +36 more").hasSizeLessThanOrEqualTo(50);
    }

    /** A reference cut short would name another product: the list then only counts, the description names them. */
    @Test
    void when_not_even_the_first_line_fits_the_list_only_counts_them_all() {
        String longRef = "R".repeat(48);

        assertThat(PackingList.packingListOf(List.of(line(longRef, 1), line("A", 1)))).isEqualTo("+2 more");
        assertThat(PackingList.packingListOf(List.of(line(longRef, 10)))).isEqualTo("+1 more");
    }

    @Test
    void no_lines_no_packing_list() {
        assertThat(PackingList.packingListOf(List.of())).isEmpty();
    }

    @Test
    void the_description_names_every_line_then_the_volumes_and_weight() {
        Invoice invoice = anOutputInvoice("1").withVolumes(3).withNfe(aReadNfe().volumes(9).grossWeightKg("12.500")).build();
        List<Line> lines = List.of(new Line(anItem(0, "BIGBML").named("Big Bowl").build(), 2),
                new Line(anItem(1, "").sku("7060874").named("Tigela").build(), 1));

        assertThat(PackingList.descriptionOf(lines, invoice))
                .isEqualTo("2 x Big Bowl (ref BIGBML); 1 x Tigela (ref 7060874); volumes: 3; gross weight: 12.5 kg");
    }

    @Test
    void without_the_oms_volumes_the_nfe_volumes_are_used() {
        Invoice invoice = anOutputInvoice("1").withVolumes(0).withNfe(aReadNfe().volumes(4)).build();

        assertThat(PackingList.descriptionOf(List.of(line("A", 1)), invoice)).isEqualTo("1 x A; volumes: 4");
    }

    @Test
    void a_description_without_lines_or_volumes_is_empty() {
        assertThat(PackingList.descriptionOf(List.of(), anOutputInvoice("1").withVolumes(0).build())).isEmpty();
        assertThat(PackingList.descriptionOf(List.of(), anOutputInvoice("1").withVolumes(2).build())).isEqualTo("volumes: 2");
    }

    @Property(tries = 1000)
    void a_packing_list_fits_and_is_whole_lines_followed_by_the_count_of_the_rest(@ForAll("lineLists") List<Line> lines) {
        String list = PackingList.packingListOf(lines);
        List<String> all = lines.stream().map(l -> l.quantity() + " x " + l.item().reference()).toList();

        assertThat(list).hasSizeLessThanOrEqualTo(50);
        if (!list.contains("more")) {
            Statistics.collect("whole");
            assertThat(list).isEqualTo(String.join("; ", all));
            return;
        }
        List<String> parts = new ArrayList<>(List.of(list.split("; ")));
        String suffix = parts.remove(parts.size() - 1);
        Statistics.collect(parts.isEmpty() ? "only the count" : "shortened");
        assertThat(parts).as("whole lines, in order").isEqualTo(all.subList(0, parts.size()));
        assertThat(suffix).isEqualTo("+" + (all.size() - parts.size()) + " more");
        if (parts.size() < all.size() - 1) {
            String oneMore = String.join("; ", all.subList(0, parts.size() + 1)) + "; +" + (all.size() - parts.size() - 1) + " more";
            assertThat(oneMore.length()).as("as many lines as fit").isGreaterThan(50);
        }
    }

    @Provide
    Arbitrary<List<Line>> lineLists() {
        Arbitrary<String> refs = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(60);
        Arbitrary<Integer> quantities = Arbitraries.integers().between(1, 1000);
        return Combinators.combine(refs, quantities).as(PackingListTest::line).list().ofMaxSize(30);
    }
}
