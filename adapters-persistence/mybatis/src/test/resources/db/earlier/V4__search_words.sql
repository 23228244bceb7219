-- The words books and authors are searched by (issue 16): one row per folded word of a title or of an author's
-- name, as org.bookshelf.application.search.SearchWords cuts them (computed in Java, so that every store searches
-- alike; migration 5 fills them for the books and authors stored before). A book is also found by its authors'
-- names, through book_author, and by its ISBN, through uq_books_isbn: neither is copied here, so crediting an
-- author or renaming one leaves these rows of the books alone.
--
-- A search walks ix_title_words_search along one word (or one prefix) in the books' listing order (title_key,
-- book_id) and stops at a page; see docs/performance.md, "Search".

CREATE TABLE title_words (
    book_id     BIGINT          NOT NULL,
    word        VARBINARY(160)  NOT NULL,
    title_key   VARBINARY(2000) NOT NULL,
    PRIMARY KEY (book_id, word),
    KEY ix_title_words_search (word, title_key, book_id),
    CONSTRAINT fk_title_words_book FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;

CREATE TABLE author_words (
    author_id   BIGINT          NOT NULL,
    word        VARBINARY(160)  NOT NULL,
    name_key    VARBINARY(1200) NOT NULL,
    PRIMARY KEY (author_id, word),
    KEY ix_author_words_search (word, name_key, author_id),
    CONSTRAINT fk_author_words_author FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;
