-- tracking-integration's own tables, beside Spring Batch's job repository. Every statement is safe to run again.

-- What was sent to VTEX Tracking, invoice by invoice. PENDING is written (and committed) just before a send, SENT or
-- REFUSED in the chunk's transaction: a PENDING left by a crash is looked up in Tracking, never blindly sent again.
CREATE TABLE IF NOT EXISTS TI_LEDGER (
    ORDER_ID       VARCHAR(100)  NOT NULL,
    INVOICE_NUMBER VARCHAR(100)  NOT NULL,
    FINGERPRINT    CHAR(64)      NOT NULL,
    STATE          VARCHAR(10)   NOT NULL,
    MESSAGE        VARCHAR(1000),
    EXECUTION_ID   BIGINT,
    UPDATED_AT     TIMESTAMP     NOT NULL,
    PRIMARY KEY (ORDER_ID, INVOICE_NUMBER)
);

-- The outcome of every order and invoice in every execution, for the run report.
CREATE TABLE IF NOT EXISTS TI_OUTCOME (
    EXECUTION_ID   BIGINT        NOT NULL,
    ORDER_ID       VARCHAR(100)  NOT NULL,
    INVOICE_NUMBER VARCHAR(100)  NOT NULL,
    OUTCOME        VARCHAR(10)   NOT NULL,
    REASON         VARCHAR(40)   NOT NULL,
    DETAIL         VARCHAR(2000),
    PRIMARY KEY (EXECUTION_ID, ORDER_ID, INVOICE_NUMBER)
);

-- Orders waiting for their route: tried again by every nativeImport run until they leave this state.
CREATE TABLE IF NOT EXISTS TI_DEFERRED (
    ORDER_ID        VARCHAR(100) NOT NULL PRIMARY KEY,
    SINCE           TIMESTAMP    NOT NULL,
    JOB_INSTANCE_ID BIGINT       NOT NULL
);

-- Where the last successful nativeImport window ended, for the next incremental run.
CREATE TABLE IF NOT EXISTS TI_WINDOW (
    JOB_NAME   VARCHAR(100) NOT NULL PRIMARY KEY,
    WINDOW_END TIMESTAMP    NOT NULL
);

-- When each VTEX Tracking GET was last made (VTEX asks for at most one every 6 hours for the same data).
CREATE TABLE IF NOT EXISTS TI_QUERY_HISTORY (
    QUERY    VARCHAR(500) NOT NULL PRIMARY KEY,
    ASKED_AT TIMESTAMP    NOT NULL
);

-- External (ERP) orders on their way through the OMS fulfillment steps. The state is saved, committed, after each
-- step, so a restart never repeats one. ERP_ORDER is the order as read from the ERP file, kept so the order can be
-- advanced on later runs after its file was archived.
CREATE TABLE IF NOT EXISTS TI_EXTERNAL_ORDER (
    OMS_ORDER_ID VARCHAR(120)  NOT NULL PRIMARY KEY,
    ERP_ORDER_ID VARCHAR(100)  NOT NULL,
    SOURCE_FILE  VARCHAR(300)  NOT NULL,
    SOURCE_LINE  BIGINT        NOT NULL,
    STATE        VARCHAR(30)   NOT NULL,
    WAITING_FOR  VARCHAR(1000),
    ERP_ORDER    VARCHAR(20000) NOT NULL,
    UPDATED_AT   TIMESTAMP     NOT NULL
);
-- The step a FAILED order had reached, where reset-external puts it back.
ALTER TABLE TI_EXTERNAL_ORDER ADD COLUMN IF NOT EXISTS LAST_GOOD_STATE VARCHAR(30);
CREATE INDEX IF NOT EXISTS TI_EXTERNAL_ORDER_STATE ON TI_EXTERNAL_ORDER (STATE);
-- Older versions saved SKIPPED both for an order the merchant's rules leave out and for one VTEX Tracking refused,
-- and never sent either again. The ledger still holds each refusal: those orders are sent again by the next run.
-- (Cheap at every start through the index: once renamed, no SKIPPED row is left.)
UPDATE TI_EXTERNAL_ORDER SET STATE = 'TRACKING_RETRY' WHERE STATE = 'SKIPPED'
    AND EXISTS (SELECT 1 FROM TI_LEDGER L WHERE L.ORDER_ID = TI_EXTERNAL_ORDER.OMS_ORDER_ID AND L.STATE = 'REFUSED');
UPDATE TI_EXTERNAL_ORDER SET STATE = 'SKIPPED_BY_RULE' WHERE STATE = 'SKIPPED';

-- Delivery status changes already sent to the OMS (order/invoice/status): each is sent once.
CREATE TABLE IF NOT EXISTS TI_STATUS_SENT (
    CHANGE_KEY   VARCHAR(300) NOT NULL PRIMARY KEY,
    EXECUTION_ID BIGINT       NOT NULL,
    SENT_AT      TIMESTAMP    NOT NULL
);
