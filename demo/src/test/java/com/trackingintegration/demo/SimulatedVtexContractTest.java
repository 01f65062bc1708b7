package com.trackingintegration.demo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.adapters.oms.OmsSettings;
import com.trackingintegration.adapters.oms.VtexOmsOrders;
import com.trackingintegration.adapters.tracking.TrackingSettings;
import com.trackingintegration.adapters.tracking.VtexTrackingDeliveryServices;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.port.DeliveryServices.InvoiceRef;
import com.trackingintegration.domain.port.DeliveryServices.RemovalResult;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.http.ContractCheck;
import com.trackingintegration.http.ContractCheck.SpecMistake;
import com.trackingintegration.http.HttpSettings;
import com.trackingintegration.http.VtexContracts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated OMS answers as VTEX's Orders API says: WireMock stands in front of it as a proxy, the real OMS
 * adapter reads every order of two cycles of the catalog through it, and every answer is validated against
 * orders-api.json. The NF-e each package embeds is checked against its access key and the layout. The simulated VTEX
 * Tracking is read and asked to remove packing lists by the real Tracking adapter, through the same proxy, and
 * validated against tracking.json.
 */
class SimulatedVtexContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<SpecMistake> SPEC_MISTAKES = List.of(SpecMistake.UNLISTED_ERROR_STATUSES,
            new SpecMistake("GET", "", "validation.response.body.schema.type", "deliveryWindow",
                    "the Get order schema types logisticsInfo[].deliveryWindow as a string; VTEX answers null or an object"
                            + " {startDateUtc, endDateUtc, price, lisPrice, tax}, as the spec's own examples and the checkout and"
                            + " external-order specs have it (vtex-apis.md, section 3 and open question 7)"));
    private static final List<Order> ORDERS = DemoCatalog.orders(2 * DemoCatalog.Case.values().length);

    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static SimulatedVtex vtex;

    @BeforeAll
    static void simulatedVtex() {
        vtex = SimulatedVtex.start(ORDERS, Collections.nCopies(ORDERS.size(), Instant.parse("2026-11-20T14:00:00Z")), false);
    }

    /** WireMock clears its stubs before each test. */
    @BeforeEach
    void behindAProxy() {
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(vtex.baseUrl().toString())));
    }

    @AfterAll
    static void stop() {
        vtex.close();
    }

    private static OmsSettings settings() {
        HttpSettings http = SimulatedOms.http(URI.create(proxy.baseUrl()), 2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1));
        return SimulatedOms.settings(http, 4, SimulatedOms.FEED_VISIBILITY);
    }

    @Test
    void every_get_order_the_simulator_serves_follows_the_orders_api_and_the_adapter_reads_it() {
        try (VtexOmsOrders oms = new VtexOmsOrders(settings())) {
            List<Lookup> lookups = oms.orders(ORDERS.stream().map(Order::orderId).toList());

            assertThat(lookups).allSatisfy(lookup -> assertThat(lookup.order()).as(lookup.toString()).isPresent());
        }
        int checked = ContractCheck.against(VtexContracts.ORDERS_API, SPEC_MISTAKES).assertServedExchangesValid(proxy);
        assertThat(checked).isEqualTo(ORDERS.size());
    }

    @Test
    void the_simulated_tracking_looks_services_up_and_removes_only_an_ativo_packing_list_as_tracking_json_says() throws Exception {
        DeliveryServiceId notRouted = new DeliveryServiceId("1000000000000-01", "700001", "1");
        DeliveryServiceId routed = new DeliveryServiceId("1000000000001-01", "700002", "1");
        vtex.tracking().arriveAs("700001", "Ativo");
        vtex.tracking().arriveAs("700002", "Roteirizado");
        received(notRouted, "EXT-700001");
        received(routed, "EXT-700002");

        try (VtexTrackingDeliveryServices tracking = new VtexTrackingDeliveryServices(trackingSettings())) {
            assertThat(tracking.lookUp(notRouted)).containsExactly(new TrackedService("Ativo", "EXT-700001"));
            assertThat(tracking.lookUp(routed)).containsExactly(new TrackedService("Roteirizado", "EXT-700002"));
            assertThat(tracking.lookUp(new DeliveryServiceId("1000000000002-01", "799999", "1"))).as("an invoice Tracking never got").isEmpty();

            List<RemovalResult> removals = tracking.remove(List.of(new InvoiceRef("700001", "1"), new InvoiceRef("700002", "1")));

            assertThat(removals).extracting(RemovalResult::removed).as("only the Ativo one may lose its packing list").containsExactly(true, false);
            assertThat(tracking.lookUp(notRouted)).singleElement().satisfies(service -> assertThat(service.canceled()).isTrue());
            assertThat(tracking.lookUp(routed)).containsExactly(new TrackedService("Roteirizado", "EXT-700002"));
        }
        assertThat(vtex.tracking().packingListsRemoved()).isEqualTo(1);
        int checked = ContractCheck.against(VtexContracts.TRACKING, List.of(SpecMistake.UNLISTED_ERROR_STATUSES))
                .assertServedExchangesValid(proxy, path -> path.startsWith("/receiver/services"));
        assertThat(checked).as("three look-ups; the removal of both, refused, then of each alone; two look-ups again").isEqualTo(3 + 3 + 2);
    }

    /** A service as VTEX Tracking received it from the import, straight to the simulator (the import's requests are checked elsewhere). */
    private static void received(DeliveryServiceId id, String idExternal) throws Exception {
        String body = "[{\"invoiceOrderOfService\":\"" + id.invoiceNumber() + "\",\"invoiceOrderOfServiceSerie\":\"" + id.series()
                + "\",\"orderNumber\":\"" + id.orderId() + "\",\"idExternal\":\"" + idExternal + "\"}]";
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(vtex.baseUrl() + "/receiver/services"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private static TrackingSettings trackingSettings() {
        HttpSettings http = new HttpSettings("VTEX Tracking", URI.create(proxy.baseUrl() + "/receiver"), Duration.ofSeconds(2), Duration.ofSeconds(5), 2,
                Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1));
        return new TrackingSettings("demo", "demo", 50, 100, Duration.ZERO, http);
    }

    @Test
    void each_package_embeds_an_nfe_whose_access_key_names_its_issuer_and_series() throws Exception {
        int embedded = 0;
        for (Order order : ORDERS) {
            JsonNode answer = getOrder(order.orderId());
            for (JsonNode pack : answer.at("/packageAttachment/packages")) {
                String key = pack.get("invoiceKey").asString();
                assertThat(key).as("a 44-digit NF-e access key, model 55").matches("\\d{44}").satisfies(k -> assertThat(k.substring(20, 22)).isEqualTo("55"));
                assertThat(key.charAt(43) - '0').as("the key's check digit").isEqualTo(modulo11(key.substring(0, 43)));
                assertThat(validCnpj(key.substring(6, 20))).as("the issuer's CNPJ in " + key).isTrue();
                if (!pack.has("embeddedInvoice")) {
                    assertThat(DemoCatalog.caseOf(DemoCatalog.indexOf(order.orderId()))).isEqualTo(DemoCatalog.Case.NO_NFE_XML);
                    continue;
                }
                embedded++;
                Element infNFe = infNFe(pack.get("embeddedInvoice").asString());
                assertThat(text(infNFe, "emit", "CNPJ")).as("emit/CNPJ is the key's issuer").isEqualTo(key.substring(6, 20));
                assertThat(Integer.parseInt(text(infNFe, "ide", "serie"))).as("ide/serie is the key's series").isEqualTo(Integer.parseInt(key.substring(22, 25)));
                assertThat(text(infNFe, "ide", "nNF")).isEqualTo(pack.get("invoiceNumber").asString());
                assertThat(validCnpj(text(infNFe, "transp", "CNPJ"))).as("transp/transporta/CNPJ").isTrue();
                assertThat(Integer.parseInt(text(infNFe, "vol", "qVol"))).isEqualTo(pack.get("volumes").asInt());
                assertThat(text(infNFe, "vol", "pesoB")).matches("\\d+\\.\\d{3}");
                assertThat(infNFe.getElementsByTagNameNS(DemoNfe.NAMESPACE, "entrega").getLength())
                        .as("entrega, for the orders whose goods go elsewhere").isEqualTo(DemoCatalog.entregaOf(DemoCatalog.indexOf(order.orderId())).isPresent() ? 1 : 0);
            }
        }
        assertThat(embedded).isPositive();
    }

    @Test
    void the_two_branches_and_the_carriers_have_valid_cnpjs() {
        assertThat(List.of(DemoCatalog.MAIN_BRANCH, DemoCatalog.OTHER_BRANCH, DemoCatalog.OWN_FLEET, DemoCatalog.POSTAL))
                .allSatisfy(company -> assertThat(validCnpj(company.cnpj())).as(company.name()).isTrue());
        assertThat(ORDERS.stream().flatMap(o -> o.invoices().stream()).map(Invoice::key).map(k -> k.substring(6, 20)).distinct())
                .containsExactlyInAnyOrder(DemoCatalog.MAIN_BRANCH.cnpj(), DemoCatalog.OTHER_BRANCH.cnpj());
    }

    private static JsonNode getOrder(String orderId) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(vtex.baseUrl() + "/api/oms/pvt/orders/" + orderId)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body());
    }

    /** Parsed as a careful reader would: namespaces on, no DOCTYPE, no external anything. */
    private static Element infNFe(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(DemoNfe.NAMESPACE);
        assertThat(root.getLocalName()).isEqualTo("nfeProc");
        assertThat(root.getAttribute("versao")).isEqualTo("4.00");
        Element nfe = (Element) root.getElementsByTagNameNS(DemoNfe.NAMESPACE, "NFe").item(0);
        Element infNFe = (Element) nfe.getElementsByTagNameNS(DemoNfe.NAMESPACE, "infNFe").item(0);
        for (String part : List.of("ide", "emit", "dest", "det", "total", "transp")) {
            assertThat(infNFe.getElementsByTagNameNS(DemoNfe.NAMESPACE, part).getLength()).as("infNFe/" + part).isPositive();
        }
        return infNFe;
    }

    private static String text(Element infNFe, String parent, String child) {
        Element group = (Element) infNFe.getElementsByTagNameNS(DemoNfe.NAMESPACE, parent).item(0);
        return group.getElementsByTagNameNS(DemoNfe.NAMESPACE, child).item(0).getTextContent();
    }

    /** The access key's check digit, computed here apart from the generator: modulo 11, weights 2 to 9 from the right. */
    private static int modulo11(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(digits.length() - 1 - i) - '0') * (2 + i % 8);
        }
        return sum % 11 < 2 ? 0 : 11 - sum % 11;
    }

    /** A CNPJ's two check digits (Receita Federal's weights 5..2, 9..2 and 6..2, 9..2). */
    private static boolean validCnpj(String cnpj) {
        if (!cnpj.matches("\\d{14}")) {
            return false;
        }
        int[] first = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
        int[] second = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
        return digit(cnpj, first) == cnpj.charAt(12) - '0' && digit(cnpj, second) == cnpj.charAt(13) - '0';
    }

    private static int digit(String cnpj, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (cnpj.charAt(i) - '0') * weights[i];
        }
        return sum % 11 < 2 ? 0 : 11 - sum % 11;
    }
}
