package com.trackingintegration.adapters.oms;

import com.trackingintegration.http.VtexContracts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** Answers stubbed for the OMS, made from the examples of VTEX's own specs. */
final class OmsExamples {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static JsonNode ordersApi;

    private OmsExamples() {
    }

    static synchronized JsonNode ordersApi() {
        if (ordersApi == null) {
            try {
                ordersApi = JSON.readTree(Files.readString(VtexContracts.spec(VtexContracts.ORDERS_API)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ordersApi;
    }

    /** The example of Get order's 200 answer, untouched: an order whose one package is a return (Input) with a refund. */
    static ObjectNode officialGetOrder() {
        return (ObjectNode) ordersApi()
                .at("/paths/~1api~1oms~1pvt~1orders~1{orderId}/get/responses/200/content/application~1json/example").deepCopy();
    }

    static ObjectNode getOrder(String orderId, String status) {
        ObjectNode order = officialGetOrder();
        order.put("orderId", orderId);
        order.put("status", status);
        ((ObjectNode) order.at("/packageAttachment/packages/0")).put("type", "Output");
        return order;
    }

    /** A page of List orders with these ids: the spec's example item, the spec's paging and stats shapes. */
    static String listPage(List<String> ids, int total, int page, int perPage) {
        JsonNode example = ordersApi().at("/paths/~1api~1oms~1pvt~1orders/get/responses/200/content/application~1json; charset=utf-8/example");
        ObjectNode body = (ObjectNode) example.deepCopy();
        ArrayNode list = body.putArray("list");
        for (String id : ids) {
            ObjectNode item = (ObjectNode) example.at("/list/0").deepCopy();
            item.put("orderId", id);
            list.add(item);
        }
        ObjectNode paging = (ObjectNode) body.get("paging");
        paging.put("total", total);
        paging.put("pages", Math.min(30, (total + perPage - 1) / perPage));
        paging.put("currentPage", page);
        paging.put("perPage", perPage);
        return body.toString();
    }
}
