-- Indexes on the job repository's foreign keys. PostgreSQL does not index a foreign key's column by itself, and
-- Spring Batch looks executions up by instance, and steps and parameters by execution, at every restart and report;
-- purge deletes by them (JobRepository.deleteJobInstance). HSQLDB indexes foreign keys already: there a second index
-- costs one more write per row, on tables that grow by a handful of rows a night.
CREATE INDEX IF NOT EXISTS TI_BATCH_JOB_EXECUTION_INSTANCE ON BATCH_JOB_EXECUTION (JOB_INSTANCE_ID);
CREATE INDEX IF NOT EXISTS TI_BATCH_STEP_EXECUTION_EXECUTION ON BATCH_STEP_EXECUTION (JOB_EXECUTION_ID);
CREATE INDEX IF NOT EXISTS TI_BATCH_JOB_EXECUTION_PARAMS_EXECUTION ON BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID);
