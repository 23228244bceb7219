package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.FieldChange;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.port.in.RenameAuthorUseCase.RenameAuthorCommand;
import org.bookshelf.application.port.in.UpdateBookUseCase.UpdateBookCommand;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

/** Registering, reading, changing and deleting books through the use cases. */
class BookUseCasesTest {

    private static final Isbn ISBN = Isbn.parse("978-0-306-40615-7");

    private final CatalogueOnFakes catalogue = new CatalogueOnFakes();

    @Test
    void registering_a_book_with_only_a_title() {
        BookView book = register(new RegisterBookCommand(new Title(" Ancillary Justice "), null, null, null));

        assertThat(book.title()).isEqualTo(new Title("Ancillary Justice"));
        assertThat(book.isbn()).isNull();
        assertThat(book.publishedYear()).isNull();
        assertThat(book.authors()).isEmpty();
        assertThat(book.version()).isEqualTo(1);
        assertThat(catalogue.now(book)).isEqualTo(book);
    }

    @Test
    void registering_a_book_with_every_detail_and_its_authors_in_order() {
        AuthorView terry = catalogue.author("Terry Pratchett");
        AuthorView neil = catalogue.author("Neil Gaiman");

        BookView book = register(new RegisterBookCommand(
                new Title("Good Omens"),
                Isbn.parse("0-306-40615-2"),
                new PublicationYear(1990),
                CatalogueOnFakes.authorship(neil, terry)));

        assertThat(book.isbn()).isEqualTo(ISBN);
        assertThat(book.publishedYear()).isEqualTo(new PublicationYear(1990));
        assertThat(book.authors())
                .containsExactly(
                        new CreditedAuthor(neil.id(), neil.name(), neil.version()),
                        new CreditedAuthor(terry.id(), terry.name(), terry.version()));
        assertThat(catalogue.now(book)).isEqualTo(book);
    }

    @Test
    void registering_a_book_crediting_unknown_authors_is_refused_naming_them_and_stores_nothing() {
        AuthorView terry = catalogue.author("Terry Pratchett");
        AuthorId unknown = new AuthorId(404);

        UnknownAuthorsException refusal = catchThrowableOfType(
                UnknownAuthorsException.class,
                () -> register(new RegisterBookCommand(
                        new Title("Good Omens"), null, null, Authorship.of(List.of(terry.id(), unknown)))));

        assertThat(refusal.unknown()).isEqualTo(Set.of(unknown));
        assertNoBookTitled("Good Omens");
    }

    @Test
    void registering_a_second_book_with_an_isbn_already_taken_is_refused_however_it_is_written() {
        catalogue.bookWithIsbn("First", "978-0-306-40615-7");

        DuplicateIsbnException refusal = catchThrowableOfType(
                DuplicateIsbnException.class, () -> catalogue.bookWithIsbn("Second", "0 306 40615 2"));

        assertThat(refusal.isbn()).isEqualTo(ISBN);
        assertNoBookTitled("Second");
    }

    @Test
    void reading_an_unknown_book_is_refused_as_not_found() {
        BookNotFoundException refusal = catchThrowableOfType(
                BookNotFoundException.class, () -> catalogue.useCases.getBook().getBook(new BookId(404)));

        assertThat(refusal).hasMessage("book 404 does not exist");
    }

    @Test
    void updating_title_isbn_and_year_together_is_one_change() {
        BookView book = catalogue.book("Dune");

        BookView updated = update(new UpdateBookCommand(
                book.id(),
                new Title("Dune Messiah"),
                FieldChange.set(ISBN),
                FieldChange.set(new PublicationYear(1969)),
                null));

        assertThat(updated.title()).isEqualTo(new Title("Dune Messiah"));
        assertThat(updated.isbn()).isEqualTo(ISBN);
        assertThat(updated.publishedYear()).isEqualTo(new PublicationYear(1969));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(catalogue.now(book)).isEqualTo(updated);
    }

