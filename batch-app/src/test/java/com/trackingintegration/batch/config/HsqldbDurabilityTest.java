package com.trackingintegration.batch.config;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever URL the operator wrote, the HSQLDB file is made durable and its heap bounded, on the database itself. */
class HsqldbDurabilityTest {

    private static SingleConnectionDataSource bareFile() {
        // No URL flag at all: HSQLDB's defaults, a log synced every 500 ms and tables in memory.
        return new SingleConnectionDataSource("jdbc:hsqldb:file:target/test-db/" + UUID.randomUUID() + "/db;shutdown=true", "SA", "", true);
    }

    private static String property(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES WHERE PROPERTY_NAME = ?", String.class, name);
    }

    @Test
    void every_commit_is_synced_and_new_tables_are_cached_with_a_bounded_row_cache() {
        SingleConnectionDataSource db = bareFile();
        JdbcTemplate jdbc = new JdbcTemplate(db);

        HsqldbDurability.apply(db);
        jdbc.execute("CREATE TABLE TI_LEDGER_T (ORDER_ID VARCHAR(20) PRIMARY KEY)");

        assertThat(property(jdbc, "hsqldb.write_delay")).isEqualTo("false");
        assertThat(property(jdbc, "hsqldb.cache_size")).isEqualTo(String.valueOf(HsqldbDurability.ROW_CACHE_KB));
        assertThat(jdbc.queryForObject("SELECT HSQLDB_TYPE FROM INFORMATION_SCHEMA.SYSTEM_TABLES WHERE TABLE_NAME = 'TI_LEDGER_T'", String.class))
                .isEqualTo("CACHED");
        db.destroy();
    }

    @Test
    void a_table_an_earlier_start_left_in_memory_is_turned_into_a_cached_one() {
        SingleConnectionDataSource db = bareFile();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("CREATE MEMORY TABLE TI_OUTCOME_T (ORDER_ID VARCHAR(20) PRIMARY KEY)");
        jdbc.update("INSERT INTO TI_OUTCOME_T VALUES ('1-01')");

        HsqldbDurability.apply(db);

        assertThat(jdbc.queryForObject("SELECT HSQLDB_TYPE FROM INFORMATION_SCHEMA.SYSTEM_TABLES WHERE TABLE_NAME = 'TI_OUTCOME_T'", String.class))
                .isEqualTo("CACHED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM TI_OUTCOME_T", Integer.class)).isEqualTo(1);
        db.destroy();
    }
}
