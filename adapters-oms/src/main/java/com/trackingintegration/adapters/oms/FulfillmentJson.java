package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.external.ErpOrder;
import com.trackingintegration.domain.external.ExternalOrder;
import com.trackingintegration.domain.external.InvoiceNotification;
import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.ShippingAddress;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bodies of VTEX's fulfillment flow for external orders: place the order
 * ({@code placeFulfillmentOrderRequest}), authorize dispatch, and the Output invoice notification.
 */
final class FulfillmentJson {

    private FulfillmentJson() {
    }

    /** The spec says object; older VTEX guides showed an array. The spec is followed (a note in the README). */
    record PlaceOrder(String marketplaceOrderId, String marketplaceServicesEndpoint, long marketplacePaymentValue,
                      List<Item> items, ClientProfile clientProfileData, ShippingData shippingData, Object paymentData) {
    }

    record Item(String id, int quantity, String seller, long price) {
    }

    record ClientProfile(String email, String firstName, String lastName, String documentType, String document,
                         String phone, String corporateName, String corporateDocument, Boolean isCorporate) {
    }

    record ShippingData(Address address, List<Logistics> logisticsInfo) {
    }

    record Address(String addressType, String receiverName, String postalCode, String city, String state, String country,
                   String street, String number, String neighborhood, String complement) {
    }

    record Logistics(int itemIndex, String selectedSla, long price) {
    }

    record AuthorizeDispatch(String marketplaceOrderId) {
    }

    /** VTEX wants the invoice value as a string of cents, and "" for the tracking fields when only invoicing. */
    record Invoice(String type, String issuanceDate, String invoiceNumber, String invoiceValue, String invoiceKey,
                   String invoiceUrl, String courier, String trackingNumber, String trackingUrl, List<InvoiceItem> items) {
    }

    record InvoiceItem(String id, long price, int quantity) {
    }

    static PlaceOrder placeOrder(ExternalOrder order, String sellerId, String marketplaceServicesEndpoint) {
        ErpOrder erp = order.erp();
        List<Item> items = new ArrayList<>();
        List<Logistics> logistics = new ArrayList<>();
        for (int i = 0; i < erp.items().size(); i++) {
            ErpOrder.Item item = erp.items().get(i);
            items.add(new Item(item.sku(), item.quantity(), sellerId, item.unitPriceInCents()));
            // The order's shipping price rides on its first item, so the items' shipping adds up to it.
            logistics.add(new Logistics(i, erp.shipping().sla(), i == 0 ? erp.shipping().priceInCents() : 0));
        }
        ShippingAddress a = erp.address();
        Address address = new Address("residential", a.receiverName(), a.postalCode(), a.city(), a.state().toUpperCase(Locale.ROOT),
                a.country().toUpperCase(Locale.ROOT), a.street(), a.number(), a.neighborhood(), a.complement());
        return new PlaceOrder(order.marketplaceOrderId(), marketplaceServicesEndpoint, erp.totalInCents(), items,
                clientProfile(erp.customer()), new ShippingData(address, logistics), null);
    }

    private static ClientProfile clientProfile(Customer c) {
        boolean company = c.documentType() == DocumentType.CNPJ;
        String companyName = c.company().map(Customer.Company::name).orElse("");
        return new ClientProfile(c.email(), company && c.firstName().isEmpty() ? companyName : c.firstName(),
                company && c.lastName().isEmpty() ? "-" : c.lastName(), c.documentType().name().toLowerCase(Locale.ROOT),
                c.document(), c.phone().isEmpty() ? null : c.phone(), company ? companyName : null,
                company ? c.document() : null, company);
    }

    static Invoice invoice(InvoiceNotification invoice) {
        List<InvoiceItem> items = invoice.items().stream()
                .map(item -> new InvoiceItem(item.sku(), item.unitPriceInCents(), item.quantity())).toList();
        return new Invoice("Output", invoice.issuanceDate().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), invoice.invoiceNumber(),
                String.valueOf(invoice.valueInCents()), invoice.invoiceKey(), invoice.invoiceUrl(), "", "", "", items);
    }
}
