package com.trackingintegration.batch.store;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Optional;

/** Where each job's last incremental window ended (the cursor): the next incremental run starts there. */
public class JdbcWindows {

    private final JdbcTemplate jdbc;

    public JdbcWindows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> lastEnd(String job) {
        return jdbc.query("SELECT WINDOW_END FROM TI_WINDOW WHERE JOB_NAME = ?", (rs, n) -> UtcTimes.instant(rs.getObject(1, java.time.LocalDateTime.class)), job)
                .stream().findFirst();
    }

    /**
     * Never moves backwards: an incremental run that failed, then completed by a restart after a later incremental run
     * had moved the cursor further, leaves it there.
     */
    public void advance(String job, Instant end) {
        Optional<Instant> last = lastEnd(job);
        if (last.isEmpty()) {
            jdbc.update("INSERT INTO TI_WINDOW (JOB_NAME, WINDOW_END) VALUES (?, ?)", job, UtcTimes.column(end));
        } else if (end.isAfter(last.get())) {
            jdbc.update("UPDATE TI_WINDOW SET WINDOW_END = ? WHERE JOB_NAME = ?", UtcTimes.column(end), job);
        }
    }
}
