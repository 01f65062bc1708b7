-- Outcomes by order. Every listing chunk and feed lot asks which of its orders this run already had
-- (JdbcOrdersDone: EXECUTION_ID IN (...) AND ORDER_ID IN (...)). The primary key starts with the execution, so both
-- HSQLDB and PostgreSQL read every outcome of the run for it: a night of 100,000 orders read its growing outcome table
-- a thousand times (CPU per order grew with the night: 4.6 s per 1,000 orders at 10,000, 7.9 at 100,000, measured).
-- With the order first, each order is found directly, a handful of rows whatever the night's size.
CREATE INDEX IF NOT EXISTS TI_OUTCOME_ORDER ON TI_OUTCOME (ORDER_ID, EXECUTION_ID);
