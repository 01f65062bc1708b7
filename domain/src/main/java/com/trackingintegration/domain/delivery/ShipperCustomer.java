package com.trackingintegration.domain.delivery;

import static com.trackingintegration.domain.delivery.TrackingField.*;

/**
 * The recipient of a delivery, as VTEX Tracking names it ({@code shipperCustomer}). Empty strings are fields to leave
 * out of the request. The constructor refuses what Tracking would refuse: a missing street or postal code, or any
 * value longer than its field.
 */
public record ShipperCustomer(LegalType legalType, String email, String firstName, String lastName, String cpf,
                              String companyName, String cnpj, String addressStreet, String addressNumber,
                              String addressComplement, String addressNeighborhood, String addressCity, String state,
                              String postalCode, String phoneAreaCode, String phoneNumber) {

    public ShipperCustomer {
        if (legalType == null) {
            throw new IllegalArgumentException(LEGAL_TYPE.path() + " is required");
        }
        email = EMAIL.checked(email);
        firstName = FIRST_NAME.checked(firstName);
        lastName = LAST_NAME.checked(lastName);
        cpf = CPF.checked(cpf);
        companyName = COMPANY_NAME.checked(companyName);
        cnpj = CNPJ.checked(cnpj);
        addressStreet = required(ADDRESS_STREET, addressStreet);
        addressNumber = ADDRESS_NUMBER.checked(addressNumber);
        addressComplement = ADDRESS_COMPLEMENT.checked(addressComplement);
        addressNeighborhood = ADDRESS_NEIGHBORHOOD.checked(addressNeighborhood);
        addressCity = ADDRESS_CITY.checked(addressCity);
        state = STATE.checked(state);
        postalCode = required(POSTAL_CODE, postalCode);
        phoneAreaCode = PHONE_AREA_CODE.checked(phoneAreaCode);
        phoneNumber = PHONE_NUMBER.checked(phoneNumber);
    }

    private static String required(TrackingField field, String value) {
        String text = field.checked(value);
        if (text.isBlank()) {
            throw new IllegalArgumentException(field.path() + " is required");
        }
        return text;
    }
}
