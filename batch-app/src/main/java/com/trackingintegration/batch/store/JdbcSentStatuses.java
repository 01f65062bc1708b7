package com.trackingintegration.batch.store;

import com.trackingintegration.domain.status.ReportedStatus;
import com.trackingintegration.domain.status.ServiceStatus;
import com.trackingintegration.domain.status.TrackingEvent;
import com.trackingintegration.domain.status.TrackingStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Delivery status changes the OMS accepted: each is sent once, and each invoice's are its timeline in the OMS. */
public class JdbcSentStatuses {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcSentStatuses(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean wasSent(String changeKey) {
        return !jdbc.queryForList("SELECT 1 FROM TI_STATUS_SENT WHERE CHANGE_KEY = ?", Integer.class, changeKey).isEmpty();
    }

    /** A change the OMS accepted: never sent again, and part of its invoice's timeline from now on. */
    public void accepted(ServiceStatus status, ReportedStatus reported, long executionId) {
        jdbc.update("INSERT INTO TI_STATUS_SENT (CHANGE_KEY, EXECUTION_ID, SENT_AT) VALUES (?, ?, ?)", status.changeKey(), executionId,
                UtcTimes.column(clock.instant()));
        TrackingEvent event = reported.event();
        jdbc.update("INSERT INTO TI_STATUS_EVENT (ORDER_ID, INVOICE_NUMBER, STATUS, REPORTED_AT, EVENT_DATE, CITY, STATE, DESCRIPTION)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", status.orderId(), status.invoiceNumber(), reported.status().name(),
                UtcTimes.column(reported.at().toInstant()), event.date(), event.city(), event.state(), event.description());
    }

    /** The statuses of an invoice the OMS accepted, as they were sent. */
    public List<ReportedStatus> timeline(String orderId, String invoiceNumber) {
        return jdbc.query("SELECT STATUS, REPORTED_AT, EVENT_DATE, CITY, STATE, DESCRIPTION FROM TI_STATUS_EVENT"
                        + " WHERE ORDER_ID = ? AND INVOICE_NUMBER = ?",
                (rs, n) -> new ReportedStatus(TrackingStatus.valueOf(rs.getString(1)),
                        UtcTimes.instant(rs.getObject(2, LocalDateTime.class)).atOffset(ZoneOffset.UTC),
                        new TrackingEvent(rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(3, LocalDate.class))),
                orderId, invoiceNumber);
    }
}
