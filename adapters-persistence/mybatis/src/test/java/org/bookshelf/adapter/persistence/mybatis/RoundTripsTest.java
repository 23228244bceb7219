package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.ServerCommandRecorder;
import org.bookshelf.adapter.persistence.ServerCommandRecorder.Recorded;
import org.bookshelf.adapter.persistence.mariadb.PooledDataSources;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.port.in.RenameAuthorUseCase.RenameAuthorCommand;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase.ReplaceAuthorsCommand;
import org.bookshelf.application.port.in.UpdateBookUseCase.UpdateBookCommand;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * What each use case costs in round trips to MariaDB, counted where it counts: every command the
 * server receives ({@link ServerCommandRecorder}, a relay in front of the test database), transaction
 * control ({@code set autocommit}, {@code COMMIT}, {@code ROLLBACK}) and what the pool sends on
 * borrowing and returning a connection included; only the pool's liveness pings are left out. The
 * adapter runs as the service runs it, on pools made by {@link PooledDataSources}. The measured
 * commands are printed; docs/persistence.md records them.
 */
class RoundTripsTest {

    private static final int AUTHORS_PER_BOOK = 3;
    private static final int PAGE = 20;

    private static ServerCommandRecorder server;
    private static HikariDataSource pool;
    private static HikariDataSource transactionPool;
    private static AnnotationConfigApplicationContext context;
    private static final Map<String, Recorded<?>> MEASURED = new LinkedHashMap<>();

    private BookshelfUseCases useCases;
    private List<AuthorId> authors;
    private List<BookId> books;

