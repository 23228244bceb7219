package org.bookshelf.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mariadb.BookshelfDatabase;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mybatis.MyBatisPersistenceConfiguration;
import org.bookshelf.adapter.persistence.mybatis.TransactionDataSource;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.BookId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A page of 50 books with their authors at a random place in the listing, and a book by a random id, one
 * caller at a time: through Bookshelf's use cases on the MyBatis adapter (its pools, as the service opens
 * them on {@code BOOKSHELF_DB_URL}), and through {@link RawJdbcCatalogue} on the same database and the same
 * autocommit pool. No HTTP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class InProcessBenchmark {

    private static final int PAGE = 50;

    private BookshelfDatabase database;
    private AnnotationConfigApplicationContext context;
    private BookshelfUseCases useCases;
    private RawJdbcCatalogue raw;
    private List<String> cursors;
    private List<RawJdbcCatalogue.Start> starts;
    private long highestBookId;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        database = BookshelfDatabase.open(DatabaseSettings.fromEnvironment());
        context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, database::dataSource);
        context.registerBean(TransactionDataSource.class,
                () -> new TransactionDataSource(database.transactionDataSource()));
        context.register(MyBatisPersistenceConfiguration.class);
        context.refresh();
        useCases = new BookshelfUseCases(context.getBean(DrivenPorts.class));
        raw = new RawJdbcCatalogue(database.dataSource());
        cursors = everyCursor();
        starts = raw.randomStarts(1000);
        highestBookId = raw.highestBookId();
    }

    @TearDown(Level.Trial)
    public void close() {
        context.close();
        database.close();
    }

    @Benchmark
    public Page<BookView> bookshelfPage() {
        String cursor = cursors.get(ThreadLocalRandom.current().nextInt(cursors.size()));
        return useCases.findBooks().findBooks(BookFilter.all(), new PageRequest(PAGE, cursor));
    }

    @Benchmark
    public List<RawJdbcCatalogue.Book> rawJdbcPage() throws SQLException {
        return raw.page(PAGE, starts.get(ThreadLocalRandom.current().nextInt(starts.size())));
    }

    @Benchmark
    public BookView bookshelfGet() {
        return useCases.getBook().getBook(new BookId(ThreadLocalRandom.current().nextLong(1, highestBookId + 1)));
    }

    @Benchmark
    public RawJdbcCatalogue.Book rawJdbcGet() throws SQLException {
        return raw.book(ThreadLocalRandom.current().nextLong(1, highestBookId + 1));
    }

    /** Every page's cursor, the first page's ({@code null}) included, walking the whole listing once. */
    private List<String> everyCursor() {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            all.add(cursor);
            cursor = useCases.findBooks().findBooks(BookFilter.all(), new PageRequest(PAGE, cursor)).nextCursor();
        } while (cursor != null);
        return all;
    }
}
