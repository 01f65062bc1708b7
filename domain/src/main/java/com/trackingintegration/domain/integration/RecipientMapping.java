package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.LegalType;
import com.trackingintegration.domain.delivery.ShipperCustomer;
import com.trackingintegration.domain.delivery.TrackingField;
import com.trackingintegration.domain.nfe.NfeDocument;
import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.ShippingAddress;
import com.trackingintegration.domain.order.ShippingAddress.GeoPoint;
import com.trackingintegration.domain.order.Text;

import java.util.Locale;
import java.util.Optional;

import static com.trackingintegration.domain.delivery.TrackingField.*;

/**
 * Turns an order's customer and the invoice's delivery place into VTEX Tracking's recipient ({@code shipperCustomer}).
 * The place is the NF-e's {@code entrega} when the XML was read and has one (where the goods go, by the document that
 * travels with them), else the OMS's shipping address; the names, documents and phone are the customer's either way.
 * Fields a driver needs (street, number, city, state, postal code, phone) are rejected when Tracking cannot take
 * them; fields that lose nothing essential when cut (complement, neighbourhood, names) are cut to fit.
 * Problems are named by their path in the OMS order, where they must be fixed.
 */
final class RecipientMapping {

    private static final String ADDRESS = "shippingData.address";
    private static final int CNPJ_DIGITS = 14;

    private RecipientMapping() {
    }

    static ShipperCustomer recipientOf(Order order, Invoice invoice, int index) {
        Optional<ShippingAddress> entrega = invoice.nfeDocument().flatMap(NfeDocument::deliveryPlace);
        if (entrega.isPresent()) {
            return recipientOf(order, withOmsReceiver(order, entrega.get()), "packageAttachment.packages[" + index + "].NFe.entrega");
        }
        ShippingAddress address = order.address()
                .orElseThrow(() -> new InvalidFieldException(ADDRESS, "missing; there is nowhere to deliver"));
        return recipientOf(order, address, ADDRESS);
    }

    /** The coordinates of the OMS address, unless the NF-e's {@code entrega} moved the delivery elsewhere. */
    static Optional<GeoPoint> locationOf(Order order, Invoice invoice) {
        boolean elsewhere = invoice.nfeDocument().flatMap(NfeDocument::deliveryPlace).isPresent();
        return elsewhere ? Optional.empty() : order.address().flatMap(ShippingAddress::location);
    }

    /** The person who receives stays the one the OMS names: the NF-e's place, with the OMS address's receiver. */
    private static ShippingAddress withOmsReceiver(Order order, ShippingAddress place) {
        String receiver = order.address().map(ShippingAddress::receiverName).filter(name -> !name.isEmpty())
                .orElse(place.receiverName());
        return new ShippingAddress(place.addressType(), receiver, place.street(), place.number(), place.complement(),
                place.neighborhood(), place.city(), place.state(), place.postalCode(), place.country(), Optional.empty());
    }

    private static ShipperCustomer recipientOf(Order order, ShippingAddress address, String path) {
        Customer customer = order.customer();
        Optional<BrazilianPhone> phone = BrazilianPhone.parse("clientProfileData.phone", customer.phone());
        Name name = nameOf(address, customer);
        boolean company = customer.isCorporate();
        String cnpj = company ? cnpjOf(customer) : "";
        String cpf = !company && customer.documentType() == DocumentType.CPF ? Text.digitsOf(customer.document()) : "";
        return new ShipperCustomer(
                company ? LegalType.PJ : LegalType.PF,
                EMAIL.fits(customer.email()) ? customer.email() : "",
                FIRST_NAME.truncate(name.first()),
                LAST_NAME.truncate(name.last()),
                fitting("clientProfileData.document", CPF, cpf),
                company ? COMPANY_NAME.truncate(companyNameOf(customer, name)) : "",
                cnpj,
                street(address, path),
                fitting(path + ".number", ADDRESS_NUMBER, address.number()),
                ADDRESS_COMPLEMENT.truncate(address.complement()),
                ADDRESS_NEIGHBORHOOD.truncate(address.neighborhood()),
                fitting(path + ".city", ADDRESS_CITY, address.city()),
                state(address, path),
                PostalCode.normalize(path + ".postalCode", address.postalCode()),
                phone.map(BrazilianPhone::areaCode).orElse(""),
                phone.map(BrazilianPhone::number).orElse(""));
    }

    private static String street(ShippingAddress address, String path) {
        if (address.street().isEmpty()) {
            throw new InvalidFieldException(path + ".street", "missing; VTEX Tracking requires the street");
        }
        return fitting(path + ".street", ADDRESS_STREET, address.street());
    }

    private static String state(ShippingAddress address, String path) {
        String state = address.state().toUpperCase(Locale.ROOT);
        if (!state.matches("[A-Z]{2}")) {
            throw new InvalidFieldException(path + ".state", "'" + address.state() + "' is not a two-letter state (UF)");
        }
        return state;
    }

    private static String cnpjOf(Customer customer) {
        String cnpj = customer.company().map(Customer.Company::cnpj).filter(c -> !c.isEmpty()).orElse(customer.document());
        String digits = Text.digitsOf(cnpj);
        if (digits.length() != CNPJ_DIGITS) {
            throw new InvalidFieldException("clientProfileData.corporateDocument", "a company customer needs a CNPJ of 14 digits");
        }
        return digits;
    }

    private static String companyNameOf(Customer customer, Name name) {
        return customer.company().map(Customer.Company::name).filter(n -> !n.isEmpty())
                .orElse((name.first() + " " + name.last()).strip());
    }

    /** The person who receives the package is the address's receiver; the buyer's name is the fallback. */
    private static Name nameOf(ShippingAddress address, Customer customer) {
        String receiver = address.receiverName();
        if (receiver.isEmpty()) {
            return new Name(customer.firstName(), customer.lastName());
        }
        int space = receiver.indexOf(' ');
        return space < 0 ? new Name(receiver, "") : new Name(receiver.substring(0, space), receiver.substring(space + 1).strip());
    }

    private static String fitting(String sourceField, TrackingField field, String value) {
        if (!field.fits(value)) {
            throw new InvalidFieldException(sourceField, "is " + value.length() + " characters long; VTEX Tracking's "
                    + field.path() + " accepts at most " + field.maxLength());
        }
        return value;
    }

    private record Name(String first, String last) {
    }
}
