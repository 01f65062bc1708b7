package com.trackingintegration.demo;

import com.trackingintegration.domain.route.RouteAssignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The demo's inbox, as the merchant's ERP and routing tool leave it: a route file, and an ERP file with one broken line. */
final class DemoInbox {

    private DemoInbox() {
    }

    static void write(Path inbox, List<RouteAssignment> routes) {
        StringBuilder routeFile = new StringBuilder("orderId,invoiceNumber,routeDate,driver,vehicle,displacement,startStreet,startNumber,startCity,startPostalCode,startState\n");
        routes.forEach(r -> routeFile.append(String.join(",", r.orderId(), r.invoiceNumber(), r.routeDate().toString(), r.driverUsername(),
                r.vehiclePlate().orElse(""), r.displacementType(), "", "", "", "", "")).append('\n'));
        StringBuilder erp = new StringBuilder();
        for (int i = 1; i <= DemoEnvironment.EXTERNAL_ORDERS; i++) {
            erp.append(erpLine(i)).append('\n');
        }
        erp.append("{\"erpOrderId\":\"ERP-D999\",\"customer\":{\"documentType\":\"cpf\"}}\n");
        try {
            Files.createDirectories(inbox);
            Files.writeString(inbox.resolve("routes-demo.csv"), routeFile, StandardCharsets.UTF_8);
            Files.writeString(inbox.resolve("orders-demo.jsonl"), erp, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo inbox in " + inbox + ": " + e.getMessage(), e);
        }
    }

    /** External order i: routed by the ERP, except the 7th (its route has not come) and the 8th (another carrier). */
    private static String erpLine(int i) {
        String id = String.format("ERP-D%03d", i);
        String route = i == 7 ? "" : ",\"route\":{\"date\":\"2026-11-28\",\"driver\":\"motorista-erp\",\"vehicle\":\"ERP-0" + i + "\",\"displacement\":\"moto\"}";
        String courier = i == 8 ? "Transportadora X" : "Motoboy";
        return "{\"erpOrderId\":\"" + id + "\",\"createdAt\":\"2026-11-26T10:00:00Z\",\"customer\":{\"firstName\":\"Loja\",\"lastName\":\"Física " + i
                + "\",\"document\":\"1234567890" + (i % 10) + "\",\"documentType\":\"cpf\",\"email\":\"loja" + i + "@example.com\",\"phone\":\"+552133334444\"},"
                + "\"address\":{\"receiverName\":\"Cliente Loja " + i + "\",\"street\":\"Rua da Loja\",\"number\":\"" + i + "\",\"neighborhood\":\"Centro\","
                + "\"city\":\"Rio de Janeiro\",\"state\":\"RJ\",\"postalCode\":\"20040-00" + i + "\",\"country\":\"BRA\"},"
                + "\"items\":[{\"sku\":\"1\",\"quantity\":1,\"unitPrice\":5000}],\"shipping\":{\"sla\":\"Normal\",\"price\":1000},"
                + "\"invoice\":{\"number\":\"90" + String.format("%04d", i) + "\",\"series\":\"1\",\"key\":\"" + erpKey(i) + "\","
                + "\"issuedAt\":\"2026-11-26T11:00:00Z\",\"value\":6000,"
                + "\"url\":\"https://erp.example.com/nfe/" + id + ".xml\",\"courier\":\"" + courier + "\"}" + route + "}";
    }

    /** The access key of external order i's NF-e: issued by the main branch, so the issuer filter keeps it. */
    private static String erpKey(int i) {
        return DemoNfe.key(DemoCatalog.MAIN_BRANCH, java.time.OffsetDateTime.parse("2026-11-26T08:00:00-03:00"), 900_000 + i, 1);
    }
}
