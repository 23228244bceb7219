-- The words books and authors are searched by (issue 16): each row one folded word of a title, an author's
-- name or an ISBN, as org.bookshelf.application.search.SearchWords cuts them (computed in Java, so that every
-- store searches alike; the migration that follows fills them for the books stored before).
--
-- book_words.source says where the word comes from: 0 the title, -1 the ISBN, otherwise the id of the credited
-- author whose name holds it, so that crediting, removing a credit and renaming an author touch only the rows
-- of that author. in_title is source = 0, kept as a column to lead the search index: a search walks
-- ix_book_words_search for one word (or one prefix) in the books' listing order (title_key, book_id), first
-- among titles, then among authors' names and ISBNs, and stops at a page. See docs/performance.md, "Search".

CREATE TABLE book_words (
    book_id     BIGINT          NOT NULL,
    source      BIGINT          NOT NULL,
    word        VARBINARY(160)  NOT NULL,
    in_title    BOOLEAN         NOT NULL,
    title_key   VARBINARY(2000) NOT NULL,
    PRIMARY KEY (book_id, source, word),
    KEY ix_book_words_search (in_title, word, title_key, book_id),
    CONSTRAINT fk_book_words_book FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;

CREATE TABLE author_words (
    author_id   BIGINT          NOT NULL,
    word        VARBINARY(160)  NOT NULL,
    name_key    VARBINARY(1200) NOT NULL,
    PRIMARY KEY (author_id, word),
    KEY ix_author_words_search (word, name_key, author_id),
    CONSTRAINT fk_author_words_author FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;