    @Test
    void updating_only_the_title_keeps_the_other_details() {
        BookView book = register(new RegisterBookCommand(new Title("Dune"), ISBN, new PublicationYear(1965), null));

        BookView updated = update(new UpdateBookCommand(book.id(), new Title("Dune (Deluxe)"), null, null, null));

        assertThat(updated.isbn()).isEqualTo(ISBN);
        assertThat(updated.publishedYear()).isEqualTo(new PublicationYear(1965));
        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void updating_can_clear_the_isbn_and_the_year_and_frees_the_isbn() {
        BookView book = register(new RegisterBookCommand(new Title("Dune"), ISBN, new PublicationYear(1965), null));

        BookView updated =
                update(new UpdateBookCommand(book.id(), null, FieldChange.set(null), FieldChange.set(null), null));

        assertThat(updated.title()).isEqualTo(new Title("Dune"));
        assertThat(updated.isbn()).isNull();
        assertThat(updated.publishedYear()).isNull();
        assertThat(updated.version()).isEqualTo(2);
        assertThat(catalogue.bookWithIsbn("Another", "9780306406157").isbn()).isEqualTo(ISBN);
    }

    @Test
    void an_update_that_changes_nothing_keeps_the_version() {
        BookView book = register(new RegisterBookCommand(new Title("Dune"), ISBN, new PublicationYear(1965), null));

        BookView updated = update(new UpdateBookCommand(
                book.id(),
                new Title(" Dune "),
                FieldChange.set(Isbn.parse("0306406152")),
                FieldChange.keep(),
                book.revision()));

        assertThat(updated).isEqualTo(book);
        assertThat(catalogue.now(book).version()).isEqualTo(1);
    }

    @Test
    void an_update_at_an_outdated_version_is_refused_and_changes_nothing() {
        BookView book = catalogue.book("Dune");
        BookView changed = update(new UpdateBookCommand(book.id(), new Title("Dune!"), null, null, book.revision()));

        VersionConflictException refusal = catchThrowableOfType(
                VersionConflictException.class,
                () -> update(new UpdateBookCommand(book.id(), new Title("Arrakis"), null, null, book.revision())));

        assertThat(refusal.expectedVersion()).isEqualTo(1);
        assertThat(refusal.currentVersion()).isEqualTo(2);
        assertThat(catalogue.now(book)).isEqualTo(changed);
    }

    @Test
    void an_update_taking_another_books_isbn_is_refused_and_changes_nothing() {
        catalogue.bookWithIsbn("First", "9780306406157");
        BookView second = catalogue.book("Second");

        assertThatThrownBy(() -> update(new UpdateBookCommand(
                        second.id(), new Title("Second, revised"), FieldChange.set(ISBN), null, null)))
                .isInstanceOf(DuplicateIsbnException.class);

        assertThat(catalogue.now(second)).isEqualTo(second);
    }

    @Test
    void a_book_keeps_its_own_isbn_when_updated() {
        BookView book = catalogue.bookWithIsbn("First", "9780306406157");

        BookView updated = update(
                new UpdateBookCommand(book.id(), new Title("First, revised"), FieldChange.set(ISBN), null, null));

        assertThat(updated.isbn()).isEqualTo(ISBN);
        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void updating_an_unknown_book_is_refused_as_not_found() {
        assertThatThrownBy(() -> update(new UpdateBookCommand(new BookId(404), new Title("X"), null, null, null)))
                .isInstanceOf(BookNotFoundException.class);
    }

    @Test
    void deleting_a_book_keeps_its_authors_and_frees_its_isbn() {
        AuthorView neil = catalogue.author("Neil Gaiman");
        BookView book =
                register(new RegisterBookCommand(new Title("Coraline"), ISBN, null, CatalogueOnFakes.authorship(neil)));

        catalogue.useCases.deleteBook().deleteBook(book.id());

        assertThatThrownBy(() -> catalogue.now(book)).isInstanceOf(BookNotFoundException.class);
        assertThat(catalogue.now(neil)).isEqualTo(neil);
        assertThat(catalogue
                        .useCases
                        .listBooksOfAuthor()
                        .listBooksOfAuthor(neil.id(), PageRequest.first())
                        .items())
                .isEmpty();
        assertThat(catalogue.bookWithIsbn("Coraline, again", "0-306-40615-2").isbn())
                .isEqualTo(ISBN);
        assertThatCode(() -> catalogue.useCases.deleteAuthor().deleteAuthor(neil.id(), false))
                .as("no credit is left to keep the author")
                .doesNotThrowAnyException();
    }

    @Test
    void deleting_an_unknown_book_is_refused_as_not_found() {
        BookView book = catalogue.book("Dune");
        catalogue.useCases.deleteBook().deleteBook(book.id());

        assertThatThrownBy(() -> catalogue.useCases.deleteBook().deleteBook(book.id()))
                .isInstanceOf(BookNotFoundException.class);
    }

    @Test
    void a_book_shows_its_authors_current_names() {
        AuthorView neil = catalogue.author("Neil Gaiman");
        BookView book = catalogue.book("Coraline", neil);

        AuthorView renamed = catalogue
                .useCases
                .renameAuthor()
                .renameAuthor(new RenameAuthorCommand(neil.id(), new AuthorName("N. Gaiman"), null));

        assertThat(catalogue.now(book).authors())
                .containsExactly(new CreditedAuthor(neil.id(), renamed.name(), renamed.version()));
        assertThat(catalogue.now(book).version()).isEqualTo(1);
        assertThat(catalogue.now(book).revision())
                .as("a copy showing the old name is out of date")
                .isNotEqualTo(book.revision());
    }

    private BookView register(RegisterBookCommand command) {
        return catalogue.useCases.registerBook().registerBook(command);
    }

    private BookView update(UpdateBookCommand command) {
        return catalogue.useCases.updateBook().updateBook(command);
    }

    private void assertNoBookTitled(String title) {
        assertThat(catalogue
                        .useCases
                        .findBooks()
                        .findBooks(new BookFilter(new Title(title), null, null), PageRequest.first())
                        .items())
                .isEmpty();
    }
}
