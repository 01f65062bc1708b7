package com.trackingintegration.batch.demo;

import com.trackingintegration.batch.cli.OperatorCommand;
import com.trackingintegration.batch.cli.OutcomeReport;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.settings.IntegrationSettings;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code demo}: the integration rules applied to the demo merchant's generated orders, with a report of what would
 * be sent to VTEX Tracking and why the rest is not. Needs no VTEX account.
 */
public final class DemoCommand implements OperatorCommand {

    private final int orderCount;

    public DemoCommand(int orderCount) {
        this.orderCount = orderCount;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        IntegrationSettings settings = DemoCatalog.settings();
        OrderIntegration rules = new OrderIntegration(settings);
        OutcomeReport report = new OutcomeReport("Demo: " + orderCount + " generated orders through the integration rules");
        List<Order> orders = DemoCatalog.orders(orderCount);
        for (int i = 0; i < orders.size(); i++) {
            report.add(rules.decide(orders.get(i), DemoCatalog.routes(orders.get(i), i)));
        }
        out.println("Settings: NF-e XML required=" + settings.invoiceFileRequired() + ", carriers=" + settings.carriers()
                + ", routing=" + settings.routing().name().toLowerCase() + ", status updates=" + settings.statusUpdates());
        report.print(out);
        out.println("Dry run: nothing was sent. The simulated VTEX and the import jobs come with the batch application.");
        return 0;
    }
}
