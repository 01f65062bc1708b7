package com.trackingintegration.batch.nativeimport;

import java.util.Locale;
import java.util.Optional;

/**
 * Invoiced orders whose NF-e XML is linked from {@code invoiceUrl}, for the job tests of the NF-e rules, and the files
 * an invoice host serves: NF-e 4.00 documents in the public layout ({@code nfeProc/NFe/infNFe}), with or without
 * {@code entrega}, and hostile ones. The CNPJs and the access keys have valid check digits.
 */
final class NfeStubs {

    /** The merchant's main branch, the NF-e's {@code emit/CNPJ}. */
    static final String MAIN_BRANCH = "12345678000195";
    /** Another branch of the same merchant. */
    static final String OTHER_BRANCH = "12345678000276";
    /** The carrier named in {@code transp/transporta/CNPJ}. */
    static final String CARRIER = "11222333000181";
    static final String OTHER_CARRIER = "44555666000181";

    /** An entity bomb: read by a naive parser, it expands to gigabytes. */
    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE nfeProc [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
             <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
             <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
             <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
            <nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00">&h;</nfeProc>
            """;

    private NfeStubs() {
    }

    /** Where the goods go, when the NF-e names a place ({@code entrega}) other than the customer's address. */
    record Place(String street, String number, String neighborhood, String city, String state, String postalCode) {
    }

    /**
     * An NF-e 4.00 of the main branch's series 1.
     *
     * @param issuer  {@code emit/CNPJ}
     * @param carrier {@code transp/transporta/CNPJ}
     */
    static String nfe(String number, String issuer, String carrier, Optional<Place> entrega) {
        String key = accessKey(issuer, 1, Integer.parseInt(number));
        String place = entrega.map(p -> """
                      <entrega><CPF>00000000191</CPF><xNome>Maria Exemplo</xNome><xLgr>%s</xLgr><nro>%s</nro>\
                <xBairro>%s</xBairro><cMun>3304557</cMun><xMun>%s</xMun><UF>%s</UF><CEP>%s</CEP><cPais>1058</cPais></entrega>
                """.formatted(p.street(), p.number(), p.neighborhood(), p.city(), p.state(), p.postalCode())).orElse("");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00">
                  <NFe>
                    <infNFe Id="NFe%1$s" versao="4.00">
                      <ide><cUF>35</cUF><mod>55</mod><serie>1</serie><nNF>%2$s</nNF><dhEmi>2026-11-26T10:10:20-03:00</dhEmi>\
                <tpNF>1</tpNF><tpAmb>2</tpAmb></ide>
                      <emit><CNPJ>%3$s</CNPJ><xNome>LOJA EXEMPLO COMERCIO LTDA</xNome><CRT>3</CRT></emit>
                      <dest><CPF>00000000191</CPF><xNome>NF-E EMITIDA EM AMBIENTE DE HOMOLOGACAO</xNome></dest>
                %4$s      <det nItem="1"><prod><cProd>BIGBML</cProd><xProd>Bay Max L</xProd><qCom>2.0000</qCom><vProd>19.80</vProd></prod></det>
                      <total><ICMSTot><vNF>10.15</vNF></ICMSTot></total>
                      <transp><modFrete>0</modFrete><transporta><CNPJ>%5$s</CNPJ><xNome>TRANSPORTES EXEMPLO LTDA</xNome></transporta>\
                <vol><qVol>1</qVol><pesoB>2.500</pesoB></vol></transp>
                    </infNFe>
                  </NFe>
                  <protNFe versao="4.00"><infProt><chNFe>%1$s</chNFe><cStat>100</cStat></infProt></protNFe>
                </nfeProc>
                """.formatted(key, number, issuer, place, carrier);
    }

    /** A document cut short, as a host that dropped the connection mid-file leaves it. */
    static String truncated(String number) {
        String whole = nfe(number, MAIN_BRANCH, CARRIER, Optional.empty());
        return whole.substring(0, whole.indexOf("<transp>") + 12);
    }

    /** The 44 digits: state, year-month, the issuer's CNPJ, model 55, series, number, emission type, code, check digit. */
    static String accessKey(String issuer, int series, int number) {
        String digits = "352611" + issuer + "55" + String.format(Locale.ROOT, "%03d%09d", series, number) + "1" + "12345678";
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(digits.length() - 1 - i) - '0') * (2 + i % 8);
        }
        return digits + (sum % 11 < 2 ? 0 : 11 - sum % 11);
    }

    /** A delivery window from Get order's {@code logisticsInfo[].deliveryWindow}, in UTC as VTEX writes it. */
    record Window(String startDateUtc, String endDateUtc) {
    }

    /**
     * An invoiced order with one line ({@code 2 x BIGBML}) and one sale invoice, whose NF-e XML is at {@code invoiceUrl}.
     *
     * @param invoiceKey the access key, "" when the OMS has none
     */
    record NfeOrder(String id, String invoice, String invoiceUrl, String invoiceKey, Optional<Window> window)
            implements VtexStubs.StubbedOrder {

        NfeOrder(String id, String invoice, String invoiceUrl) {
            this(id, invoice, invoiceUrl, "", Optional.empty());
        }

        @Override
        public String json() {
            String deliveryWindow = window.map(w -> String.format(Locale.ROOT,
                    "{\"startDateUtc\":\"%s\",\"endDateUtc\":\"%s\",\"price\":0,\"lisPrice\":0,\"tax\":0}", w.startDateUtc(), w.endDateUtc()))
                    .orElse("null");
            return "{\"orderId\":\"" + id + "\",\"status\":\"invoiced\",\"merchantName\":\"Loja Exemplo\","
                    + "\"sellers\":[{\"id\":\"1\",\"name\":\"Loja Exemplo\",\"logo\":\"\",\"fulfillmentEndpoint\":\"\"}],"
                    + "\"items\":[{\"id\":\"2000001\",\"refId\":\"BIGBML\",\"name\":\"Bay Max L\",\"quantity\":2}],"
                    + "\"clientProfileData\":{\"email\":\"c@example.com\",\"firstName\":\"Ana\",\"lastName\":\"Silva\","
                    + "\"documentType\":\"cpf\",\"document\":\"12345678909\",\"phone\":\"+5521999999999\",\"isCorporate\":false},"
                    + "\"shippingData\":{\"address\":{\"addressType\":\"residential\",\"receiverName\":\"Ana Silva\",\"postalCode\":\"22631-000\","
                    + "\"city\":\"Rio de Janeiro\",\"state\":\"RJ\",\"country\":\"BRA\",\"street\":\"Avenida das Americas\","
                    + "\"number\":\"500\",\"neighborhood\":\"Barra da Tijuca\",\"complement\":\"\"},"
                    + "\"logisticsInfo\":[{\"itemIndex\":0,\"selectedSla\":\"Agendada\",\"selectedDeliveryChannel\":\"delivery\","
                    + "\"deliveryWindow\":" + deliveryWindow + "}]},"
                    + "\"packageAttachment\":{\"packages\":[{\"items\":[{\"itemIndex\":0,\"quantity\":2}],\"courier\":\"Motoboy\","
                    + "\"invoiceNumber\":\"" + invoice + "\",\"invoiceValue\":1015,\"invoiceUrl\":\"" + invoiceUrl + "\","
                    + "\"issuanceDate\":\"2026-11-26T10:10:20+00:00\",\"invoiceKey\":\"" + invoiceKey + "\",\"type\":\"Output\",\"volumes\":1}]}}";
        }
    }
}
