-- The catalogue: books, authors and the ordered authorship between them.
--
-- Ids are handed out before the insert (StoreBookPort.nextBookId()), so they come from sequences,
-- not AUTO_INCREMENT. INCREMENT BY 0 steps by auto_increment_increment from auto_increment_offset: 1 and 1 on a
-- single server, set per node by Galera so that nodes never hand out one id (see V6). Every statement does
-- nothing when its object exists, so that a migration that failed half way can run again.
--
-- title_key and name_key hold the domain's sort key (Title.sortKey(), AuthorName.sortKey(): the
-- case-folded text, computed in Java) as UTF-8 bytes. Listings are ordered and searched by them.
-- They are VARBINARY rather than VARCHAR ... COLLATE utf8mb4_nopad_bin: both compare code point by
-- code point without padding (UTF-8 byte order is code point order), but a utf8mb4 VARCHAR is
-- reserved at 4 bytes per character, and case folding can lengthen a text ('İ' folds to 'i' plus a
-- combining dot), so a key column able to hold any folded 500-character title would be too wide for
-- InnoDB's 3072-byte index limit. In bytes the bound is tight: a folded character never takes more
-- than 4 bytes, so 4 x 500 = 2000 bytes holds every title key, and (title_key, id) stays indexable.

CREATE SEQUENCE IF NOT EXISTS book_id_seq START WITH 1 INCREMENT BY 0 MINVALUE 1 CACHE 100 NOCYCLE;
CREATE SEQUENCE IF NOT EXISTS author_id_seq START WITH 1 INCREMENT BY 0 MINVALUE 1 CACHE 100 NOCYCLE;

CREATE TABLE IF NOT EXISTS authors (
    id          BIGINT          NOT NULL,
    name        VARCHAR(300)    NOT NULL,
    name_key    VARBINARY(1200) NOT NULL,
    version     BIGINT          NOT NULL,
    created_at  DATETIME(6)     NOT NULL,
    updated_at  DATETIME(6)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_authors_version CHECK (version >= 1),
    KEY ix_authors_name_key (name_key, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;

CREATE TABLE IF NOT EXISTS books (
    id              BIGINT          NOT NULL,
    title           VARCHAR(500)    NOT NULL,
    title_key       VARBINARY(2000) NOT NULL,
    isbn            CHAR(13) CHARACTER SET ascii COLLATE ascii_bin NULL,
    published_year  SMALLINT        NULL,
    version         BIGINT          NOT NULL,
    created_at      DATETIME(6)     NOT NULL,
    updated_at      DATETIME(6)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_books_isbn UNIQUE KEY (isbn),
    CONSTRAINT ck_books_version CHECK (version >= 1),
    CONSTRAINT ck_books_published_year CHECK (published_year BETWEEN 1 AND 9999),
    KEY ix_books_title_key (title_key, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;

-- position orders a book's authors; it is unique per book but need not be contiguous (removing a
-- credit leaves a gap; re-ordering renumbers). It is never negative once a statement has finished:
-- negative values are only used inside a re-ordering, to step around the unique key.
CREATE TABLE IF NOT EXISTS book_author (
    book_id     BIGINT  NOT NULL,
    author_id   BIGINT  NOT NULL,
    position    INT     NOT NULL,
    PRIMARY KEY (book_id, author_id),
    CONSTRAINT uq_book_author_position UNIQUE KEY (book_id, position),
    KEY ix_book_author_author (author_id, book_id),
    CONSTRAINT fk_book_author_book FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE CASCADE,
    CONSTRAINT fk_book_author_author FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE RESTRICT
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;
