package com.trackingintegration.batch.store;

import com.trackingintegration.domain.port.RouteAssignments;
import com.trackingintegration.domain.route.RouteAssignment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;

/**
 * The routes read from the route files, invoice by invoice: a route file is read once and archived, and its routes
 * stay here for the orders that are imported on later runs. A later route for the same invoice replaces the earlier.
 */
public class JdbcRouteAssignments implements RouteAssignments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcRouteAssignments(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void save(List<RouteAssignment> routes) {
        for (RouteAssignment route : routes) {
            String json = JSON.writeValueAsString(route);
            int updated = jdbc.update("UPDATE TI_ROUTE SET ROUTE = ?, UPDATED_AT = ? WHERE ORDER_ID = ? AND INVOICE_NUMBER = ?",
                    json, UtcTimes.column(clock.instant()), route.orderId(), route.invoiceNumber());
            if (updated == 0) {
                jdbc.update("INSERT INTO TI_ROUTE (ORDER_ID, INVOICE_NUMBER, ROUTE, UPDATED_AT) VALUES (?, ?, ?, ?)",
                        route.orderId(), route.invoiceNumber(), json, UtcTimes.column(clock.instant()));
            }
        }
    }

    @Override
    public List<RouteAssignment> forOrder(String orderId) {
        return jdbc.query("SELECT ROUTE FROM TI_ROUTE WHERE ORDER_ID = ? ORDER BY INVOICE_NUMBER",
                (rs, n) -> JSON.readValue(rs.getString(1), RouteAssignment.class), orderId);
    }
}
