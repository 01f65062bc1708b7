package com.trackingintegration.demo;

import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceItem;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderItem;
import com.trackingintegration.domain.order.ShippingAddress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo's NF-e: a small NF-e 4.00 document in the public layout ({@code nfeProc/NFe/infNFe} with {@code ide},
 * {@code emit}, {@code dest}, {@code entrega} when the goods go elsewhere, {@code det}, {@code total}, {@code transp}
 * and {@code protNFe}), in the environment of tests ({@code tpAmb} 2), and its 44-digit access key. It is not
 * signed: no reader here checks SEFAZ's signature, and a made-up one would only pretend.
 */
public final class DemoNfe {

    static final String NAMESPACE = "http://www.portalfiscal.inf.br/nfe";
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyMM", Locale.ROOT);

    /** A company named in an NF-e: the issuing branch or the carrier. */
    public record Company(String cnpj, String name, String state, int stateCode) {
    }

    /** Where the goods go when it is not the order's address ({@code entrega}). */
    public record Place(String street, String number, String complement, String neighborhood, String city, String state, String postalCode) {
    }

    private DemoNfe() {
    }

    /**
     * The access key: state, year and month, the issuer's CNPJ (digits 7 to 20), model 55, the series (23 to 25),
     * the number, the kind of emission, a code and the check digit (modulo 11, weights 2 to 9 from the right).
     */
    static String key(Company issuer, Invoice invoice, int series) {
        return key(issuer, invoice.issuanceDate().orElseThrow(), Long.parseLong(invoice.number()), series);
    }

    static String key(Company issuer, OffsetDateTime issued, long number, int series) {
        String month = YEAR_MONTH.format(issued);
        String body = String.format(Locale.ROOT, "%02d%s%s55%03d%09d1%08d", issuer.stateCode(), month, issuer.cnpj(), series,
                number, Math.floorMod(number * 7919, 100_000_000L));
        return body + checkDigit(body);
    }

