package org.bookshelf.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.service.BookshelfUseCases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same page of 50 books with their authors, read again and again, at a fixed depth in the listing: the
 * first page ({@code depth} 0) or the page after the book at that fraction of the catalogue in title order
 * (0.99: 99 % of the books come before it). Keyset paging should make the depth all but free: the issue asks
 * that a page at 99 % depth costs at most 1.15 times the first page. Through Bookshelf's use cases and
 * through {@link RawJdbcCatalogue}, both starting from the same keyset, one caller at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class DeepPageBenchmark {

    private static final int PAGE = 50;

    @Param({"0", "0.99"})
    public double depth;

    private InProcessCatalogues catalogues;
    private BookshelfUseCases useCases;
    private RawJdbcCatalogue raw;
    private String cursor;
    private RawJdbcCatalogue.Start start;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        catalogues = InProcessCatalogues.open();
        useCases = catalogues.bookshelf();
        raw = catalogues.raw();
        cursor = DepthCursor.at(raw, depth);
        start = cursor == null ? RawJdbcCatalogue.Start.FIRST : BookListingCursors.decode(cursor);
        List<Long> bookshelfIds = bookshelfPage().items().stream().map(book -> book.id().value()).toList();
        List<Long> rawIds = rawJdbcPage().stream().map(RawJdbcCatalogue.Book::id).toList();
        if (bookshelfIds.size() != PAGE || !bookshelfIds.equals(rawIds)) {
            throw new IllegalStateException("not the same full page at depth " + depth + ": Bookshelf's holds "
                    + bookshelfIds + ", raw JDBC's " + rawIds);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        catalogues.close();
    }

    @Benchmark
    public Page<BookView> bookshelfPage() {
        return useCases.findBooks().findBooks(BookFilter.all(), new PageRequest(PAGE, cursor));
    }

    @Benchmark
    public List<RawJdbcCatalogue.Book> rawJdbcPage() throws SQLException {
        return raw.page(PAGE, start);
    }
}
