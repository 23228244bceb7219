package org.bookshelf.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bookshelf.adapter.persistence.contract.DrivenPortsContract.booksCrediting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.out.ImportJobsPort.ImportJobRecord;
import org.bookshelf.application.port.out.ImportJobsPort.Progress;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

/**
 * What every adapter guarantees of the ports imports and exports run on: finding many names, ISBNs and
 * titles at once, storing many books at once, reading every book in id order, and keeping imports' state.
 * A subclass supplies an empty store per test ({@link #emptyStore()}).
 */
public abstract class ImportPortsContract extends StoreContract {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    // Matching

    @Test
    void authors_are_found_by_exact_name_all_of_those_sharing_one() {
        Author first = registerAuthor("Anna Smith");
        Author second = registerAuthor("Anna Smith");
        Author lower = registerAuthor("anna smith");
        AuthorName anna = new AuthorName("Anna Smith");

        Map<AuthorName, List<AuthorId>> found = inUnitOfWork(() -> ports.bulkCatalogue()
                .authorsNamed(List.of(
                        anna, new AuthorName("ANNA SMITH"), new AuthorName("Nobody"), new AuthorName("anna smith"))));

        assertThat(found).containsOnlyKeys(anna, lower.name());
        assertThat(found.get(anna)).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(found.get(lower.name())).containsExactly(lower.id());
    }

