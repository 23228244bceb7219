package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.SqlStatementRecorder;
import org.bookshelf.adapter.persistence.SqlStatementRecorder.Recorded;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase.ReplaceAuthorsCommand;
import org.bookshelf.application.port.in.UpdateBookUseCase.UpdateBookCommand;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The MyBatis adapter seen from the tables: the rows it writes, the statements it sends to write them,
 * and the guarantees the schema enforces on its own.
 */
class MyBatisTablesTest {

    private JdbcTemplate jdbc;
    private BookshelfUseCases useCases;

    @BeforeEach
    void startEmpty() {
        EmbeddedTestDatabase.emptyAllTables();
        jdbc = new JdbcTemplate(EmbeddedTestDatabase.dataSource());
        useCases = new BookshelfUseCases(EmbeddedTestDatabase.drivenPorts());
    }

    @Test
    void the_tables_are_innodb_utf8mb4_with_the_designed_keys() {
        assertThat(jdbc.queryForList("SELECT TABLE_NAME, ENGINE, TABLE_COLLATION FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('books', 'authors', 'book_author')"))
                .hasSize(3)
                .allSatisfy(table -> {
                    assertThat(table.get("ENGINE")).isEqualTo("InnoDB");
                    assertThat((String) table.get("TABLE_COLLATION")).startsWith("utf8mb4_");
                });
        assertThat(indexColumns("book_author", "PRIMARY")).isEqualTo("book_id,author_id");
        assertThat(indexColumns("book_author", "uq_book_author_position")).isEqualTo("book_id,position");
        assertThat(indexColumns("book_author", "ix_book_author_author")).isEqualTo("author_id,book_id");
        assertThat(indexColumns("books", "uq_books_isbn")).isEqualTo("isbn");
        assertThat(indexColumns("books", "ix_books_title_key")).isEqualTo("title_key,id");
        assertThat(indexColumns("authors", "ix_authors_name_key")).isEqualTo("name_key,id");
        assertThat(indexColumns("title_words", "PRIMARY")).isEqualTo("book_id,word");
        assertThat(indexColumns("title_words", "ix_title_words_search")).isEqualTo("word,title_key,book_id");
        assertThat(indexColumns("author_words", "PRIMARY")).isEqualTo("author_id,word");
        assertThat(indexColumns("author_words", "ix_author_words_search")).isEqualTo("word,name_key,author_id");
        assertThat(jdbc.queryForList(
                        "SELECT CONSTRAINT_NAME, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS"
                                + " WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY CONSTRAINT_NAME"))
                .containsExactly(
                        Map.of("CONSTRAINT_NAME", "fk_author_words_author", "DELETE_RULE", "CASCADE"),
                        Map.of("CONSTRAINT_NAME", "fk_book_author_author", "DELETE_RULE", "RESTRICT"),
                        Map.of("CONSTRAINT_NAME", "fk_book_author_book", "DELETE_RULE", "CASCADE"),
                        Map.of("CONSTRAINT_NAME", "fk_import_job_errors_job", "DELETE_RULE", "CASCADE"),
                        Map.of("CONSTRAINT_NAME", "fk_title_words_book", "DELETE_RULE", "CASCADE"));
    }

