-- Imports (ImportJobsPort; docs/persistence.md, "Imports"): each run of an import, its state and counts,
-- and the first rejected rows, kept here so that every instance of the service on this database can
-- answer GET /api/imports/{id}.
--
-- A job's row is updated in the transaction that commits each chunk of its rows, so its counts always
-- tell what is stored. updated_at is the application's clock, in UTC: a running import whose row has not
-- moved for minutes lost its process and is reported failed. import_job_errors holds at most the first
-- 100 rejected rows of a job (the application stops adding there), keyed by line, in file order.

CREATE SEQUENCE import_job_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 CACHE 10 NOCYCLE;

CREATE TABLE import_jobs (
    id               BIGINT          NOT NULL,
    state            VARCHAR(7)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    rows_read        BIGINT          NOT NULL,
    books_created    BIGINT          NOT NULL,
    authors_created  BIGINT          NOT NULL,
    links_created    BIGINT          NOT NULL,
    already_present  BIGINT          NOT NULL,
    rejected         BIGINT          NOT NULL,
    failure          VARCHAR(1000)   NULL,
    started_at       DATETIME(6)     NOT NULL,
    updated_at       DATETIME(6)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_import_jobs_state CHECK (state IN ('running', 'done', 'failed'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;

CREATE TABLE import_job_errors (
    job_id   BIGINT          NOT NULL,
    line     BIGINT          NOT NULL,
    message  VARCHAR(1000)   NOT NULL,
    PRIMARY KEY (job_id, line),
    CONSTRAINT fk_import_job_errors_job FOREIGN KEY (job_id) REFERENCES import_jobs (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;
