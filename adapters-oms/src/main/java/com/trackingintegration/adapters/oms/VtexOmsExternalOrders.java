package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.external.ExternalOrder;
import com.trackingintegration.domain.external.InvoiceNotification;
import com.trackingintegration.domain.external.StepResult;
import com.trackingintegration.domain.port.ExternalOrderCreation;
import com.trackingintegration.http.ClientErrorException;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpReply;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * External orders created in the OMS through VTEX's fulfillment flow, as VTEX's guide for VTEX Tracking lays it out:
 * place the order under the merchant's affiliate, authorize its dispatch, start handling once the cancellation
 * window is over, then send the invoice. Each step is safe to repeat.
 */
public final class VtexOmsExternalOrders implements ExternalOrderCreation {

    private final OmsApi api;

    public VtexOmsExternalOrders(OmsSettings settings) {
        this.api = new OmsApi(settings);
    }

    @Override
    public boolean exists(String omsOrderId) {
        return api.sendUnlessNotFound(HttpCall.get(OmsApi.path("/api/oms/pvt/orders/%s", omsOrderId))).isPresent();
    }

    @Override
    public void place(ExternalOrder order) {
        FulfillmentJson.PlaceOrder body = FulfillmentJson.placeOrder(order, api.settings().sellerId(),
                api.settings().marketplaceServicesEndpoint());
        api.send(HttpCall.post(HttpCall.withQuery("/api/fulfillment/pvt/orders", affiliate(order)), OmsApi.JSON.write(body)));
    }

    @Override
    public void authorizeDispatch(ExternalOrder order) {
        String path = HttpCall.withQuery(OmsApi.path("/api/fulfillment/pvt/orders/%s/fulfill", order.omsOrderId()), affiliate(order));
        api.send(HttpCall.post(path, OmsApi.JSON.write(new FulfillmentJson.AuthorizeDispatch(order.marketplaceOrderId()))));
    }

    /** 204 is done; 409 OMS003 means the order is still in its cancellation window: not yet, not an error. */
    @Override
    public StepResult startHandling(String omsOrderId) {
        HttpCall call = HttpCall.post(OmsApi.path("/api/oms/pvt/orders/%s/start-handling", omsOrderId), null);
        HttpReply reply = api.exchange(call);
        if (reply.isSuccess()) {
            return StepResult.completed();
        }
        if (reply.status() == 409 && reply.body().contains("OMS003")) {
            return StepResult.notYet("not ready for handling yet (OMS003): the order is still in its cancellation window");
        }
        throw new ClientErrorException(api.settings().http().system(), call, reply);
    }

    /** Sending the same invoice number again only renews VTEX's receipt: the step can be repeated after a crash. */
    @Override
    public void invoice(String omsOrderId, InvoiceNotification invoice) {
        api.send(HttpCall.post(OmsApi.path("/api/oms/pvt/orders/%s/invoice", omsOrderId),
                OmsApi.JSON.write(FulfillmentJson.invoice(invoice))));
    }

    private static Map<String, String> affiliate(ExternalOrder order) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("affiliateId", order.affiliateId());
        order.salesChannel().ifPresent(sc -> query.put("sc", sc));
        return query;
    }
}
