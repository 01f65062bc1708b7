package com.trackingintegration.http;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;

/** A WireMock transformer that plays part of a VTEX API, applied only to the stubs that name it. */
public abstract class NamedTransformer implements ResponseDefinitionTransformerV2 {

    private final String name;

    protected NamedTransformer(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }
}