    @Test
    void names_with_quotes_backslashes_tabs_and_line_breaks_are_stored_and_found_as_they_are() {
        List<AuthorName> names = List.of(
                new AuthorName("O\"Brien \\ \\N"),
                new AuthorName("Tab\tand\nbreak\r\\t"),
                new AuthorName("Zoë 'Ω' 😀"));
        List<AuthorId> ids = inUnitOfWork(() -> ports.bulkCatalogue().nextAuthorIds(names.size()));
        List<Author> authors = IntStream.range(0, names.size())
                .mapToObj(i -> Author.register(ids.get(i), names.get(i)))
                .toList();
        inUnitOfWork(() -> ports.bulkCatalogue().insertAuthors(authors));

        Map<AuthorName, List<AuthorId>> found =
                inUnitOfWork(() -> ports.bulkCatalogue().authorsNamed(names));

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        names.get(0), List.of(ids.get(0)),
                        names.get(1), List.of(ids.get(1)),
                        names.get(2), List.of(ids.get(2))));
        assertThat(ports.reads().findAuthor(ids.get(1)).orElseThrow().name()).isEqualTo(names.get(1));
    }

    @Test
    void the_isbns_present_are_exactly_those_a_book_has() {
        Isbn taken = Isbn.parse("978-0-306-40615-7");
        Isbn free = Isbn.parse("0-441-17271-7");
        store(book("Numbers", taken));

        assertThat(inUnitOfWork(() -> ports.bulkCatalogue().isbnsPresent(List.of(taken, free))))
                .containsExactly(taken);
    }

    @Test
    void a_signature_is_present_when_a_book_has_its_exact_title_and_authors_in_that_order() {
        Author terry = registerAuthor("Terry Pratchett");
        Author neil = registerAuthor("Neil Gaiman");
        store(
                book("Good Omens", null, neil.id(), terry.id()),
                book("good omens", null, terry.id()),
                book("Mort", Isbn.parse("978-0-575-04800-3")),
                book("Mort", null, terry.id()));
        BookSignature goodOmens = new BookSignature(new Title("Good Omens"), List.of(neil.name(), terry.name()));
        BookSignature mort = new BookSignature(new Title("Mort"), List.of());
        BookSignature mortByTerry = new BookSignature(new Title("Mort"), List.of(terry.name()));

        assertThat(inUnitOfWork(() -> ports.bulkCatalogue()
                        .signaturesPresent(List.of(
                                goodOmens,
                                mort,
                                mortByTerry,
                                new BookSignature(new Title("Good Omens"), List.of(terry.name(), neil.name())),
                                new BookSignature(new Title("Good Omens"), List.of(terry.name())),
                                new BookSignature(new Title("Good Omens"), List.of()),
                                new BookSignature(new Title("GOOD OMENS"), List.of(neil.name(), terry.name()))))))
                .containsExactlyInAnyOrder(goodOmens, mort, mortByTerry);
    }

    // Storing many at once

    @Test
    void fresh_ids_come_as_many_as_asked_and_never_repeat() {
        List<BookId> books = inUnitOfWork(() -> ports.bulkCatalogue().nextBookIds(1500));
        List<AuthorId> authors = inUnitOfWork(() -> ports.bulkCatalogue().nextAuthorIds(3));
        BookId single = inUnitOfWork(() -> ports.books().nextId());

        assertThat(books).hasSize(1500).doesNotHaveDuplicates().doesNotContain(single);
        assertThat(authors).hasSize(3).doesNotHaveDuplicates();
        assertThat(inUnitOfWork(() -> ports.bulkCatalogue().nextAuthorIds(0))).isEmpty();
    }

    @Test
    void books_stored_many_at_once_read_back_with_their_authors_in_credit_order() {
        List<AuthorId> authorIds = inUnitOfWork(() -> ports.bulkCatalogue().nextAuthorIds(2));
        List<Author> authors = List.of(
                Author.register(authorIds.get(0), new AuthorName("Première")),
                Author.register(authorIds.get(1), new AuthorName("Second")));
        List<BookId> bookIds = inUnitOfWork(() -> ports.bulkCatalogue().nextBookIds(1200));
        List<Book> books = IntStream.range(0, bookIds.size())
                .mapToObj(i -> Book.register(
                        bookIds.get(i),
                        new Title("Book " + i),
                        i == 7 ? Isbn.parse("978-0-306-40615-7") : null,
                        i % 2 == 0 ? new PublicationYear(1900 + i % 100) : null,
                        Authorship.of(
                                i % 3 == 0 ? List.of(authorIds.get(1), authorIds.get(0)) : List.of(authorIds.get(0)))))
                .toList();

        inUnitOfWork(() -> {
            ports.bulkCatalogue().insertAuthors(authors);
            ports.bulkCatalogue().insertBooks(books);
        });

        BookView seventh = ports.reads().findBook(bookIds.get(7)).orElseThrow();
        assertThat(seventh.isbn()).isEqualTo(Isbn.parse("9780306406157"));
        assertThat(seventh.authors())
                .extracting(CreditedAuthor::name)
                .containsExactly(authors.get(0).name());
        BookView last = ports.reads().findBook(bookIds.get(1197)).orElseThrow();
        assertThat(last.title().value()).isEqualTo("Book 1197");
        assertThat(last.authors())
                .extracting(CreditedAuthor::name)
                .containsExactly(authors.get(1).name(), authors.get(0).name());
        assertThat(last.version()).isEqualTo(Book.FIRST_VERSION);
        assertThat(booksCrediting(ports.reads(), authorIds.get(0))).isEqualTo(1200);
    }

    @Test
    void books_and_authors_stored_many_at_once_are_found_by_their_words() {
        AuthorId tanaka =
                inUnitOfWork(() -> ports.bulkCatalogue().nextAuthorIds(1)).get(0);
        List<String> titles = List.of("Zürich Lanterns", "A Lantern in Kyoto", "Kyoto Gardens", "The Hidden Garden");
        List<BookId> bookIds = inUnitOfWork(() -> ports.bulkCatalogue().nextBookIds(titles.size()));
        List<Book> books = IntStream.range(0, titles.size())
                .mapToObj(i -> Book.register(
                        bookIds.get(i),
                        new Title(titles.get(i)),
                        null,
                        null,
                        Authorship.of(i == 3 ? List.of(tanaka) : List.of())))
                .toList();

        inUnitOfWork(() -> {
            ports.bulkCatalogue().insertAuthors(List.of(Author.register(tanaka, new AuthorName("Yuki Tanaka"))));
            ports.bulkCatalogue().insertBooks(books);
        });

        assertThat(titles(booksFound("lant"))).containsExactly("A Lantern in Kyoto", "Zürich Lanterns");
        assertThat(titles(booksFound("kyoto"))).containsExactly("A Lantern in Kyoto", "Kyoto Gardens");
        assertThat(titles(booksFound("zurich"))).containsExactly("Zürich Lanterns");
        assertThat(titles(booksFound("tanaka garden"))).containsExactly("The Hidden Garden");
        assertThat(authorNames(authorsFound("yuki"))).containsExactly("Yuki Tanaka");
    }

    @Test
    void storing_a_book_whose_isbn_is_taken_is_refused_and_stores_none_of_them() {
        Isbn taken = Isbn.parse("978-0-306-40615-7");
        store(book("First", taken));
        List<BookId> ids = inUnitOfWork(() -> ports.bulkCatalogue().nextBookIds(2));
        List<Book> books = List.of(book(ids.get(0), "Fine", null), book(ids.get(1), "Again", taken));

        assertThatThrownBy(() -> inUnitOfWork(() -> ports.bulkCatalogue().insertBooks(books)))
                .isInstanceOfSatisfying(
                        DuplicateIsbnException.class,
                        refused -> assertThat(refused.isbn()).isEqualTo(taken));
        assertThat(ports.reads().findBook(ids.get(0))).isEmpty();
    }

    @Test
    void storing_two_books_with_one_isbn_is_refused() {
        Isbn isbn = Isbn.parse("978-0-306-40615-7");
        List<BookId> ids = inUnitOfWork(() -> ports.bulkCatalogue().nextBookIds(2));
        List<Book> books = List.of(book(ids.get(0), "One", isbn), book(ids.get(1), "Two", isbn));

        assertThatThrownBy(() -> inUnitOfWork(() -> ports.bulkCatalogue().insertBooks(books)))
                .isInstanceOf(DuplicateIsbnException.class);
        assertThat(ports.reads().findBook(ids.get(0))).isEmpty();
    }

    @Test
    void storing_a_book_crediting_an_unknown_author_is_refused() {
        AuthorId ghost = new AuthorId(424_242);
        List<BookId> ids = inUnitOfWork(() -> ports.bulkCatalogue().nextBookIds(1));

        assertThatThrownBy(() -> inUnitOfWork(() -> {
                    ports.bulkCatalogue()
                            .insertBooks(List.of(Book.register(
                                    ids.get(0), new Title("Haunted"), null, null, Authorship.of(List.of(ghost)))));
                }))
                .isInstanceOfSatisfying(
                        UnknownAuthorsException.class,
                        refused -> assertThat(refused.unknown()).containsExactly(ghost));
        assertThat(ports.reads().findBook(ids.get(0))).isEmpty();
    }

    // Reading every book

    @Test
    void books_are_read_in_id_order_a_batch_at_a_time_without_the_deleted_ones() {
        Author author = registerAuthor("Writer");
        List<BookId> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(store(book("Title " + (7 - i), null, author.id())).get(0));
        }
        inUnitOfWork(() -> ports.books().delete(ids.get(3)));

        List<BookId> read = new ArrayList<>();
        BookId after = null;
        while (true) {
            BookId from = after;
            List<BookView> batch = inUnitOfWork(() -> ports.reads().booksAfter(from, 2));
            assertThat(batch).hasSizeLessThanOrEqualTo(2);
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(book ->
                    assertThat(book.authors()).extracting(CreditedAuthor::id).containsExactly(author.id()));
            batch.forEach(book -> read.add(book.id()));
            after = batch.get(batch.size() - 1).id();
        }
        List<BookId> expected = new ArrayList<>(ids);
        expected.remove(3);
        assertThat(read).isEqualTo(expected);
    }

    // Imports' state

    @Test
    void an_import_begins_running_with_nothing_counted() {
        ImportJobId job = ports.importJobs().begin(T0);

        assertThat(ports.importJobs().find(job))
                .contains(new ImportJobRecord(job, ImportState.RUNNING, ImportCounts.NONE, List.of(), null, T0));
        assertThat(ports.importJobs().begin(T0)).isNotEqualTo(job);
    }

    @Test
    void updates_set_state_and_counts_and_append_errors_in_line_order() {
        ImportJobId job = ports.importJobs().begin(T0);
        ImportCounts halfway = new ImportCounts(10, 6, 3, 9, 2, 2);
        ImportCounts done = new ImportCounts(20, 15, 4, 20, 2, 3);

        ports.importJobs()
                .update(
                        job,
                        Progress.running(
                                halfway,
                                List.of(new RowRejection(3, "title must not be blank"), new RowRejection(8, "ISBN?"))),
                        T0.plusSeconds(1));
        ports.importJobs()
                .update(
                        job,
                        new Progress(
                                ImportState.FAILED,
                                done,
                                List.of(new RowRejection(15, "Ünïcode 📚")),
                                "the file could not be read to the end"),
                        T0.plusSeconds(2));

        assertThat(ports.importJobs().find(job))
                .contains(new ImportJobRecord(
                        job,
                        ImportState.FAILED,
                        done,
                        List.of(
                                new RowRejection(3, "title must not be blank"),
                                new RowRejection(8, "ISBN?"),
                                new RowRejection(15, "Ünïcode 📚")),
                        "the file could not be read to the end",
                        T0.plusSeconds(2)));
    }

    @Test
    void an_update_in_a_unit_of_work_that_throws_is_undone_with_it() {
        ImportJobId job = ports.importJobs().begin(T0);

        assertThatThrownBy(() -> inUnitOfWork(() -> {
                    ports.importJobs()
                            .update(
                                    job,
                                    new Progress(
                                            ImportState.DONE,
                                            new ImportCounts(1, 1, 0, 0, 0, 0),
                                            List.of(new RowRejection(1, "no")),
                                            null),
                                    T0.plusSeconds(1));
                    throw new IllegalStateException("undo");
                }))
                .hasMessage("undo");

        assertThat(ports.importJobs().find(job).orElseThrow())
                .isEqualTo(new ImportJobRecord(job, ImportState.RUNNING, ImportCounts.NONE, List.of(), null, T0));
    }

    @Test
    void an_unknown_import_is_absent() {
        assertThat(ports.importJobs().find(new ImportJobId(999_999))).isEmpty();
    }

    // Helpers

    /** A book to store, with a fresh id. */
    private Book book(String title, Isbn isbn, AuthorId... authors) {
        return book(inUnitOfWork(() -> ports.books().nextId()), title, isbn, authors);
    }

    private static Book book(BookId id, String title, Isbn isbn, AuthorId... authors) {
        return Book.register(id, new Title(title), isbn, null, Authorship.of(List.of(authors)));
    }

    private List<BookId> store(Book... books) {
        inUnitOfWork(() -> ports.bulkCatalogue().insertBooks(List.of(books)));
        return Arrays.stream(books).map(Book::id).toList();
    }
}
