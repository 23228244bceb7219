package org.bookshelf.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.service.BookshelfUseCases;
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

/**
 * A page of 50 books with their authors at a random place in the listing, and a book by a random id, one
 * caller at a time: through Bookshelf's use cases and through {@link RawJdbcCatalogue}, as
 * {@link InProcessCatalogues} opens them. No HTTP.
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

    private InProcessCatalogues catalogues;
    private BookshelfUseCases useCases;
    private RawJdbcCatalogue raw;
    private List<String> cursors;
    private List<RawJdbcCatalogue.Start> starts;
    private long highestBookId;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        catalogues = InProcessCatalogues.open();
        useCases = catalogues.bookshelf();
        raw = catalogues.raw();
        cursors = everyCursor();
        starts = raw.randomStarts(1000);
        highestBookId = raw.highestBookId();
    }

    @TearDown(Level.Trial)
    public void close() {
        catalogues.close();
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
