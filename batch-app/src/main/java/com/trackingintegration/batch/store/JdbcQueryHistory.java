package com.trackingintegration.batch.store;

import com.trackingintegration.domain.port.QueryHistory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Optional;

/** When each VTEX Tracking query was last made, kept across runs in the job repository's database. */
public class JdbcQueryHistory implements QueryHistory {

    private final JdbcTemplate jdbc;

    public JdbcQueryHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lastAsked(String query) {
        return jdbc.query("SELECT ASKED_AT FROM TI_QUERY_HISTORY WHERE QUERY = ?", (rs, n) -> UtcTimes.instant(rs.getObject(1, java.time.LocalDateTime.class)), query)
                .stream().findFirst();
    }

    @Override
    public void asked(String query, Instant at) {
        if (jdbc.update("UPDATE TI_QUERY_HISTORY SET ASKED_AT = ? WHERE QUERY = ?", UtcTimes.column(at), query) == 0) {
            jdbc.update("INSERT INTO TI_QUERY_HISTORY (QUERY, ASKED_AT) VALUES (?, ?)", query, UtcTimes.column(at));
        }
    }
}
