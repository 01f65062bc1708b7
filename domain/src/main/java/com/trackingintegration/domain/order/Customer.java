package com.trackingintegration.domain.order;

import java.util.Optional;

/**
 * Who bought the order ({@code clientProfileData}). A corporate customer carries its company name and CNPJ.
 */
public record Customer(String firstName, String lastName, String email, String phone,
                       DocumentType documentType, String document, Optional<Company> company) {

    public Customer {
        firstName = Text.orEmpty(firstName);
        lastName = Text.orEmpty(lastName);
        email = Text.orEmpty(email);
        phone = Text.orEmpty(phone);
        documentType = documentType == null ? DocumentType.OTHER : documentType;
        document = Text.orEmpty(document);
        company = company == null ? Optional.empty() : company;
    }

    public boolean isCorporate() {
        return company.isPresent() || documentType == DocumentType.CNPJ;
    }

    /** A company customer ({@code corporateName}, {@code corporateDocument}). */
    public record Company(String name, String cnpj) {
        public Company {
            name = Text.orEmpty(name);
            cnpj = Text.orEmpty(cnpj);
        }
    }
}
