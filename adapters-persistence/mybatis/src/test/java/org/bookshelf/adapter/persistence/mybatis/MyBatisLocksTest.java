package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.SqlStatementRecorder;
import org.bookshelf.adapter.persistence.SqlStatementRecorder.Recorded;
import org.bookshelf.application.exception.ConcurrentChangeException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a unit of work keeps locked, seen from a second connection that refuses to wait for any lock
 * ({@code innodb_lock_wait_timeout = 0}: a statement that would have to wait fails at once with error
 * 1205 instead); and that the links read without a lock are always the stored ones.
 */
class MyBatisLocksTest {

    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private DrivenPorts ports;
    private BookshelfUseCases useCases;

    @BeforeEach
    void startEmpty() {
        EmbeddedTestDatabase.emptyAllTables();
        ports = EmbeddedTestDatabase.drivenPorts();
        useCases = new BookshelfUseCases(ports);
    }

    @Test
    void a_book_loaded_for_update_has_its_row_locked_and_nothing_of_its_links_authors_or_neighbours() throws Exception {
        AuthorView author = registerAuthor("A");
        AuthorView credited = registerAuthor("Credited");
        BookView loaded = registerBook("Loaded", credited.id());
        BookView neighbour = registerBook("Neighbour");

        whileHolding(
                ports -> assertThat(ports.books()
                                .loadForUpdate(loaded.id())
                                .orElseThrow()
                                .authorship()
                                .authorIds())
                        .containsExactly(credited.id()),
                other -> {
                    assertThatThrownBy(() -> execute(
                                    other,
                                    "SELECT id FROM books WHERE id = "
                                            + loaded.id().value() + " FOR UPDATE"))
                            .as("the loaded book's row is locked")
                            .isInstanceOfSatisfying(
                                    SQLException.class,
                                    refused ->
                                            assertThat(refused.getErrorCode()).isEqualTo(LOCK_WAIT_TIMEOUT));
                    execute(
                            other,
                            "INSERT INTO book_author (book_id, author_id, position) VALUES ("
                                    + neighbour.id().value() + ", "
                                    + author.id().value() + ", 1)");
                    execute(
                            other,
                            "SELECT * FROM book_author WHERE book_id = "
                                    + loaded.id().value() + " FOR UPDATE");
                    execute(
                            other,
                            "SELECT * FROM authors WHERE id = " + credited.id().value() + " FOR UPDATE");
                });
    }

    @Test
    void books_loaded_as_crediting_an_author_have_their_rows_locked_and_their_other_links_stay_free() throws Exception {
        AuthorView leaving = registerAuthor("Leaving");
        AuthorView other = registerAuthor("Other");
        AuthorView newcomer = registerAuthor("Newcomer");
        BookView crediting = registerBook("Crediting", other.id(), leaving.id());
        BookView neighbour = registerBook("Neighbour");

        whileHolding(
                ports -> {
                    ports.authors().loadForUpdate(leaving.id());
                    assertThat(ports.books().loadCreditingForUpdate(leaving.id()))
                            .hasSize(1);
                },
                connection -> {
                    assertThatThrownBy(() -> execute(
                                    connection,
                                    "SELECT id FROM books WHERE id = "
                                            + crediting.id().value() + " FOR UPDATE"))
                            .isInstanceOfSatisfying(
                                    SQLException.class,
                                    refused ->
                                            assertThat(refused.getErrorCode()).isEqualTo(LOCK_WAIT_TIMEOUT));
                    execute(
                            connection,
                            "SELECT * FROM book_author WHERE book_id = "
                                    + crediting.id().value() + " AND author_id = "
                                    + other.id().value() + " FOR UPDATE");
                    execute(
                            connection,
                            "SELECT * FROM authors WHERE id = " + other.id().value() + " FOR UPDATE");
                    execute(
                            connection,
                            "INSERT INTO book_author (book_id, author_id, position) VALUES ("
                                    + neighbour.id().value() + ", "
                                    + newcomer.id().value() + ", 1)");
                });
    }

    @Test
    void links_from_a_snapshot_older_than_the_lock_are_not_trusted() throws Exception {
        AuthorView first = registerAuthor("First");
        AuthorView meanwhile = registerAuthor("Meanwhile");
        AuthorView last = registerAuthor("Last");
        BookView book = registerBook("Book", first.id());

        ports.unitOfWork().run(() -> {
            // A plain read first: the transaction's snapshot is taken here, before the book is locked.
            assertThat(ports.reads().findBook(book.id())).isPresent();
            CompletableFuture.runAsync(() -> useCases.creditAuthor().creditAuthor(book.id(), meanwhile.id()))
                    .join();

            Book loaded = ports.books().loadForUpdate(book.id()).orElseThrow();
            assertThat(loaded.authorship().authorIds()).containsExactly(first.id(), meanwhile.id());
            loaded.credit(last.id());
            ports.books().save(loaded);
            return null;
        });

        assertThat(links(book.id()))
                .containsExactly(
                        first.id().value() + "@1",
                        meanwhile.id().value() + "@2",
                        last.id().value() + "@3");
        assertThat(useCases.getBook().getBook(book.id()).version()).isEqualTo(book.version() + 2);
    }

