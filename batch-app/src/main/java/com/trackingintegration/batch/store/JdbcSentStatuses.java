package com.trackingintegration.batch.store;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** Delivery status changes already told to the OMS, so each is sent once. */
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

    public void sent(String changeKey, long executionId) {
        jdbc.update("INSERT INTO TI_STATUS_SENT (CHANGE_KEY, EXECUTION_ID, SENT_AT) VALUES (?, ?, ?)", changeKey, executionId,
                UtcTimes.column(clock.instant()));
    }
}