    @Test
    void a_registered_book_is_one_row_with_its_sort_key_and_one_link_per_author_at_positions_from_1() {
        AuthorView first = registerAuthor("Ｚｅｄ 🦓");
        AuthorView second = registerAuthor("Ann");
        BookView book = useCases.registerBook()
                .registerBook(new RegisterBookCommand(
                        new Title("Ünïcödé 📚 三体"), null, null, Authorship.of(List.of(first.id(), second.id()))));

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT title, HEX(title_key) AS title_key, isbn, published_year, version, created_at, updated_at"
                        + " FROM books WHERE id = ?",
                book.id().value());
        assertThat(row.get("title")).isEqualTo("Ünïcödé 📚 三体");
        assertThat(row.get("title_key")).isEqualTo(utf8Hex("ünïcödé 📚 三体"));
        assertThat(row.get("isbn")).isNull();
        assertThat(row.get("published_year")).isNull();
        assertThat(row.get("version")).isEqualTo(1L);
        assertThat(row.get("created_at")).isNotNull().isEqualTo(row.get("updated_at"));
        assertThat(jdbc.queryForObject(
                        "SELECT HEX(name_key) FROM authors WHERE id = ?",
                        String.class,
                        first.id().value()))
                .isEqualTo(utf8Hex("ｚｅｄ 🦓"));
        assertThat(links(book.id())).containsExactly(link(first.id(), 1), link(second.id(), 2));
    }

    @Test
    void crediting_inserts_one_link_after_the_last_and_moves_only_the_version() {
        AuthorView a = registerAuthor("A");
        AuthorView b = registerAuthor("B");
        AuthorView c = registerAuthor("C");
        BookView book = registerBook("Book", a.id(), b.id());
        jdbc.update(
                "UPDATE book_author SET position = 7 WHERE book_id = ? AND author_id = ?",
                book.id().value(),
                b.id().value());

        Recorded<?> credit =
                SqlStatementRecorder.record(() -> useCases.creditAuthor().creditAuthor(book.id(), c.id()));

        assertThat(credit.matching("INSERT", "book_author")).hasSize(1);
        assertThat(credit.matching("DELETE", "book_author")).isEmpty();
        assertThat(credit.matching("UPDATE", "book_author")).isEmpty();
        assertThat(credit.matching("UPDATE", "books"))
                .singleElement()
                .satisfies(sql -> assertThat(sql).contains("WHERE id = ? AND version = ?"));
        assertThat(credit.statements())
                .filteredOn(sql -> sql.startsWith("SELECT"))
                .singleElement()
                .as("one statement loads the book, locking its row by its primary key (and, as MyBatisLocksTest"
                        + " shows, nothing else)")
                .satisfies(sql -> assertThat(sql).contains("WHERE b.id = ?").endsWith("FOR UPDATE"));
        assertThat(credit.statements()).noneMatch(MyBatisTablesTest::isLockingReadOfLinks);
        assertThat(links(book.id())).containsExactly(link(a.id(), 1), link(b.id(), 7), link(c.id(), 8));
        assertThat(version(book.id())).isEqualTo(2);
    }

    @Test
    void crediting_an_author_already_credited_writes_nothing() {
        AuthorView a = registerAuthor("A");
        BookView book = registerBook("Book", a.id());

        Recorded<?> credit =
                SqlStatementRecorder.record(() -> useCases.creditAuthor().creditAuthor(book.id(), a.id()));

        assertThat(credit.statements())
                .noneMatch(sql -> sql.startsWith("INSERT") || sql.startsWith("UPDATE") || sql.startsWith("DELETE"));
        assertThat(version(book.id())).isEqualTo(1);
    }

    @Test
    void removing_a_credit_deletes_that_link_only_and_leaves_the_others_where_they_were() {
        AuthorView a = registerAuthor("A");
        AuthorView b = registerAuthor("B");
        AuthorView c = registerAuthor("C");
        BookView book = registerBook("Book", a.id(), b.id(), c.id());

        Recorded<?> removal =
                SqlStatementRecorder.record(() -> useCases.removeCredit().removeCredit(book.id(), b.id()));

        assertThat(removal.matching("DELETE", "book_author")).hasSize(1);
        assertThat(removal.matching("INSERT", "book_author")).isEmpty();
        assertThat(removal.matching("UPDATE", "book_author")).isEmpty();
        assertThat(links(book.id())).containsExactly(link(a.id(), 1), link(c.id(), 3));
        assertThat(version(book.id())).isEqualTo(2);
    }

    @Test
    void reordering_moves_positions_of_the_links_that_must_move_without_deleting_or_inserting_any() {
        AuthorView a = registerAuthor("A");
        AuthorView b = registerAuthor("B");
        AuthorView c = registerAuthor("C");
        AuthorView d = registerAuthor("D");
        BookView book = registerBook("Book", a.id(), b.id(), c.id(), d.id());

        Recorded<?> swap = SqlStatementRecorder.record(() -> useCases.replaceAuthors()
                .replaceAuthors(new ReplaceAuthorsCommand(
                        book.id(), Authorship.of(List.of(a.id(), c.id(), b.id(), d.id())), book.revision())));

        assertThat(swap.matching("DELETE", "book_author")).isEmpty();
        assertThat(swap.matching("INSERT", "book_author")).isEmpty();
        assertThat(swap.matching("UPDATE", "book_author"))
                .as("a swap goes through temporary positions, then the final ones")
                .hasSize(2)
                .allSatisfy(sql -> assertThat(sql.replace(" ", "")).contains("IN(?,?)"));
        assertThat(links(book.id()))
                .containsExactly(link(a.id(), 1), link(c.id(), 2), link(b.id(), 3), link(d.id(), 4));
        assertThat(version(book.id())).isEqualTo(2);
    }

    @Test
    void replacing_the_authors_keeps_the_links_that_stay_and_writes_only_the_difference() {
        AuthorView a = registerAuthor("A");
        AuthorView b = registerAuthor("B");
        AuthorView c = registerAuthor("C");
        AuthorView d = registerAuthor("D");
        BookView book = registerBook("Book", a.id(), b.id(), c.id());

        Recorded<?> replace = SqlStatementRecorder.record(() -> useCases.replaceAuthors()
                .replaceAuthors(
                        new ReplaceAuthorsCommand(book.id(), Authorship.of(List.of(a.id(), c.id(), d.id())), null)));

        assertThat(replace.matching("DELETE", "book_author")).hasSize(1);
        assertThat(replace.matching("UPDATE", "book_author")).isEmpty();
        assertThat(replace.matching("INSERT", "book_author")).hasSize(1);
        assertThat(links(book.id())).containsExactly(link(a.id(), 1), link(c.id(), 3), link(d.id(), 4));
    }

    @Test
    void adding_several_authors_at_once_is_one_multi_row_insert() {
        List<AuthorView> authors = List.of(registerAuthor("A"), registerAuthor("B"), registerAuthor("C"));

        Recorded<?> register = SqlStatementRecorder.record(
                () -> registerBook("Book", authors.stream().map(AuthorView::id).toArray(AuthorId[]::new)));

        assertThat(register.matching("INSERT", "book_author"))
                .singleElement()
                .satisfies(sql -> assertThat(sql.replace(" ", "")).contains("VALUES(?,?,?),(?,?,?),(?,?,?)RETURNING"));
    }

    @Test
    void updating_details_leaves_the_links_alone() {
        AuthorView a = registerAuthor("A");
        BookView book = registerBook("Book", a.id());

        Recorded<?> update = SqlStatementRecorder.record(() -> useCases.updateBook()
                .updateBook(new UpdateBookCommand(book.id(), new Title("Renamed"), null, null, book.revision())));

        assertThat(update.statements()).noneMatch(sql -> sql.matches("^(INSERT|UPDATE|DELETE).*book_author.*"));
        assertThat(update.statements()).noneMatch(MyBatisTablesTest::isLockingReadOfLinks);
        assertThat(jdbc.queryForMap(
                        "SELECT title, HEX(title_key) AS k, version FROM books WHERE id = ?",
                        book.id().value()))
                .containsEntry("title", "Renamed")
                .containsEntry("k", utf8Hex("renamed"))
                .containsEntry("version", 2L);
    }

    @Test
    void deleting_a_book_takes_its_links_in_the_same_statement_and_leaves_the_authors() {
        AuthorView a = registerAuthor("A");
        BookView book = registerBook("Book", a.id());

        Recorded<?> delete = SqlStatementRecorder.record(() -> {
            useCases.deleteBook().deleteBook(book.id());
            return null;
        });

        assertThat(delete.matching("DELETE", "books")).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM book_author")).isZero();
        assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(1);
    }

    @Test
    void deleting_an_author_with_unlinking_removes_its_links_bumps_those_books_and_deletes_it() {
        AuthorView leaving = registerAuthor("Leaving");
        AuthorView staying = registerAuthor("Staying");
        BookView first = registerBook("First", leaving.id(), staying.id());
        BookView second = registerBook("Second", staying.id());

        useCases.deleteAuthor().deleteAuthor(leaving.id(), true);

        assertThat(count("SELECT COUNT(*) FROM authors WHERE id = "
                        + leaving.id().value()))
                .isZero();
        assertThat(links(first.id())).containsExactly(link(staying.id(), 2));
        assertThat(version(first.id())).isEqualTo(2);
        assertThat(version(second.id())).isEqualTo(1);
    }

    @Test
    void the_schema_itself_refuses_orphan_links_duplicate_positions_and_deleting_credited_authors() {
        AuthorView a = registerAuthor("A");
        AuthorView b = registerAuthor("B");
        BookView book = registerBook("Book", a.id());
        long bookId = book.id().value();

        assertThatThrownBy(() -> jdbc.update("DELETE FROM authors WHERE id = ?", a.id().value()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("fk_book_author_author");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO book_author VALUES (?, ?, 1)", bookId, b.id().value()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uq_book_author_position");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO book_author VALUES (?, ?, 5)", bookId, 999_999))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("fk_book_author_author");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO book_author VALUES (?, ?, 5)", 999_999, b.id().value()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("fk_book_author_book");
        assertThatThrownBy(() -> jdbc.update("UPDATE books SET version = 0 WHERE id = ?", bookId))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_registration_under_a_key_is_one_row_naming_the_key_the_request_and_the_book_at_the_utc_time() {
        Instant now = Instant.parse("2030-06-30T22:30:05.123456789Z");
        BookshelfUseCases clocked = new BookshelfUseCases(
                EmbeddedTestDatabase.drivenPorts(), Clock.fixed(now, ZoneId.of("Pacific/Kiritimati")));

        BookView book = clocked.registerBook()
                .registerBook(
                        new RegisterBookCommand(new Title("Dune"), null, null, null),
                        new IdempotencyKey("Ålice 📚", "key-1"))
                .registered();

        assertThat(jdbc.queryForMap("SELECT principal, idem_key, request_hash, resource_type, resource_id,"
                        + " DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s.%f') AS created_at FROM idempotency_keys"))
                .containsEntry("principal", "Ålice 📚")
                .containsEntry("idem_key", "key-1")
                .containsEntry("resource_type", "book")
                .containsEntry("resource_id", book.id().value())
                .containsEntry("created_at", "2030-06-30 22:30:05.123456")
                .hasEntrySatisfying(
                        "request_hash", hash -> assertThat((String) hash).matches("[0-9a-f]{64}"));
        assertThat(indexColumns("idempotency_keys", "PRIMARY")).isEqualTo("principal,idem_key");
        assertThat(indexColumns("idempotency_keys", "ix_idempotency_keys_created_at"))
                .isEqualTo("created_at");
    }

    @Test
    void rolled_back_units_of_work_leave_no_rows() {
        AuthorView a = registerAuthor("A");

        assertThatThrownBy(() -> EmbeddedTestDatabase.drivenPorts().unitOfWork().run(() -> {
                    registerBook("Never", a.id());
                    throw new IllegalStateException("roll back");
                }))
                .hasMessage("roll back");

        assertThat(count("SELECT COUNT(*) FROM books")).isZero();
        assertThat(count("SELECT COUNT(*) FROM book_author")).isZero();
    }

    private AuthorView registerAuthor(String name) {
        return useCases.registerAuthor().registerAuthor(new AuthorName(name));
    }

    private BookView registerBook(String title, AuthorId... authors) {
        return useCases.registerBook()
                .registerBook(new RegisterBookCommand(new Title(title), null, null, Authorship.of(List.of(authors))));
    }

    private List<String> links(BookId bookId) {
        return jdbc.query(
                "SELECT author_id, position FROM book_author WHERE book_id = ? ORDER BY position",
                (row, i) -> row.getLong("author_id") + "@" + row.getInt("position"),
                bookId.value());
    }

    private static String link(AuthorId authorId, int position) {
        return authorId.value() + "@" + position;
    }

    private long version(BookId bookId) {
        return jdbc.queryForObject("SELECT version FROM books WHERE id = ?", Long.class, bookId.value());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private String indexColumns(String table, String index) {
        return jdbc.queryForObject(
                "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) FROM information_schema.STATISTICS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ?",
                String.class,
                table,
                index);
    }

    private static String utf8Hex(String text) {
        return HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A statement that reads {@code book_author} itself with a lock (next-key and gap locks at REPEATABLE READ). */
    private static boolean isLockingReadOfLinks(String sql) {
        return sql.startsWith("SELECT") && sql.contains("FROM book_author") && sql.endsWith("FOR UPDATE");
    }
}