    @Test
    void an_author_registered_after_the_unit_of_work_s_snapshot_is_credited_and_answered_as_committed() {
        AuthorView early = registerAuthor("Early");
        BookView book = registerBook("Book", early.id());

        BookView saved = ports.unitOfWork().run(() -> {
            // A plain read first: the transaction's snapshot is taken here, before the late author exists.
            assertThat(ports.reads().findAuthor(early.id())).isPresent();
            AuthorView late =
                    CompletableFuture.supplyAsync(() -> registerAuthor("Late")).join();
            assertThat(ports.reads().findAuthor(late.id()))
                    .as("not in the snapshot")
                    .isEmpty();

            Book loaded = ports.books().loadForUpdate(book.id()).orElseThrow();
            loaded.credit(late.id());
            return ports.books().save(loaded);
        });

        assertThat(saved.authors())
                .extracting(credited -> credited.name().value())
                .containsExactly("Early", "Late");
        assertThat(saved).isEqualTo(useCases.getBook().getBook(book.id()));
    }

    @Test
    void a_book_changed_several_ways_in_one_unit_of_work_has_its_links_read_once_and_never_locked() {
        AuthorView a = registerAuthor("A");
        AuthorView b = registerAuthor("B");
        AuthorView c = registerAuthor("C");
        BookView book = registerBook("Book", a.id());

        Recorded<?> changes =
                SqlStatementRecorder.record(() -> ports.unitOfWork().run(() -> {
                    Book loaded = ports.books().loadForUpdate(book.id()).orElseThrow();
                    loaded.credit(b.id());
                    loaded.replaceAuthorship(Authorship.of(List.of(c.id(), b.id())));
                    loaded.updateDetails(new Title("Renamed"), null, null);
                    ports.books().save(loaded);
                    return null;
                }));

        assertThat(changes.statements())
                .filteredOn(sql -> sql.startsWith("SELECT") && sql.contains("book_author"))
                .as("the links are read once, with the book")
                .singleElement()
                .satisfies(sql -> assertThat(sql).doesNotContain("FROM book_author"));
        assertThat(links(book.id())).containsExactly(c.id().value() + "@1", b.id().value() + "@2");
        assertThat(useCases.getBook().getBook(book.id()).version()).isEqualTo(4);
    }

    @Test
    void a_book_stored_without_being_loaded_in_the_same_unit_of_work_has_its_links_read_under_its_lock() {
        AuthorView a = registerAuthor("A");
        AuthorView b = registerAuthor("B");
        BookView book = registerBook("Book", a.id());
        Book loadedEarlier = ports.unitOfWork()
                .run(() -> ports.books().loadForUpdate(book.id()).orElseThrow());
        loadedEarlier.credit(b.id());

        Recorded<?> store = SqlStatementRecorder.record(() -> ports.unitOfWork().run(() -> {
            ports.books().save(loadedEarlier);
            return null;
        }));

        assertThat(store.statements())
                .anySatisfy(sql -> assertThat(sql).contains("book_author").endsWith("FOR UPDATE"));
        assertThat(links(book.id())).containsExactly(a.id().value() + "@1", b.id().value() + "@2");
    }

    @Test
    void a_unit_of_work_that_times_out_waiting_for_a_lock_is_retried_once_then_gives_up() throws Exception {
        AuthorView author = registerAuthor("A");
        BookView book = registerBook("Held");
        // Connections that wait for no lock at all: each lock wait times out at once with error 1205.
        HikariConfig impatient = new HikariConfig();
        impatient.setJdbcUrl(EmbeddedTestDatabase.jdbcUrl());
        impatient.setUsername(EmbeddedTestDatabase.user());
        impatient.setPassword(EmbeddedTestDatabase.password());
        impatient.setConnectionInitSql("SET SESSION innodb_lock_wait_timeout = 0");
        impatient.setMaximumPoolSize(2);
        try (HikariDataSource dataSource = new HikariDataSource(impatient);
                AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(DataSource.class, () -> dataSource);
            context.register(MyBatisPersistenceConfiguration.class);
            context.refresh();
            DrivenPorts impatientPorts = context.getBean(DrivenPorts.class);
            TransactionalUnitOfWork unitOfWork = (TransactionalUnitOfWork) impatientPorts.unitOfWork();

            whileHolding(
                    ports -> ports.books().loadForUpdate(book.id()),
                    other -> assertThatThrownBy(() -> new BookshelfUseCases(impatientPorts)
                                    .creditAuthor()
                                    .creditAuthor(book.id(), author.id()))
                            .isInstanceOf(ConcurrentChangeException.class)
                            .hasMessageContaining("2 attempts"));

            assertThat(unitOfWork.retriedConflicts()).isEqualTo(1);
        }
        assertThat(useCases.getBook().getBook(book.id())).isEqualTo(book);
    }

    /** Runs {@code checks} on a connection of its own, rolled back after, while a unit of work holds what {@code lock} took. */
    private void whileHolding(Consumer<DrivenPorts> lock, Check checks) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder =
                CompletableFuture.runAsync(() -> ports.unitOfWork().run(() -> {
                    lock.accept(ports);
                    locked.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            DataSource dataSource = EmbeddedTestDatabase.dataSource();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                execute(connection, "SET SESSION innodb_lock_wait_timeout = 0");
                try {
                    checks.run(connection);
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    execute(connection, "SET SESSION innodb_lock_wait_timeout = DEFAULT");
                }
            }
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
    }

    @FunctionalInterface
    private interface Check {
        void run(Connection connection) throws Exception;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> links(BookId bookId) {
        return new JdbcTemplate(EmbeddedTestDatabase.dataSource())
                .query(
                        "SELECT author_id, position FROM book_author WHERE book_id = ? ORDER BY position",
                        (row, i) -> row.getLong("author_id") + "@" + row.getInt("position"),
                        bookId.value());
    }

    private AuthorView registerAuthor(String name) {
        return useCases.registerAuthor().registerAuthor(new AuthorName(name));
    }

    private BookView registerBook(String title, AuthorId... authors) {
        return useCases.registerBook()
                .registerBook(new RegisterBookCommand(new Title(title), null, null, Authorship.of(List.of(authors))));
    }
}
