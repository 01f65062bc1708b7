-- Outcomes by order. Every listing chunk and feed lot asks which of its orders this run already had
-- (JdbcOrdersDone: ORDER_ID IN (...) AND EXECUTION_ID IN (...)). The primary key starts with the execution, and
-- HSQLDB planned that look-up on it, reading every outcome of the run each time: in the benchmark the CPU per order
-- grew with the night, and the feed's lister used a whole core at 100,000 events. With the order first, each order is
-- found directly, a handful of rows whatever the night's size. (On PostgreSQL it was not measured; there the index
-- costs one more write per outcome row, and is built while Flyway holds TI_OUTCOME: on a large table, upgrade when no
-- job runs.)
CREATE INDEX IF NOT EXISTS TI_OUTCOME_ORDER ON TI_OUTCOME (ORDER_ID, EXECUTION_ID);
