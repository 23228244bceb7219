package org.bookshelf.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.bookshelf.adapter.persistence.contract.MutableClock;
import org.bookshelf.adapter.persistence.memory.InMemoryPersistence;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportJobView;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.in.ImportBooksUseCase.ImportProgress;
import org.bookshelf.application.port.out.BulkStorePort;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

/**
 * The import's edge cases, on the in-memory store: chunks and their commits, a stop half way and the run that
 * completes it, the errors kept, an import gone silent, a chunk that meets a concurrent writer. The rules
 * themselves are told in {@code importing.feature}.
 */
class ImportUseCasesTest {

    /** The rows the use case commits at a time. */
    private static final int CHUNK = 10_000;

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final DrivenPorts ports = InMemoryPersistence.newDrivenPorts();
    private final BookshelfUseCases useCases = new BookshelfUseCases(ports, clock);

    @Test
    void rows_are_committed_a_chunk_at_a_time_with_the_counts_so_far() {
        List<ImportCounts> commits = new ArrayList<>();

        ImportJobView done = importRows(books(0, 2 * CHUNK + 500), progress(commits, new ArrayList<>()));

        assertThat(commits).extracting(ImportCounts::rows).containsExactly((long) CHUNK, 2L * CHUNK, 2L * CHUNK + 500);
        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.counts())
                .isEqualTo(new ImportCounts(2 * CHUNK + 500, 2 * CHUNK + 500, 3, 2 * CHUNK + 500, 0, 0));
        assertThat(useCases.getImport().getImport(done.id())).isEqualTo(done);
    }

    @Test
    void a_stop_half_way_keeps_the_chunks_committed_and_the_same_rows_again_complete_the_import() {
        ImportJobId job = useCases.importBooks().beginImport();
        Iterator<ImportRow> breaking = failingAfter(books(0, 2 * CHUNK + 500), CHUNK + 500);

        assertThatThrownBy(() -> useCases.importBooks().importBooks(job, breaking, ImportProgress.ignored()))
                .isInstanceOf(UncheckedIOException.class);

        ImportJobView failed = useCases.getImport().getImport(job);
        assertThat(failed.state()).isEqualTo(ImportState.FAILED);
        assertThat(failed.counts().booksCreated()).isEqualTo(CHUNK);
        assertThat(failed.failure()).startsWith("the file could not be read to the end (the disk went away)")
                .contains("importing the same file again completes the import");
        assertThat(bookCount()).isEqualTo(CHUNK);

        ImportJobView completed = importRows(books(0, 2 * CHUNK + 500), ImportProgress.ignored());
        assertThat(completed.counts())
                .isEqualTo(new ImportCounts(2 * CHUNK + 500, CHUNK + 500, 0, CHUNK + 500, CHUNK, 0));
        assertThat(bookCount()).isEqualTo(2 * CHUNK + 500);
    }

    @Test
    void a_store_that_fails_stops_the_reading_at_most_two_chunks_ahead() {
        BookshelfUseCases failing = withBulkStore(insertingBooks(books -> {
            throw new IllegalStateException("the store broke");
        }));
        AtomicInteger read = new AtomicInteger();
        Iterator<ImportRow> rows = books(0, 10 * CHUNK).stream().peek(row -> read.incrementAndGet()).iterator();
        ImportJobId job = failing.importBooks().beginImport();

        assertThatThrownBy(() -> failing.importBooks().importBooks(job, rows, ImportProgress.ignored()))
                .hasMessage("the store broke");

        assertThat(read.get()).as("rows read").isBetween(CHUNK, 3 * CHUNK);
        assertThat(Thread.getAllStackTraces().keySet()).as("threads still reading")
                .noneMatch(thread -> thread.getName().equals("bookshelf-import-reader"));
        assertThat(failing.getImport().getImport(job).state()).isEqualTo(ImportState.FAILED);
    }

    @Test
    void every_rejection_is_counted_and_told_but_only_the_first_hundred_are_kept() {
        List<RowRejection> told = new ArrayList<>();
        List<ImportRow> rows = IntStream.rangeClosed(1, 150).mapToObj(line -> ImportRow.unreadable(line, "garbled"))
                .toList();

        ImportJobView done = importRows(rows, progress(new ArrayList<>(), told));

        assertThat(done.counts().rejected()).isEqualTo(150);
        assertThat(told).hasSize(150);
        assertThat(done.errors()).hasSize(ImportJobView.ERRORS_SHOWN).isEqualTo(told.subList(0, 100));
        assertThat(useCases.getImport().getImport(done.id()).errors()).isEqualTo(done.errors());
    }

    @Test
    void names_are_trimmed_and_given_once_while_more_than_a_hundred_authors_is_refused() {
        List<String> tooMany = IntStream.rangeClosed(1, 101).mapToObj(n -> "Contributor " + n).toList();

        ImportJobView done = importRows(List.of(
                ImportRow.book(1, "  Good Omens ", null, null, List.of(" Terry Pratchett", "Neil Gaiman ", "Terry Pratchett")),
                ImportRow.book(2, "Anthology", null, null, tooMany),
                ImportRow.book(3, "Dune", "0-441-17271-7", 1965, List.of()),
                ImportRow.book(4, "Dune, again", "978-0-441-17271-9", null, List.of())), ImportProgress.ignored());

        assertThat(done.counts()).isEqualTo(new ImportCounts(4, 2, 2, 2, 1, 1));
        assertThat(done.errors()).containsExactly(new RowRejection(2, "a book has at most 100 authors, got 101"));
        BookView goodOmens = useCases.findBooks().findBooks(new BookFilter(new Title("Good Omens"), null, null),
                PageRequest.first()).items().get(0);
        assertThat(goodOmens.authors()).extracting(author -> author.name().value())
                .containsExactly("Terry Pratchett", "Neil Gaiman");
    }

    @Test
    void a_running_import_silent_for_five_minutes_is_answered_failed() {
        ImportJobId job = useCases.importBooks().beginImport();
        clock.advance(Duration.ofMinutes(4));
        assertThat(useCases.getImport().getImport(job).state()).isEqualTo(ImportState.RUNNING);

        clock.advance(Duration.ofMinutes(2));

        ImportJobView silent = useCases.getImport().getImport(job);
        assertThat(silent.state()).isEqualTo(ImportState.FAILED);
        assertThat(silent.failure()).contains("made no progress since 2030-01-01T00:00:00Z");
    }

    @Test
    void a_chunk_that_meets_a_concurrent_writer_is_matched_and_stored_again() {
        AtomicBoolean firstAttempt = new AtomicBoolean(true);
        BulkStorePort store = ports.bulkStore();
        // The first time, as if another writer had just registered the ISBN: the chunk is refused.
        BulkStorePort racing = insertingBooks(books -> {
            if (firstAttempt.getAndSet(false)) {
                throw new DuplicateIsbnException(Isbn.parse("0-441-17271-7"));
            }
            store.insertBooks(books);
        });
        BookshelfUseCases withRace = withBulkStore(racing);
        ImportJobId job = withRace.importBooks().beginImport();

        ImportJobView done = withRace.importBooks().importBooks(job,
                List.of(ImportRow.book(1, "Dune", "0-441-17271-7", null, List.of("Frank Herbert"))).iterator(),
                ImportProgress.ignored());

        assertThat(done.counts()).isEqualTo(new ImportCounts(1, 1, 1, 1, 0, 0));
        assertThat(bookCount()).isEqualTo(1);
    }

    @Test
    void the_export_gives_every_book_once_in_id_order_whatever_the_page_size() {
        importRows(books(0, 1234), ImportProgress.ignored());
        List<BookView> exported = new ArrayList<>();

        long count = useCases.exportBooks().exportBooks(exported::add);

        assertThat(count).isEqualTo(1234);
        assertThat(exported).extracting(book -> book.id().value()).isSorted().doesNotHaveDuplicates().hasSize(1234);
        assertThat(exported.get(0).authors()).extracting(CreditedAuthor::name).isNotEmpty();
    }

    /** The store's own bulk port, but for its book inserts, which {@code insertBooks} does instead. */
    private BulkStorePort insertingBooks(Consumer<List<Book>> insertBooks) {
        BulkStorePort store = ports.bulkStore();
        return new BulkStorePort() {
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

    /** The use cases on the same store, with {@code bulkStore} in the place of its own. */
    private BookshelfUseCases withBulkStore(BulkStorePort bulkStore) {
        return new BookshelfUseCases(new DrivenPorts(ports.unitOfWork(), ports.loadBooks(), ports.storeBooks(),
                ports.loadAuthors(), ports.storeAuthors(), ports.queryBooks(), ports.queryAuthors(),
                ports.idempotencyRecords(), ports.countCatalogue(), ports.matchCatalogue(), bulkStore,
                ports.importJobs(), ports.scanBooks(), ports.catalogueSnapshots()), clock);
    }

    private ImportJobView importRows(List<ImportRow> rows, ImportProgress progress) {
        ImportJobId job = useCases.importBooks().beginImport();
        return useCases.importBooks().importBooks(job, rows.iterator(), progress);
    }

    /** Books numbered {@code from} to {@code to} (excluded), one a line, by one of three authors. */
    private static List<ImportRow> books(int from, int to) {
        return IntStream.range(from, to).mapToObj(n -> ImportRow.book(n + 1, "Book " + n, null, null,
                List.of("Author " + n % 3))).toList();
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

    private long bookCount() {
        return useCases.exportBooks().exportBooks(book -> { });
    }
}