    @BeforeAll
    static void relayTheTestDatabase() {
        server = ServerCommandRecorder.inFrontOf(EmbeddedTestDatabase.jdbcUrl());
        pool = PooledDataSources.create(
                server.relayUrl(), EmbeddedTestDatabase.user(), EmbeddedTestDatabase.password());
        transactionPool = PooledDataSources.createForTransactions(
                server.relayUrl(), EmbeddedTestDatabase.user(), EmbeddedTestDatabase.password());
        context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> pool);
        context.registerBean(TransactionDataSource.class, () -> new TransactionDataSource(transactionPool));
        context.register(MyBatisPersistenceConfiguration.class);
        context.refresh();
    }

    @AfterAll
    static void printAndClose() throws Exception {
        StringBuilder table =
                new StringBuilder("Commands the server received, per use case:\n| use case | commands |\n|---|---|\n");
        MEASURED.forEach((name, recorded) -> table.append("| ")
                .append(name)
                .append(" | ")
                .append(recorded.count())
                .append(" |\n"));
        System.out.println(table);
        MEASURED.forEach((name, recorded) -> System.out.println("-- " + name + ":\n" + recorded.describe()));
        context.close();
        transactionPool.close();
        pool.close();
        server.close();
    }

    @BeforeEach
    void catalogueOfTwentyBooksWithThreeAuthorsEach() {
        catalogueOf(20);
    }

    @Test
    void reading_a_book_is_one_round_trip_and_a_page_one_whatever_its_size() {
        Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        for (int n : List.of(1, 20, 100)) {
            catalogueOf(n);
            BookId book = books.get(n - 1);
            AuthorId author = authors.get(1);
            Map<String, Recorded<?>> reads = new LinkedHashMap<>();
            reads.put("GET a book", server.record(() -> useCases.getBook().getBook(book)));
            reads.put(
                    "a page of N books",
                    server.record(() -> useCases.findBooks().findBooks(BookFilter.all(), PageRequest.first(n))));
            reads.put(
                    "a page of an author's N books",
                    server.record(() -> useCases.listBooksOfAuthor().listBooksOfAuthor(author, PageRequest.first(n))));
            reads.put(
                    "a search, page of N",
                    server.record(() -> useCases.findBooks()
                            .findBooks(new BookFilter(null, SearchQuery.parse("book"), null), PageRequest.first(n))));
            reads.put("GET an author", server.record(() -> useCases.getAuthor().getAuthor(author)));
            reads.forEach((name, recorded) -> {
                counts.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(n, recorded.count());
                MEASURED.putIfAbsent(name, recorded);
            });
            assertThat(((Page<?>) reads.get("a page of N books").result()).items())
                    .hasSize(n);
        }
        System.out.println("Commands per read, " + AUTHORS_PER_BOOK + " authors per book, N = 1, 20, 100: " + counts);

        assertThat(counts.get("GET a book").values()).containsOnly(1);
        assertThat(counts.get("GET an author").values()).containsOnly(1);
        for (String page : List.of("a page of N books", "a page of an author's N books", "a search, page of N")) {
            // A search first counts its words' rows, walks them, then reads the page found (WordSearch): at most 4.
            int most = page.startsWith("a search") ? 4 : 2;
            assertThat(counts.get(page).values())
                    .as(page + ", the same for every N")
                    .containsOnly(counts.get(page).get(1))
                    .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(most));
        }
    }

    @Test
    void an_empty_page_of_an_authors_books_also_tells_whether_the_author_exists() {
        AuthorId bookless = registerAuthor("Bookless");
        awaitFullPools();

        measure(
                "an empty page of an author's books",
                () -> useCases.listBooksOfAuthor().listBooksOfAuthor(bookless, PageRequest.first(PAGE)));

        assertThat(MEASURED.get("an empty page of an author's books").count()).isEqualTo(2);
    }

    @Test
    void crediting_and_removing_a_credit_take_at_most_four_round_trips_the_commit_included() {
        BookId book = books.get(3);
        AuthorId newcomer = registerAuthor("Newcomer");
        awaitFullPools();

        Recorded<?> credit =
                measure("credit an author", () -> useCases.creditAuthor().creditAuthor(book, newcomer));
        Recorded<?> again = measure(
                "credit an author already credited",
                () -> useCases.creditAuthor().creditAuthor(book, newcomer));
        Recorded<?> remove =
                measure("remove a credit", () -> useCases.removeCredit().removeCredit(book, newcomer));
        Recorded<?> absent = measure(
                "remove a credit that is not there",
                () -> useCases.removeCredit().removeCredit(book, newcomer));

        assertThat(List.of(credit, again, remove, absent)).allSatisfy(recorded -> {
            assertThat(recorded.count()).isLessThanOrEqualTo(4);
            assertThat(recorded.commands()).last().hasToString("COMMIT");
        });
        assertThat(List.of(credit, remove)).allSatisfy(RoundTripsTest::assertNoReadBack);
    }

    @Test
    void deleting_an_author_with_unlinking_costs_the_same_whatever_the_number_of_books() {
        AuthorId fromOne = registerAuthor("Credited once");
        AuthorId fromTwenty = registerAuthor("Credited twenty times");
        useCases.creditAuthor().creditAuthor(books.get(0), fromOne);
        books.forEach(book -> useCases.creditAuthor().creditAuthor(book, fromTwenty));
        awaitFullPools();

        Recorded<?> one = measure("delete an author, unlinking it from 1 book", () -> {
            useCases.deleteAuthor().deleteAuthor(fromOne, true);
            return null;
        });
        Recorded<?> twenty = measure("delete an author, unlinking it from 20 books", () -> {
            useCases.deleteAuthor().deleteAuthor(fromTwenty, true);
            return null;
        });

        assertThat(twenty.count()).isEqualTo(one.count());
        assertNoReadBack(twenty);
    }

    @Test
    void no_write_reads_back_what_it_wrote() {
        BookId book = books.get(5);
        BookRevision lastRead = useCases.getBook().getBook(book).revision();
        awaitFullPools();

        List<Recorded<?>> writes = List.of(
                measure(
                        "register a book with 2 authors",
                        () -> useCases.registerBook()
                                .registerBook(new RegisterBookCommand(
                                        new Title("Another"), null, null, Authorship.of(authors.subList(0, 2))))),
                measure(
                        "update the title, expecting the revision last read",
                        () -> useCases.updateBook()
                                .updateBook(new UpdateBookCommand(book, new Title("Renamed"), null, null, lastRead))),
                measure(
                        "replace the authors (swap 2)",
                        () -> useCases.replaceAuthors()
                                .replaceAuthors(new ReplaceAuthorsCommand(
                                        book,
                                        Authorship.of(List.of(authors.get(1), authors.get(0), authors.get(2))),
                                        null))),
                measure(
                        "rename an author",
                        () -> useCases.renameAuthor()
                                .renameAuthor(
                                        new RenameAuthorCommand(authors.get(0), new AuthorName("Renamed"), null))));

        assertThat(writes).allSatisfy(RoundTripsTest::assertNoReadBack);
    }

    /** Once a write has begun to write, nothing is read any more: its answer comes from what it has. */
    private static void assertNoReadBack(Recorded<?> write) {
        List<String> commands = write.commands().stream()
                .map(Object::toString)
                .map(String::strip)
                .toList();
        int firstWrite = IntStream.range(0, commands.size())
                .filter(i -> commands.get(i).matches("(?s)^(INSERT|UPDATE|DELETE).*"))
                .findFirst()
                .orElseThrow();
        assertThat(commands.subList(firstWrite, commands.size()))
                .as(write.describe())
                .noneMatch(command -> command.startsWith("SELECT"));
    }

    private void catalogueOf(int bookCount) {
        EmbeddedTestDatabase.emptyAllTables();
        useCases = new BookshelfUseCases(context.getBean(DrivenPorts.class));
        authors = IntStream.range(0, AUTHORS_PER_BOOK)
                .mapToObj(i -> registerAuthor("Author " + i))
                .toList();
        books = IntStream.range(0, bookCount)
                .mapToObj(i -> useCases.registerBook()
                        .registerBook(
                                new RegisterBookCommand(new Title("Book " + i), null, null, Authorship.of(authors)))
                        .id())
                .toList();
        awaitFullPools();
    }

    private Recorded<?> measure(String name, Supplier<?> action) {
        Recorded<?> recorded = server.record(action);
        MEASURED.put(name, recorded);
        return recorded;
    }

    private AuthorId registerAuthor(String name) {
        return useCases.registerAuthor().registerAuthor(new AuthorName(name)).id();
    }

    /** Waits until the pools have opened all their connections, so that none is opened while a use case is recorded. */
    private static void awaitFullPools() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (HikariDataSource each : List.of(pool, transactionPool)) {
            while (each.getHikariPoolMXBean().getIdleConnections() < each.getMaximumPoolSize()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the pools did not fill within 10 s");
                }
                Thread.onSpinWait();
            }
        }
    }
}
