package com.trackingintegration.domain.delivery;

/** VTEX Tracking's {@code legalType}: a person (PF, with CPF) or a company (PJ, with CNPJ). */
public enum LegalType {
    PF, PJ
}
