package com.trackingintegration.domain.order;

import java.util.Locale;

/** Brazilian tax document of a person (CPF) or of a company (CNPJ). */
public enum DocumentType {
    CPF, CNPJ, OTHER;

    public static DocumentType parse(String value) {
        String normalized = Text.orEmpty(value).toLowerCase(Locale.ROOT);
        switch (normalized) {
            case "cpf":
                return CPF;
            case "cnpj":
                return CNPJ;
            default:
                return OTHER;
        }
    }
}
