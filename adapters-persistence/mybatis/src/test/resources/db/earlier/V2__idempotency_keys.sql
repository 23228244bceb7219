-- What each idempotency key registered, so that a repeated POST is answered with it instead of
-- registering again (IdempotencyRecordsPort; docs/persistence.md, "Idempotency keys").
--
-- A key belongs to a principal: the primary key is (principal, idem_key), and it is what makes
-- concurrent requests with one key register once. resource_id has no foreign key: it names a book or
-- an author, which may be deleted while the record lives. created_at is the application's clock, in
-- UTC; records older than the 24-hour replay window no longer count and are deleted by the
-- application, oldest first (ix_idempotency_keys_created_at).
--
-- Keys are compared exactly, byte by byte and without padding ("k" and "k " are two keys), as the
-- principal is by the table's collation.
--
-- Sizes: principal as utf8mb4 (4 x 255 bytes) plus an ASCII key of 255 bytes keeps the primary key
-- under InnoDB's 3072-byte limit.

CREATE TABLE idempotency_keys (
    principal       VARCHAR(255)    NOT NULL,
    idem_key        VARCHAR(255)    CHARACTER SET ascii COLLATE ascii_nopad_bin NOT NULL,
    request_hash    CHAR(64)        CHARACTER SET ascii COLLATE ascii_nopad_bin NOT NULL,
    resource_type   VARCHAR(6)      CHARACTER SET ascii COLLATE ascii_nopad_bin NOT NULL,
    resource_id     BIGINT          NOT NULL,
    created_at      DATETIME(6)     NOT NULL,
    PRIMARY KEY (principal, idem_key),
    CONSTRAINT ck_idempotency_keys_resource_type CHECK (resource_type IN ('book', 'author')),
    KEY ix_idempotency_keys_created_at (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;