    private static int checkDigit(String digits) {
        int sum = 0;
        int weight = 2;
        for (int i = digits.length() - 1; i >= 0; i--) {
            sum += (digits.charAt(i) - '0') * weight;
            weight = weight == 9 ? 2 : weight + 1;
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }

    static String xml(Order order, Invoice invoice, Company issuer, Company carrier, Optional<Place> entrega) {
        String key = invoice.key();
        Xml x = new Xml();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        x.raw("<nfeProc xmlns=\"" + NAMESPACE + "\" versao=\"4.00\"><NFe xmlns=\"" + NAMESPACE + "\"><infNFe Id=\"NFe" + key + "\" versao=\"4.00\">");
        x.raw("<ide>").el("cUF", key.substring(0, 2)).el("cNF", key.substring(35, 43)).el("natOp", "Venda de mercadoria").el("mod", "55")
                .el("serie", String.valueOf(Integer.parseInt(key.substring(22, 25)))).el("nNF", invoice.number())
                .el("dhEmi", invoice.issuanceDate().map(Object::toString).orElse("")).el("tpNF", "1").el("idDest", "1").el("cMunFG", "3304557")
                .el("tpImp", "1").el("tpEmis", "1").el("cDV", key.substring(43)).el("tpAmb", "2").el("finNFe", "1").el("indFinal", "1")
                .el("indPres", "2").el("procEmi", "0").el("verProc", "tracking-integration demo").raw("</ide>");
        x.raw("<emit>").el("CNPJ", issuer.cnpj()).el("xNome", issuer.name()).raw("<enderEmit>").el("xLgr", "Avenida Demo").el("nro", "100")
                .el("xBairro", "Centro").el("cMun", "3304557").el("xMun", "Rio de Janeiro").el("UF", issuer.state()).el("CEP", "20040000")
                .raw("</enderEmit>").el("IE", "ISENTO").el("CRT", "1").raw("</emit>");
        dest(x, order);
        entrega.ifPresent(place -> x.raw("<entrega>").el("xLgr", place.street()).el("nro", place.number()).el("xCpl", place.complement())
                .el("xBairro", place.neighborhood()).el("cMun", "3304557").el("xMun", place.city()).el("UF", place.state())
                .el("CEP", place.postalCode().replace("-", "")).raw("</entrega>"));
        int quantity = 0;
        for (int line = 0; line < invoice.items().size(); line++) {
            InvoiceItem item = invoice.items().get(line);
            OrderItem ordered = order.items().get(item.itemIndex());
            quantity += item.quantity();
            x.raw("<det nItem=\"" + (line + 1) + "\"><prod>").el("cProd", ordered.reference()).el("cEAN", "SEM GTIN").el("xProd", ordered.name())
                    .el("NCM", "61091000").el("CFOP", "5102").el("uCom", "UN").el("qCom", item.quantity() + ".0000")
                    .el("vUnCom", "10.00").el("vProd", money(1000L * item.quantity())).el("cEANTrib", "SEM GTIN").el("uTrib", "UN")
                    .el("qTrib", item.quantity() + ".0000").el("vUnTrib", "10.00").el("indTot", "1").raw("</prod>")
                    .raw("<imposto><ICMS><ICMSSN102><orig>0</orig><CSOSN>102</CSOSN></ICMSSN102></ICMS>"
                            + "<PIS><PISNT><CST>07</CST></PISNT></PIS><COFINS><COFINSNT><CST>07</CST></COFINSNT></COFINS></imposto></det>");
        }
        x.raw("<total><ICMSTot>").el("vProd", money(invoice.valueInCents())).el("vNF", money(invoice.valueInCents())).raw("</ICMSTot></total>");
        x.raw("<transp>").el("modFrete", "0").raw("<transporta>").el("CNPJ", carrier.cnpj()).el("xNome", carrier.name()).el("UF", carrier.state())
                .raw("</transporta><vol>").el("qVol", String.valueOf(invoice.volumes())).el("esp", "CAIXA")
                .el("pesoL", weight(quantity, 300)).el("pesoB", weight(quantity, 350)).raw("</vol></transp>");
        x.raw("<pag><detPag>").el("tPag", "03").el("vPag", money(invoice.valueInCents())).raw("</detPag></pag>");
        x.raw("</infNFe></NFe><protNFe versao=\"4.00\"><infProt>").el("tpAmb", "2").el("verAplic", "demo").el("chNFe", key)
                .el("dhRecbto", invoice.issuanceDate().map(Object::toString).orElse("")).el("nProt", "333" + key.substring(25, 37))
                .el("cStat", "100").el("xMotivo", "Autorizado o uso da NF-e").raw("</infProt></protNFe></nfeProc>");
        return x.toString();
    }

    private static void dest(Xml x, Order order) {
        Customer customer = order.customer();
        ShippingAddress address = order.address().orElseThrow();
        x.raw("<dest>");
        if (customer.company().isPresent()) {
            x.el("CNPJ", customer.company().get().cnpj()).el("xNome", customer.company().get().name());
        } else {
            x.el(customer.documentType() == DocumentType.CPF ? "CPF" : "CNPJ", customer.document())
                    .el("xNome", customer.firstName() + " " + customer.lastName());
        }
        x.raw("<enderDest>").el("xLgr", address.street()).el("nro", address.number()).el("xBairro", address.neighborhood())
                .el("cMun", "3304557").el("xMun", address.city()).el("UF", address.state()).el("CEP", address.postalCode().replace("-", ""))
                .el("cPais", "1058").el("xPais", "Brasil").raw("</enderDest>").el("indIEDest", "9").el("email", customer.email()).raw("</dest>");
    }

    private static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String weight(int quantity, int gramsEach) {
        return BigDecimal.valueOf((long) quantity * gramsEach, 3).toPlainString();
    }

    /** Elements with their text escaped; empty elements are left out, as the layout wants optional ones absent. */
    private static final class Xml {
        private final StringBuilder text = new StringBuilder();

        Xml raw(String markup) {
            text.append(markup);
            return this;
        }

        Xml el(String name, String value) {
            if (value == null || value.isEmpty()) {
                return this;
            }
            text.append('<').append(name).append('>').append(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</").append(name).append('>');
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
