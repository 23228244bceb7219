package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sixteen clients crediting authors at once through the use cases, on the MariaDB adapter as the service
 * runs it: on distinct books they never collide (no deadlock detected by the server, no unit of work run
 * again), and on one hot book they queue on the book's row lock and every credit succeeds. Prints the
 * credits per second of each (docs/performance.md).
 */
class ConcurrentCreditsTest {

    private static final int CLIENTS = 16;

    private final DrivenPorts ports = EmbeddedTestDatabase.drivenPorts();
    private final BookshelfUseCases useCases = new BookshelfUseCases(ports);
    private final JdbcTemplate jdbc = new JdbcTemplate(EmbeddedTestDatabase.dataSource());
    private ExecutorService clients;

    @BeforeEach
    void startEmpty() {
        EmbeddedTestDatabase.emptyAllTables();
        clients = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void sixteen_clients_crediting_authors_each_on_its_own_book_never_collide() throws Exception {
        int creditsPerClient = 40;
        credit(distinctBooks("Warm-up"), 5);
        List<BookId> books = distinctBooks("Measured");
        long retriedBefore = retriedConflicts();
        long deadlocksBefore = serverDeadlocks();

        Measured measured = credit(books, creditsPerClient);

        print("on distinct books", measured, retriedBefore, deadlocksBefore);
        assertThat(measured.failures()).isEmpty();
        assertThat(retriedConflicts() - retriedBefore)
                .as("units of work run again")
                .isZero();
        assertThat(serverDeadlocks() - deadlocksBefore)
                .as("deadlocks detected by the server")
                .isZero();
        assertThat(books).allSatisfy(book -> {
            BookView now = useCases.getBook().getBook(book);
            assertThat(now.authors()).hasSize(creditsPerClient);
            assertThat(now.version()).isEqualTo(1 + creditsPerClient);
        });
    }

    @Test
    void sixteen_clients_crediting_authors_on_one_hot_book_queue_and_every_credit_succeeds() throws Exception {
        int creditsPerClient = 6;
        credit(List.of(newBook("Warm-up")), 1);
        BookId hot = newBook("Hot");
        long retriedBefore = retriedConflicts();
        long deadlocksBefore = serverDeadlocks();

        Measured measured = credit(List.of(hot), creditsPerClient);

        print("on one hot book", measured, retriedBefore, deadlocksBefore);
        assertThat(measured.failures()).isEmpty();
        assertThat(retriedConflicts() - retriedBefore)
                .as("units of work run again")
                .isZero();
        assertThat(serverDeadlocks() - deadlocksBefore)
                .as("deadlocks detected by the server")
                .isZero();
        BookView now = useCases.getBook().getBook(hot);
        assertThat(now.authors()).hasSize(CLIENTS * creditsPerClient);
        assertThat(now.version()).isEqualTo(1 + CLIENTS * creditsPerClient);
    }

    private record Measured(int credits, long nanos, List<Throwable> failures) {

        double perSecond() {
            return credits * 1e9 / nanos;
        }
    }

    /**
     * Each client credits {@code creditsPerClient} authors of its own, one after the other, on its book
     * ({@code books.get(client)}, or the only book for all): all start together.
     */
    private Measured credit(List<BookId> books, int creditsPerClient) throws Exception {
        List<List<AuthorId>> authors = IntStream.range(0, CLIENTS)
                .mapToObj(client -> IntStream.range(0, creditsPerClient)
                        .mapToObj(i -> useCases.registerAuthor()
                                .registerAuthor(new AuthorName("Client " + client + " author " + i))
                                .id())
                        .toList())
                .toList();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            BookId book = books.size() == 1 ? books.get(0) : books.get(client);
            List<AuthorId> own = authors.get(client);
            running.add(clients.submit(() -> {
                start.await();
                for (AuthorId author : own) {
                    useCases.creditAuthor().creditAuthor(book, author);
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> client : running) {
            try {
                client.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        return new Measured(CLIENTS * creditsPerClient, System.nanoTime() - started, failures);
    }

    /** A book for each client. */
    private List<BookId> distinctBooks(String round) {
        return IntStream.range(0, CLIENTS)
                .mapToObj(i -> newBook(round + " book " + i))
                .toList();
    }

    private BookId newBook(String title) {
        return useCases.registerBook()
                .registerBook(new RegisterBookCommand(new Title(title), null, null, Authorship.none()))
                .id();
    }

    private void print(String how, Measured measured, long retriedBefore, long deadlocksBefore) {
        System.out.printf(
                "%d clients crediting %s: %d credits in %d ms, %.0f credits/s, %d failed,"
                        + " %d units of work run again, %d deadlocks%n",
                CLIENTS,
                how,
                measured.credits(),
                measured.nanos() / 1_000_000,
                measured.perSecond(),
                measured.failures().size(),
                retriedConflicts() - retriedBefore,
                serverDeadlocks() - deadlocksBefore);
    }

    private long retriedConflicts() {
        return ((TransactionalUnitOfWork) ports.unitOfWork()).retriedConflicts();
    }

    private long serverDeadlocks() {
        return jdbc.queryForObject(
                "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                        + " WHERE VARIABLE_NAME = 'INNODB_DEADLOCKS'",
                Long.class);
    }
}
