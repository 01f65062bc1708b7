-- The schema script of the last release before Flyway (run by every start, as spring.sql.init): what existing databases hold.

-- What was sent to VTEX Tracking, invoice by invoice. PENDING is written (and committed) just before a send, SENT or
-- REFUSED in the chunk's transaction: a PENDING left by a crash is looked up in Tracking, never blindly sent again.
CREATE TABLE IF NOT EXISTS TI_LEDGER (
    ORDER_ID       VARCHAR(120)  NOT NULL,
    INVOICE_NUMBER VARCHAR(100)  NOT NULL,
    FINGERPRINT    CHAR(64)      NOT NULL,
    STATE          VARCHAR(10)   NOT NULL,
    MESSAGE        VARCHAR(1000),
    EXECUTION_ID   BIGINT,
    UPDATED_AT     TIMESTAMP     NOT NULL,
    PRIMARY KEY (ORDER_ID, INVOICE_NUMBER)
);

-- The ledger by delivery service: order, invoice number and series (two branches number their NF-e independently, so
-- the number alone names two invoices). FINGERPRINT is the version last marked PENDING, SENT or REFUSED;
-- ACKNOWLEDGED_FINGERPRINT the version VTEX Tracking last took, kept while a changed version is pending or refused,
-- and ACKNOWLEDGED_VERSIONS how many versions it took (what a restart compares Tracking's count with). An empty
-- INVOICE_SERIES is unknown and matches any series; the first write that knows the series adopts the row.
CREATE TABLE IF NOT EXISTS TI_DELIVERY_LEDGER (
    ORDER_ID                 VARCHAR(120)  NOT NULL,
    INVOICE_NUMBER           VARCHAR(120)  NOT NULL,
    INVOICE_SERIES           VARCHAR(10)   NOT NULL,
    STATE                    VARCHAR(10)   NOT NULL,
    FINGERPRINT              CHAR(64)      NOT NULL,
    ACKNOWLEDGED_FINGERPRINT CHAR(64),
    ACKNOWLEDGED_VERSIONS    INTEGER       DEFAULT 0 NOT NULL,
    MESSAGE                  VARCHAR(1000),
    EXECUTION_ID             BIGINT,
    UPDATED_AT               TIMESTAMP     NOT NULL,
    PRIMARY KEY (ORDER_ID, INVOICE_NUMBER, INVOICE_SERIES)
);

-- When the OMS invoiced the order (its invoicedDate), written with what was sent: reconcile finds a day's orders here
-- even once List orders no longer lists them (canceled since). Null on rows written before the column existed: those
-- are found by UPDATED_AT instead. STATE may also be REMOVED: reconcile removed the packing list (returned, canceled).
ALTER TABLE TI_DELIVERY_LEDGER ADD COLUMN IF NOT EXISTS INVOICED_AT TIMESTAMP;
CREATE INDEX IF NOT EXISTS TI_DELIVERY_LEDGER_INVOICED ON TI_DELIVERY_LEDGER (INVOICED_AT);

-- TI_LEDGER (by order and number only) is no longer written: its rows are carried over once, with an unknown series.
-- A SENT row was acknowledged (one version at least); a PENDING one had overwritten the version acknowledged before it.
-- Running this again inserts nothing: every order and number of TI_LEDGER is then already in TI_DELIVERY_LEDGER.
INSERT INTO TI_DELIVERY_LEDGER (ORDER_ID, INVOICE_NUMBER, INVOICE_SERIES, STATE, FINGERPRINT, ACKNOWLEDGED_FINGERPRINT,
                                ACKNOWLEDGED_VERSIONS, MESSAGE, EXECUTION_ID, UPDATED_AT)
SELECT L.ORDER_ID, L.INVOICE_NUMBER, '', L.STATE, L.FINGERPRINT, CASE WHEN L.STATE = 'SENT' THEN L.FINGERPRINT END,
       CASE WHEN L.STATE = 'SENT' THEN 1 ELSE 0 END, L.MESSAGE, L.EXECUTION_ID, L.UPDATED_AT
FROM TI_LEDGER L
WHERE NOT EXISTS (SELECT 1 FROM TI_DELIVERY_LEDGER D WHERE D.ORDER_ID = L.ORDER_ID AND D.INVOICE_NUMBER = L.INVOICE_NUMBER);

-- The outcome of every order and invoice in every execution, for the run report.
CREATE TABLE IF NOT EXISTS TI_OUTCOME (
    EXECUTION_ID   BIGINT        NOT NULL,
    ORDER_ID       VARCHAR(300)  NOT NULL,
    INVOICE_NUMBER VARCHAR(100)  NOT NULL,
    OUTCOME        VARCHAR(10)   NOT NULL,
    REASON         VARCHAR(40)   NOT NULL,
    DETAIL         VARCHAR(2000),
    PRIMARY KEY (EXECUTION_ID, ORDER_ID, INVOICE_NUMBER)
);

-- Orders waiting for their route: tried again by every nativeImport run until they leave this state.
CREATE TABLE IF NOT EXISTS TI_DEFERRED (
    ORDER_ID        VARCHAR(120) NOT NULL PRIMARY KEY,
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
    ERP_ORDER    CLOB          NOT NULL,
    UPDATED_AT   TIMESTAMP     NOT NULL
);
-- The step a FAILED order had reached, where reset-external puts it back.
ALTER TABLE TI_EXTERNAL_ORDER ADD COLUMN IF NOT EXISTS LAST_GOOD_STATE VARCHAR(30);
CREATE INDEX IF NOT EXISTS TI_EXTERNAL_ORDER_STATE ON TI_EXTERNAL_ORDER (STATE);
-- Older versions saved SKIPPED both for an order the merchant's rules leave out and for one VTEX Tracking refused,
-- and never sent either again. The ledger still holds each refusal: those orders are sent again by the next run.
-- (Cheap at every start through the index: once renamed, no SKIPPED row is left.)
UPDATE TI_EXTERNAL_ORDER SET STATE = 'TRACKING_RETRY' WHERE STATE = 'SKIPPED'
    AND EXISTS (SELECT 1 FROM TI_DELIVERY_LEDGER L WHERE L.ORDER_ID = TI_EXTERNAL_ORDER.OMS_ORDER_ID AND L.STATE = 'REFUSED');
UPDATE TI_EXTERNAL_ORDER SET STATE = 'SKIPPED_BY_RULE' WHERE STATE = 'SKIPPED';

-- Routes made outside VTEX Tracking, from the route files (routes-*.csv): a file is read once and archived, its
-- routes kept here, invoice by invoice, for orders imported on later runs. ROUTE is the assignment as JSON.
CREATE TABLE IF NOT EXISTS TI_ROUTE (
    ORDER_ID       VARCHAR(120)  NOT NULL,
    INVOICE_NUMBER VARCHAR(100)  NOT NULL,
    ROUTE          VARCHAR(4000) NOT NULL,
    UPDATED_AT     TIMESTAMP     NOT NULL,
    PRIMARY KEY (ORDER_ID, INVOICE_NUMBER)
);

-- Widths that hold every value the ERP validation accepts (domain ErpField): an OMS order id is at most 104
-- characters ("TRK-" and an ERP id of 100), an outcome's id may be a rejected line's "file:line" (a file name has at
-- most 255 characters), and an ERP order is kept whole however many items it has (a large order is valid data).
-- Databases created with the narrower columns are widened here; HSQLDB keeps keys and NOT NULL, and widening a
-- column already that wide changes nothing, so these run again safely at every start.
ALTER TABLE TI_LEDGER ALTER COLUMN ORDER_ID SET DATA TYPE VARCHAR(120);
ALTER TABLE TI_OUTCOME ALTER COLUMN ORDER_ID SET DATA TYPE VARCHAR(300);
ALTER TABLE TI_DEFERRED ALTER COLUMN ORDER_ID SET DATA TYPE VARCHAR(120);
ALTER TABLE TI_EXTERNAL_ORDER ALTER COLUMN ERP_ORDER SET DATA TYPE CLOB;
-- Reconcile's and the dry run's outcomes (IN_TRACKING, WOULD_IMPORT, WOULD_RESEND...) are longer than the first four.
ALTER TABLE TI_OUTCOME ALTER COLUMN OUTCOME SET DATA TYPE VARCHAR(20);

-- Delivery status changes already sent to the OMS (order/invoice/status): each is sent once.
CREATE TABLE IF NOT EXISTS TI_STATUS_SENT (
    CHANGE_KEY   VARCHAR(300) NOT NULL PRIMARY KEY,
    EXECUTION_ID BIGINT       NOT NULL,
    SENT_AT      TIMESTAMP    NOT NULL
);

-- The statuses the OMS accepted, invoice by invoice: each update sends the invoice's whole timeline, and the first
-- status is its dispatch date. Written with the TI_STATUS_SENT mark, committed on its own as soon as the OMS accepts.
-- Widths take what VTEX Tracking may answer (its orderNumber holds 200 characters; an OMS event description 5,000).
CREATE TABLE IF NOT EXISTS TI_STATUS_EVENT (
    ORDER_ID       VARCHAR(300)  NOT NULL,
    INVOICE_NUMBER VARCHAR(300)  NOT NULL,
    STATUS         VARCHAR(20)   NOT NULL,
    REPORTED_AT    TIMESTAMP     NOT NULL,
    EVENT_DATE     DATE          NOT NULL,
    CITY           VARCHAR(1000) NOT NULL,
    STATE          VARCHAR(1000) NOT NULL,
    DESCRIPTION    VARCHAR(5000) NOT NULL,
    PRIMARY KEY (ORDER_ID, INVOICE_NUMBER, STATUS)
);

-- Who runs each job now: one process at a time per job, whatever the database. Taken before a run reads anything,
-- renewed by its heartbeat, released at its end; a lease whose process was killed expires (EXPIRES_AT) and can be taken.
CREATE TABLE IF NOT EXISTS TI_RUN_LEASE (
    JOB_NAME     VARCHAR(100) NOT NULL PRIMARY KEY,
    HOLDER       VARCHAR(200) NOT NULL,
    EXECUTION_ID BIGINT,
    EXPIRES_AT   TIMESTAMP    NOT NULL
);
