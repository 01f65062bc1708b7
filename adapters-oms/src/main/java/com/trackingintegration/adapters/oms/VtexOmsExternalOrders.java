package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.external.ExternalOrder;
import com.trackingintegration.domain.external.InvoiceNotification;
import com.trackingintegration.domain.external.StepResult;
import com.trackingintegration.domain.port.ExternalOrderCreation;
import com.trackingintegration.http.ClientErrorException;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpPath;
import com.trackingintegration.http.HttpReply;
import com.trackingintegration.http.OutcomeUnknownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * External orders created in the OMS through VTEX's fulfillment flow, as VTEX's guide for VTEX Tracking lays it out:
 * place the order under the merchant's affiliate, authorize its dispatch, start handling once the cancellation
 * window is over, then send the invoice.
 *
 * <p>None of these POSTs is safe to send twice blindly (a second place meets "already exists", a second
 * start-handling is refused), so when a step's answer is lost the order is read back (Get order) to see whether the
 * step happened, and the step is sent again only when it did not, a bounded number of times; then the call fails,
 * and the job stops, restartable.
 */
public final class VtexOmsExternalOrders implements ExternalOrderCreation {

    private static final Logger log = LoggerFactory.getLogger(VtexOmsExternalOrders.class);

    /** How often a step whose answer was lost is checked on the order and sent again, before the call fails. */
    static final int LOOK_UPS = 2;

    /**
     * The statuses an order reaches once its dispatch is authorized, and once its handling has started (HC-FLOW's
     * order flow, vtex-apis.md section 4). A status outside these lists (canceled, an unknown one) is not taken as
     * the step done: the step is sent again, and VTEX's answer decides.
     */
    static final Set<String> HANDLING_STARTED = Set.of("start-handling", "handling", "ready-for-invoicing", "invoice", "invoiced");
    static final Set<String> DISPATCH_AUTHORIZED = Set.of("window-to-cancel", "ready-for-handling", "start-handling", "handling",
            "ready-for-invoicing", "invoice", "invoiced");

    private final OmsApi api;

    public VtexOmsExternalOrders(OmsSettings settings) {
        this.api = new OmsApi(settings);
    }

    @Override
    public boolean exists(String omsOrderId) {
        return OmsApi.PORT.get(() -> api.sendUnlessNotFound(getOrder(omsOrderId)).isPresent());
    }

    @Override
    public void place(ExternalOrder order) {
        FulfillmentJson.PlaceOrder body = FulfillmentJson.placeOrder(order, api.settings().sellerId(),
                api.settings().marketplaceServicesEndpoint());
        HttpCall call = HttpCall.post(HttpCall.withQuery("/api/fulfillment/pvt/orders", affiliate(order)), OmsApi.JSON.write(body));
        OmsApi.PORT.run(() -> once(call, () -> exists(order.omsOrderId())).ifPresent(reply -> reply.requireSuccess(system(), call)));
    }

    @Override
    public void authorizeDispatch(ExternalOrder order) {
        HttpPath path = HttpPath.of("/api/fulfillment/pvt/orders/{orderId}/fulfill", order.omsOrderId()).withQuery(affiliate(order));
        HttpCall call = HttpCall.post(path, OmsApi.JSON.write(new FulfillmentJson.AuthorizeDispatch(order.marketplaceOrderId())));
        OmsApi.PORT.run(() -> once(call, () -> statusIn(order.omsOrderId(), DISPATCH_AUTHORIZED))
                .ifPresent(reply -> reply.requireSuccess(system(), call)));
    }

    /**
     * 204 is done; 409 OMS003 says the order is not {@code ready-for-handling}: still in its cancellation window
     * (not yet, not an error), or already past it because an earlier start-handling went through (its answer lost,
     * or its run stopped before saving it), which the order's status tells.
     */
    @Override
    public StepResult startHandling(String omsOrderId) {
        return OmsApi.PORT.get(() -> handlingStarted(omsOrderId));
    }

    private StepResult handlingStarted(String omsOrderId) {
        HttpCall call = HttpCall.post(HttpPath.of("/api/oms/pvt/orders/{orderId}/start-handling", omsOrderId), null);
        Optional<HttpReply> answer = once(call, () -> statusIn(omsOrderId, HANDLING_STARTED));
        if (answer.isEmpty() || answer.get().isSuccess()) {
            return StepResult.completed();
        }
        HttpReply reply = answer.get();
        if (reply.status() == 409 && reply.body().contains("OMS003")) {
            if (statusIn(omsOrderId, HANDLING_STARTED)) {
                return StepResult.completed();
            }
            return StepResult.notYet("not ready for handling yet (OMS003): the order is still in its cancellation window");
        }
        throw new ClientErrorException(system(), call, reply);
    }

    @Override
    public void invoice(String omsOrderId, InvoiceNotification invoice) {
        HttpCall call = HttpCall.post(HttpPath.of("/api/oms/pvt/orders/{orderId}/invoice", omsOrderId), OmsApi.JSON.write(FulfillmentJson.invoice(invoice)));
        OmsApi.PORT.run(() -> once(call, () -> holdsInvoice(omsOrderId, invoice.invoiceNumber()))
                .ifPresent(reply -> reply.requireSuccess(system(), call)));
    }

    /**
     * VTEX's answer to the step; empty when its answer was lost and the order shows the step done. A step sent again
     * after a lost answer and refused is checked on the order too: VTEX may be refusing it as already done.
     */
    private Optional<HttpReply> once(HttpCall call, BooleanSupplier happened) {
        for (int lookUps = 0; ; lookUps++) {
            try {
                HttpReply reply = api.exchange(call);
                return lookUps > 0 && !reply.isSuccess() && happened.getAsBoolean() ? Optional.empty() : Optional.of(reply);
            } catch (OutcomeUnknownException lost) {
                if (lookUps == LOOK_UPS) {
                    throw lost;
                }
                log.warn("{}: reading the order back before sending it again", lost.getMessage());
                if (happened.getAsBoolean()) {
                    return Optional.empty();
                }
            }
        }
    }

    private boolean statusIn(String omsOrderId, Set<String> statuses) {
        return current(omsOrderId).map(order -> statuses.contains(order.status())).orElse(false);
    }

    private boolean holdsInvoice(String omsOrderId, String invoiceNumber) {
        return current(omsOrderId).map(OmsOrderJson::packageAttachment).map(OmsOrderJson.PackageAttachment::packages).orElse(List.of())
                .stream().anyMatch(p -> invoiceNumber.equals(p.invoiceNumber()));
    }

    private Optional<OmsOrderJson> current(String omsOrderId) {
        return api.sendUnlessNotFound(getOrder(omsOrderId)).map(reply -> OmsApi.JSON.read(reply.body(), OmsOrderJson.class, "an order"));
    }

    private static HttpCall getOrder(String omsOrderId) {
        return HttpCall.get(HttpPath.of("/api/oms/pvt/orders/{orderId}", omsOrderId));
    }

    private String system() {
        return api.settings().http().system();
    }

    private static Map<String, String> affiliate(ExternalOrder order) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("affiliateId", order.affiliateId());
        order.salesChannel().ifPresent(sc -> query.put("sc", sc));
        return query;
    }
}
