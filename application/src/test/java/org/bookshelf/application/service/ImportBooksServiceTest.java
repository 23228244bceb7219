package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bookshelf.application.model.ImportFormat.JSON_LINES;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.ImportsBusyException;
import org.bookshelf.application.exception.UnreadableFileException;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobView;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.in.ImportBooksUseCase.ImportProgress;
import org.bookshelf.application.port.in.ImportBooksUseCase.RunningImport;
import org.bookshelf.application.port.out.BulkCatalogue;
import org.bookshelf.application.service.FakeImportFiles.RowsFile;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The import's life and edge cases, on a store in maps: chunks and their commits, a stop half way and the run that
 * completes it, the errors kept, the rows a book cannot be credited with, a chunk that meets a concurrent writer,
 * and the imports an instance takes at once. The rules themselves are told in {@code importing.feature}.
 */
class ImportBooksServiceTest {

    private static final int CHUNK = ImportBooksService.CHUNK_ROWS;

    private final Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final FakeCatalogue store = new FakeCatalogue();
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final ImportBooksService imports = importsOn(store);
    private final GetImportService getImport = new GetImportService(store, store, clock);

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    void rows_are_committed_a_chunk_at_a_time_with_the_counts_so_far() throws InterruptedException {
        List<ImportCounts> commits = new ArrayList<>();

        ImportJobView done = importRows(imports, books(0, 2 * CHUNK + 500), progress(commits, new ArrayList<>()));

        assertThat(commits).extracting(ImportCounts::rows).containsExactly((long) CHUNK, 2L * CHUNK, 2L * CHUNK + 500);
        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.counts())
                .isEqualTo(new ImportCounts(2 * CHUNK + 500, 2 * CHUNK + 500, 3, 2 * CHUNK + 500, 0, 0));
        assertThat(getImport.getImport(done.id())).isEqualTo(done);
        assertThat(imports.running()).isZero();
    }

    @Test
    void a_stop_half_way_keeps_the_chunks_committed_and_the_same_rows_again_complete_the_import()
            throws InterruptedException {
        List<RuntimeException> failures = new ArrayList<>();
        RowsFile breaking = new RowsFile(failingAfter(books(0, 2 * CHUNK + 500), CHUNK + 500));

        ImportJobView failed = imports.startImport(JSON_LINES, breaking, new ImportProgress() {
                    @Override
                    public void committed(ImportCounts soFar) {}

                    @Override
                    public void rejected(RowRejection rejection) {}

                    @Override
                    public void ended(ImportJobView job, RuntimeException failure) {
                        failures.add(failure);
                    }
                })
                .awaitEnd();

        assertThat(failed.state()).isEqualTo(ImportState.FAILED);
        assertThat(failures).singleElement().isInstanceOf(UncheckedIOException.class);
        assertThat(getImport.getImport(failed.id())).isEqualTo(failed);
        assertThat(failed.counts().booksCreated()).isEqualTo(CHUNK);
        assertThat(failed.failure())
                .startsWith("the file could not be read to the end (the disk went away)")
                .contains("importing the same file again completes the import");
        assertThat(store.books()).hasSize(CHUNK);

        ImportJobView completed = importRows(imports, books(0, 2 * CHUNK + 500), ImportProgress.ignored());
        assertThat(completed.counts())
                .isEqualTo(new ImportCounts(2 * CHUNK + 500, CHUNK + 500, 0, CHUNK + 500, CHUNK, 0));
        assertThat(store.books()).hasSize(2 * CHUNK + 500);
    }

    @Test
    void a_store_that_fails_stops_the_reading_at_most_two_chunks_ahead() throws InterruptedException {
        ImportBooksService failing = importsOn(insertingBooks(books -> {
            throw new IllegalStateException("the store broke");
        }));
        AtomicInteger read = new AtomicInteger();
        RowsFile file = new RowsFile(books(0, 10 * CHUNK).stream()
                .peek(row -> read.incrementAndGet())
                .iterator());

        ImportJobView failed =
                failing.startImport(JSON_LINES, file, ImportProgress.ignored()).awaitEnd();

        assertThat(failed.state()).isEqualTo(ImportState.FAILED);
        assertThat(failed.failure()).startsWith("an unexpected failure stopped the import");
        assertThat(read.get()).as("rows read").isBetween(CHUNK, 3 * CHUNK);
        assertThat(file.closedAndReleasedUntouched())
                .as("rows closed, then never read")
                .isTrue();
        assertThat(getImport.getImport(failed.id()).state()).isEqualTo(ImportState.FAILED);
    }

    @Test
    void every_rejection_is_counted_and_told_but_only_the_first_hundred_are_kept() throws InterruptedException {
        List<RowRejection> told = new ArrayList<>();
        List<ImportRow> rows = IntStream.rangeClosed(1, 150)
                .mapToObj(line -> ImportRow.unreadable(line, "garbled"))
                .toList();

        ImportJobView done = importRows(imports, rows, progress(new ArrayList<>(), told));

        assertThat(done.counts().rejected()).isEqualTo(150);
        assertThat(told).hasSize(150);
        assertThat(done.errors()).hasSize(ImportJobView.ERRORS_SHOWN).isEqualTo(told.subList(0, 100));
        assertThat(getImport.getImport(done.id()).errors()).isEqualTo(done.errors());
    }

    @Test
    void names_are_trimmed_while_a_name_given_twice_or_more_than_a_hundred_authors_is_refused()
            throws InterruptedException {
        List<String> tooMany =
                IntStream.rangeClosed(1, 101).mapToObj(n -> "Contributor " + n).toList();

        ImportJobView done = importRows(
                imports,
                List.of(
                        ImportRow.book(1, "  Good Omens ", null, null, List.of(" Terry Pratchett", "Neil Gaiman ")),
                        ImportRow.book(2, "Anthology", null, null, tooMany),
                        ImportRow.book(3, "Dune", "0-441-17271-7", 1965, List.of()),
                        ImportRow.book(4, "Dune, again", "978-0-441-17271-9", null, List.of()),
                        ImportRow.book(5, "Mort", null, null, List.of("Terry Pratchett", " Terry Pratchett"))),
                ImportProgress.ignored());

        assertThat(done.counts()).isEqualTo(new ImportCounts(5, 2, 2, 2, 1, 2));
        assertThat(done.errors())
                .containsExactly(
                        new RowRejection(2, "a book has at most 100 authors, got 101"),
                        new RowRejection(5, "author Terry Pratchett is listed more than once"));
        Book goodOmens = store.books().stream()
                .filter(book -> book.title().value().equals("Good Omens"))
                .findFirst()
                .orElseThrow();
        assertThat(goodOmens.authorship().authorIds())
                .extracting(store::authorName)
                .containsExactly(new AuthorName("Terry Pratchett"), new AuthorName("Neil Gaiman"));
    }

    @Test
    void an_author_several_share_a_name_with_is_the_one_of_lowest_id() throws InterruptedException {
        Author first = store.registerAuthor("Anna Smith");
        store.registerAuthor("Anna Smith");

        importRows(
                imports,
                List.of(ImportRow.book(1, "Gardening", null, null, List.of("Anna Smith"))),
                ImportProgress.ignored());

        assertThat(store.books())
                .singleElement()
                .satisfies(book -> assertThat(book.authorship().authorIds()).containsExactly(first.id()));
    }

    @Test
    void a_chunk_that_meets_a_concurrent_writer_is_matched_and_stored_again() throws InterruptedException {
        AtomicBoolean firstAttempt = new AtomicBoolean(true);
        // The first time, as if another writer had just registered the ISBN: the chunk is refused.
        ImportBooksService racing = importsOn(insertingBooks(books -> {
            if (firstAttempt.getAndSet(false)) {
                throw new DuplicateIsbnException(Isbn.parse("0-441-17271-7"));
            }
            store.insertBooks(books);
        }));

        ImportJobView done = importRows(
                racing,
                List.of(ImportRow.book(1, "Dune", "0-441-17271-7", null, List.of("Frank Herbert"))),
                ImportProgress.ignored());

        assertThat(done.counts()).isEqualTo(new ImportCounts(1, 1, 1, 1, 0, 0));
        assertThat(store.books()).hasSize(1);
    }

    @Test
    void an_instance_runs_two_imports_at_once_and_refuses_a_third_without_opening_it() throws InterruptedException {
        CountDownLatch finish = new CountDownLatch(1);
        RunningImport one = imports.startImport(JSON_LINES, new RowsFile(waitingFor(finish)), ImportProgress.ignored());
        RunningImport two = imports.startImport(JSON_LINES, new RowsFile(waitingFor(finish)), ImportProgress.ignored());
        RowsFile third = new RowsFile(books(0, 1));

        assertThat(imports.running()).isEqualTo(2);
        assertThatThrownBy(() -> imports.startImport(JSON_LINES, third, ImportProgress.ignored()))
                .isInstanceOf(ImportsBusyException.class);
        assertThat(third.closedAndReleasedUntouched()).as("third file opened").isFalse();

        finish.countDown();
        assertThat(one.awaitEnd().state()).isEqualTo(ImportState.DONE);
        assertThat(two.awaitEnd().state()).isEqualTo(ImportState.DONE);
        assertThat(imports.running()).isZero();
        assertThat(importRows(imports, books(0, 1), ImportProgress.ignored()).state())
                .isEqualTo(ImportState.DONE);
    }

    @Test
    void a_file_not_in_its_format_begins_nothing_and_frees_its_place() {
        RowsFile empty = new RowsFile(List.of());

        assertThatThrownBy(() -> imports.startImport(JSON_LINES, empty, ImportProgress.ignored()))
                .isInstanceOf(UnreadableFileException.class);

        assertThat(imports.running()).isZero();
        assertThat(empty.closedAndReleasedUntouched()).isTrue();
    }

    @Test
    void stopping_ends_a_running_import_failed_with_its_commits_kept_and_refuses_new_ones()
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        List<ImportRow> rows = new ArrayList<>(books(0, CHUNK));
        Iterator<ImportRow> firstChunkThenWait = IntStream.range(0, 2 * CHUNK)
                .mapToObj(n -> {
                    if (n == CHUNK) {
                        awaitQuietly(stopped);
                    }
                    return n < CHUNK ? rows.get(n) : ImportRow.book(n + 1, "Late " + n, null, null, List.of());
                })
                .iterator();
        RunningImport running =
                imports.startImport(JSON_LINES, new RowsFile(firstChunkThenWait), ImportProgress.ignored());

        imports.stop();
        stopped.countDown();

        ImportJobView ended = running.awaitEnd();
        assertThat(ended.state()).isEqualTo(ImportState.FAILED);
        assertThat(ended.failure()).contains("the service stopped");
        assertThat(ended.counts().booksCreated()).isEqualTo(store.books().size());
        assertThatThrownBy(() -> imports.startImport(JSON_LINES, new RowsFile(books(0, 1)), ImportProgress.ignored()))
                .isInstanceOf(ImportsBusyException.class);
    }

    private ImportBooksService importsOn(BulkCatalogue bulk) {
        return new ImportBooksService(store, bulk, store, new FakeImportFiles(), workers, clock);
    }

    /** The store's own bulk catalogue, but for its book inserts, which {@code insertBooks} does instead. */
    private BulkCatalogue insertingBooks(Consumer<List<Book>> insertBooks) {
        return new BulkCatalogue() {
            @Override
            public Map<AuthorName, List<AuthorId>> authorsNamed(Collection<AuthorName> names) {
                return store.authorsNamed(names);
            }

            @Override
            public Set<Isbn> isbnsPresent(Collection<Isbn> isbns) {
                return store.isbnsPresent(isbns);
            }

            @Override
            public Set<BookSignature> signaturesPresent(Collection<BookSignature> signatures) {
                return store.signaturesPresent(signatures);
            }

            @Override
            public List<AuthorId> nextAuthorIds(int count) {
                return store.nextAuthorIds(count);
            }

            @Override
            public List<BookId> nextBookIds(int count) {
                return store.nextBookIds(count);
            }

            @Override
            public void insertAuthors(List<Author> authors) {
                store.insertAuthors(authors);
            }

            @Override
            public void insertBooks(List<Book> books) {
                insertBooks.accept(books);
            }
        };
    }

    private static ImportJobView importRows(ImportBooksService imports, List<ImportRow> rows, ImportProgress progress)
            throws InterruptedException {
        return imports.startImport(JSON_LINES, new RowsFile(rows), progress).awaitEnd();
    }

    /** Books numbered {@code from} to {@code to} (excluded), one a line, by one of three authors. */
    private static List<ImportRow> books(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(n -> ImportRow.book(n + 1, "Book " + n, null, null, List.of("Author " + n % 3)))
                .toList();
    }

    /** One row, then the end of the file once {@code finish} is counted down. */
    private static Iterator<ImportRow> waitingFor(CountDownLatch finish) {
        return IntStream.range(0, 2)
                .mapToObj(n -> {
                    if (n == 1) {
                        awaitQuietly(finish);
                    }
                    return ImportRow.book(
                            n + 1, "Waiting " + n + " " + System.identityHashCode(finish), null, null, List.of());
                })
                .iterator();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Iterator<ImportRow> failingAfter(List<ImportRow> rows, int readable) {
        Iterator<ImportRow> read = rows.iterator();
        return new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                if (given == readable) {
                    throw new UncheckedIOException(new IOException("the disk went away"));
                }
                return read.hasNext();
            }

            @Override
            public ImportRow next() {
                given++;
                return read.next();
            }
        };
    }

    private static ImportProgress progress(List<ImportCounts> commits, List<RowRejection> rejections) {
        return new ImportProgress() {
            @Override
            public void committed(ImportCounts soFar) {
                commits.add(soFar);
            }

            @Override
            public void rejected(RowRejection rejection) {
                rejections.add(rejection);
            }
        };
    }
}
