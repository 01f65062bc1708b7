package com.trackingintegration.domain.settings;

import com.trackingintegration.domain.nfe.Cnpj;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The merchant's choices in the VTEX Tracking app, which decide what is imported and how.
 *
 * @param invoiceFileRequired import only invoices that carry the NF-e XML ("Integração de pedidos com XML da Nota Fiscal")
 * @param statusUpdates send delivery statuses back to the OMS ("Atualização do status de entrega nos pedidos")
 * @param routing whether routes are made in VTEX Tracking or outside it
 * @param carriers the couriers whose packages are imported; empty means every courier
 * @param issuers the CNPJs of the branches whose NF-e are imported; empty means every issuer
 * @param carrierCnpjs the CNPJs of the carriers whose NF-e are imported; empty means every carrier
 */
public record IntegrationSettings(boolean invoiceFileRequired, boolean statusUpdates, Routing routing, Set<String> carriers,
                                  Set<Cnpj> issuers, Set<Cnpj> carrierCnpjs) {

    public IntegrationSettings(boolean invoiceFileRequired, boolean statusUpdates, Routing routing, Set<String> carriers) {
        this(invoiceFileRequired, statusUpdates, routing, carriers, Set.of(), Set.of());
    }

    public IntegrationSettings {
        if (routing == null) {
            throw new IllegalArgumentException("routing is required (internal or external)");
        }
        carriers = normalized(carriers == null ? List.of() : carriers);
        issuers = issuers == null ? Set.of() : Set.copyOf(issuers);
        carrierCnpjs = carrierCnpjs == null ? Set.of() : Set.copyOf(carrierCnpjs);
    }

    /** What a merchant gets after installing the app: everything imported, routed in VTEX Tracking, no status updates. */
    public static IntegrationSettings defaults() {
        return new IntegrationSettings(false, false, Routing.INTERNAL, Set.of());
    }

    public boolean acceptsCourier(String courier) {
        return carriers.isEmpty() || carriers.contains(key(courier));
    }

    public boolean routedOutside() {
        return routing == Routing.EXTERNAL;
    }

    private static Set<String> normalized(Collection<String> names) {
        List<String> problems = new ArrayList<>();
        int position = 0;
        for (String name : names) {
            position++;
            if (name == null || name.isBlank()) {
                problems.add("carrier " + position + " of " + names.size() + " is blank");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("carriers: " + String.join("; ", problems));
        }
        return names.stream().map(IntegrationSettings::key).collect(Collectors.toUnmodifiableSet());
    }

    /** Couriers are matched as people type them: without case or surrounding spaces mattering. */
    private static String key(String courier) {
        return courier == null ? "" : courier.strip().toLowerCase(Locale.ROOT);
    }
}
