package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.contract.StoreContract;
import org.bookshelf.adapter.persistence.mybatis.BookshelfSchema.RebuildProgress;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code reindex} on the embedded MariaDB: a catalogue whose search words are missing (rows loaded behind the
 * service's back) or stale (titles changed by hand) is searchable as stored once rebuilt, and the search indexes
 * are there at the end, whether the rebuild set them aside or an earlier one stopped without them.
 */
class SearchDataRebuildTest extends StoreContract {

    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedTestDatabase.dataSource());

    @Override
    protected DrivenPorts emptyStore() {
        EmbeddedTestDatabase.emptyAllTables();
        return EmbeddedTestDatabase.drivenPorts();
    }

    @Test
    void fills_missing_words_of_every_book_and_author_and_builds_the_search_indexes_again() throws SQLException {
        Author tanaka = registerAuthor("Yuki Tanaka");
        for (int n = 1; n <= 30; n++) {
            registerBook("Lantern " + n, tanaka);
        }
        jdbc.execute("DELETE FROM title_words");
        jdbc.execute("DELETE FROM author_words");
        assertThat(titles(booksFound("lantern"))).isEmpty();

        AtomicLong toDo = new AtomicLong();
        AtomicLong told = new AtomicLong();
        long books = rebuild(toDo, told);

        assertThat(books).isEqualTo(30);
        assertThat(toDo.get()).isEqualTo(30);
        assertThat(told.get()).isEqualTo(30);
        assertThat(titles(booksFound("lant 7"))).containsExactly("Lantern 7");
        assertThat(titles(booksFound("tanaka"))).hasSize(30);
        assertThat(authorNames(authorsFound("yuki"))).containsExactly("Yuki Tanaka");
        assertSearchIndexesAsMigrated();
    }

    @Test
    void replaces_stale_words_and_builds_a_search_index_an_earlier_rebuild_left_out() throws SQLException {
        registerBook("Old Garden");
        registerBook("Kept Garden");
        jdbc.update("UPDATE books SET title = 'New Orchard' WHERE title = 'Old Garden'");
        jdbc.execute("ALTER TABLE title_words DROP INDEX ix_title_words_search");

        rebuild(new AtomicLong());

        assertThat(titles(booksFound("garden"))).containsExactly("Kept Garden");
        assertThat(titles(booksFound("orchard"))).containsExactly("New Orchard");
        assertSearchIndexesAsMigrated();
    }

    @Test
    void books_registered_while_a_rebuild_fills_empty_tables_are_found_once_it_ends() throws Exception {
        for (int n = 1; n <= 1_000; n++) {
            registerBook("Loaded " + n);
        }
        jdbc.execute("DELETE FROM title_words");
        jdbc.execute("DELETE FROM author_words");

        CompletableFuture<Long> rebuilt = CompletableFuture.supplyAsync(() -> {
            try {
                return rebuild(new AtomicLong());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        int registered = 0;
        do {
            registerBook("Written meanwhile " + ++registered);
        } while (!rebuilt.isDone());

        assertThat(rebuilt.get()).isGreaterThanOrEqualTo(1_000);
        assertThat(titles(booksFound("loaded"))).hasSize(100);
        assertThat(countOf("SELECT COUNT(DISTINCT book_id) FROM title_words WHERE word = 'loaded'"))
                .isEqualTo(1_000);
        assertThat(countOf("SELECT COUNT(DISTINCT book_id) FROM title_words WHERE word = 'written'"))
                .isEqualTo(registered);
        assertSearchIndexesAsMigrated();
    }

    @Test
    void a_step_that_waited_too_long_for_a_writers_lock_is_run_again() throws Exception {
        registerBook("Held Garden");
        jdbc.execute("DELETE FROM title_words");
        long highest = countOf("SELECT MAX(id) FROM books");
        try (Connection writer = EmbeddedTestDatabase.dataSource().getConnection();
                Connection rebuilding = EmbeddedTestDatabase.dataSource().getConnection()) {
            writer.setAutoCommit(false);
            try (Statement lock = writer.createStatement()) {
                lock.executeQuery("SELECT id FROM books FOR UPDATE").close();
            }
            rebuilding.setAutoCommit(false);
            try (Statement impatient = rebuilding.createStatement()) {
                impatient.execute("SET SESSION innodb_lock_wait_timeout = 1");
            }
            SearchDataRebuild rebuild = new SearchDataRebuild(rebuilding, true);
            CompletableFuture<Long> step = CompletableFuture.supplyAsync(() -> {
                try {
                    return rebuild.rebuildBooks(0, highest);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            Thread.sleep(2_500); // the step's first attempt gave up waiting after 1 s
            writer.commit();

            assertThat(step.get()).isEqualTo(1);
        }
        assertThat(titles(booksFound("held garden"))).containsExactly("Held Garden");
    }

    @Test
    void steps_of_neighbouring_ranges_run_at_once() throws Exception {
        for (int n = 1; n <= 4; n++) {
            registerBook("Neighbour " + n);
        }
        jdbc.execute("DELETE FROM title_words");
        long first = countOf("SELECT MIN(id) FROM books");
        long highest = countOf("SELECT MAX(id) FROM books");
        try (Connection lower = EmbeddedTestDatabase.dataSource().getConnection();
                Connection upper = EmbeddedTestDatabase.dataSource().getConnection()) {
            SearchDataRebuild lowerSteps = stepsInOpenTransaction(lower);
            SearchDataRebuild upperSteps = stepsInOpenTransaction(upper);
            try (Statement impatient = upper.createStatement()) {
                impatient.execute("SET SESSION innodb_lock_wait_timeout = 1");
            }

            assertThat(lowerSteps.rebuildBooks(first - 1, first + 1)).isEqualTo(2);
            // The lower step still holds its locks; at REPEATABLE READ this one would time out waiting for them.
            assertThat(upperSteps.rebuildBooks(first + 1, highest)).isEqualTo(2);

            lower.commit();
            upper.commit();
        }
        assertThat(titles(booksFound("neighbour"))).hasSize(4);
    }

    /** Steps on {@code connection} the way a reindex takes them, left uncommitted for the test to end. */
    private static SearchDataRebuild stepsInOpenTransaction(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        SearchDataRebuild steps = new SearchDataRebuild(connection, false);
        steps.withoutGapLocks();
        return steps;
    }

    private long countOf(String select) {
        return jdbc.queryForObject(select, Long.class);
    }

    private long rebuild(AtomicLong told) throws SQLException {
        return rebuild(new AtomicLong(), told);
    }

    private long rebuild(AtomicLong toDo, AtomicLong told) throws SQLException {
        return BookshelfSchema.rebuildSearchWords(EmbeddedTestDatabase.dataSource(), 2, new RebuildProgress() {
            @Override
            public void booksToDo(long books) {
                toDo.set(books);
            }

            @Override
            public void booksDone(long books) {
                told.set(books);
            }

            @Override
            public void booksFinished() {}
        });
    }

    private void assertSearchIndexesAsMigrated() {
        assertThat(indexColumns("title_words", "ix_title_words_search"))
                .containsExactly("word", "title_key", "book_id");
        assertThat(indexColumns("author_words", "ix_author_words_search"))
                .containsExactly("word", "name_key", "author_id");
    }

    private List<String> indexColumns(String table, String index) {
        return jdbc.queryForList(
                "SELECT column_name FROM information_schema.statistics WHERE table_schema = DATABASE()"
                        + " AND table_name = ? AND index_name = ? ORDER BY seq_in_index",
                String.class,
                table,
                index);
    }

    private void registerBook(String title, Author... authors) {
        inUnitOfWork(() -> ports.books()
                .save(Book.register(
                        ports.books().nextId(),
                        new Title(title),
                        null,
                        null,
                        Authorship.of(List.of(authors).stream().map(Author::id).toList()))));
    }
}
