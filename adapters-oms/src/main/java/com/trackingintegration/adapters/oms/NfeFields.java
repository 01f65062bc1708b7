package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.nfe.NfeDocument;
import com.trackingintegration.domain.order.ShippingAddress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link NfeXml} takes from {@code infNFe}, element by element (names from the NF-e 4.00 layout, "Manual de
 * Orientação do Contribuinte"): {@code emit/CNPJ}, {@code transp/transporta/CNPJ}, {@code entrega} and the sums of
 * {@code transp/vol/qVol} and {@code transp/vol/pesoB}. A malformed value leaves its field empty, never the document
 * unread: a CNPJ with wrong check digits, or a volume or weight that is not a non-negative number, empties that field.
 */
final class NfeFields {

    private static final List<String> ENTREGA = List.of("xNome", "xLgr", "nro", "xCpl", "xBairro", "xMun", "UF", "CEP");

    private Optional<Cnpj> issuer = Optional.empty();
    private Optional<Cnpj> carrier = Optional.empty();
    private final Map<String, String> entrega = new HashMap<>();
    private boolean sawEntrega;
    private boolean sawInfNfe;
    private long volumes;
    private boolean sawVolumes;
    private BigDecimal weightKg = BigDecimal.ZERO;
    private boolean sawWeight;
    private boolean badVolumes;
    private boolean badWeight;

    /** An element ended: its path from the root (other namespaces' elements named "{other}") and its text. */
    void take(List<String> path, String text) {
        List<String> in = withinInfNfe(path);
        if (in == null) {
            return;
        }
        if (in.isEmpty()) {
            sawInfNfe = true;
        } else if (in.equals(List.of("emit", "CNPJ"))) {
            issuer = cnpj(text);
        } else if (in.equals(List.of("transp", "transporta", "CNPJ"))) {
            carrier = cnpj(text);
        } else if (in.equals(List.of("entrega"))) {
            sawEntrega = true;
        } else if (in.size() == 2 && in.get(0).equals("entrega") && ENTREGA.contains(in.get(1))) {
            entrega.put(in.get(1), text);
        } else if (in.equals(List.of("transp", "vol", "qVol"))) {
            volume(text);
        } else if (in.equals(List.of("transp", "vol", "pesoB"))) {
            weight(text);
        }
    }

    boolean sawInfNfe() {
        return sawInfNfe;
    }

    NfeDocument document() {
        OptionalInt count = !sawVolumes || badVolumes || volumes > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) volumes);
        Optional<BigDecimal> weight = !sawWeight || badWeight ? Optional.empty() : Optional.of(weightKg);
        return new NfeDocument(issuer, carrier, deliveryPlace(), count, weight);
    }

    /** Where the goods go; the NF-e has no coordinates, and its addresses are in Brazil. */
    private Optional<ShippingAddress> deliveryPlace() {
        if (!sawEntrega) {
            return Optional.empty();
        }
        return Optional.of(new ShippingAddress("residential", entrega.get("xNome"), entrega.get("xLgr"), entrega.get("nro"),
                entrega.get("xCpl"), entrega.get("xBairro"), entrega.get("xMun"), entrega.get("UF"), entrega.get("CEP"), "BRA",
                Optional.empty()));
    }

    /** The path below {@code infNFe} ({@code nfeProc/NFe/infNFe} or {@code NFe/infNFe}), or null when not in it. */
    private static List<String> withinInfNfe(List<String> path) {
        int start = !path.isEmpty() && path.get(0).equals("nfeProc") ? 1 : 0;
        if (path.size() < start + 2 || !path.get(start).equals("NFe") || !path.get(start + 1).equals("infNFe")) {
            return null;
        }
        return path.subList(start + 2, path.size());
    }

    private static Optional<Cnpj> cnpj(String text) {
        try {
            return Optional.of(Cnpj.parse(text));
        } catch (IllegalArgumentException noValidCnpj) {
            return Optional.empty();
        }
    }

    private void volume(String text) {
        sawVolumes = true;
        if (!text.matches("\\d{1,15}")) {
            badVolumes = true;
            return;
        }
        try {
            volumes = Math.addExact(volumes, Long.parseLong(text));
        } catch (ArithmeticException tooMany) {
            badVolumes = true;
        }
    }

    private void weight(String text) {
        sawWeight = true;
        if (!text.matches("\\d{1,12}(\\.\\d{1,3})?")) {
            badWeight = true;
            return;
        }
        weightKg = weightKg.add(new BigDecimal(text));
    }
}
