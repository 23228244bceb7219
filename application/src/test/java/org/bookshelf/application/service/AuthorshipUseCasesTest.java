package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.port.in.CreditAuthorUseCase.CreditResult;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase.ReplaceAuthorsCommand;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.AuthorshipFullException;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Crediting authors on books, taking credits off and replacing the order, through the use cases. */
class AuthorshipUseCasesTest {

    private final CatalogueOnFakes catalogue = new CatalogueOnFakes();
    private final AuthorView terry = catalogue.author("Terry Pratchett");
    private final AuthorView neil = catalogue.author("Neil Gaiman");
    private final AuthorView ann = catalogue.author("Ann Leckie");

    @Test
    void crediting_appends_the_author_and_moves_the_version_on() {
        BookView book = catalogue.book("Good Omens", terry);

        CreditResult result = credit(book, neil);

        assertThat(result.newlyCredited()).isTrue();
        assertThat(result.book().authors()).containsExactly(credited(terry), credited(neil));
        assertThat(result.book().version()).isEqualTo(2);
        assertThat(catalogue.now(book)).isEqualTo(result.book());
    }

    @Test
    void crediting_an_author_already_credited_changes_nothing() {
        BookView book = catalogue.book("Good Omens", terry, neil);

        CreditResult result = credit(book, terry);

        assertThat(result.newlyCredited()).isFalse();
        assertThat(result.book()).isEqualTo(book);
        assertThat(catalogue.now(book)).isEqualTo(book);
    }

    @Test
    void crediting_on_an_unknown_book_or_an_unknown_author_is_refused_as_not_found() {
        BookView book = catalogue.book("Good Omens");

        assertThatThrownBy(() -> catalogue.useCases.creditAuthor().creditAuthor(new BookId(404), terry.id()))
                .isInstanceOf(BookNotFoundException.class);
        assertThatThrownBy(() -> catalogue.useCases.creditAuthor().creditAuthor(book.id(), new AuthorId(404)))
                .isInstanceOf(AuthorNotFoundException.class);
        assertThat(catalogue.now(book)).isEqualTo(book);
    }

    @Test
    void a_book_with_the_most_authors_allowed_takes_no_more_but_may_be_credited_again() {
        List<AuthorView> hundred = IntStream.rangeClosed(1, Authorship.MAX_AUTHORS)
                .mapToObj(n -> catalogue.author("Contributor " + n))
                .toList();
        BookView anthology = catalogue.book("Anthology", hundred.toArray(AuthorView[]::new));

        assertThatThrownBy(() -> credit(anthology, ann)).isInstanceOf(AuthorshipFullException.class);

        assertThat(catalogue.now(anthology)).isEqualTo(anthology);
        assertThat(credit(anthology, hundred.get(41)).newlyCredited()).isFalse();
    }

    @Test
    void removing_a_credit_keeps_the_others_in_order_and_moves_the_version_on() {
        BookView book = catalogue.book("The Expanse", terry, neil, ann);

        boolean removed = catalogue.useCases.removeCredit().removeCredit(book.id(), neil.id());

        assertThat(removed).isTrue();
        assertThat(catalogue.now(book).authors()).containsExactly(credited(terry), credited(ann));
        assertThat(catalogue.now(book).version()).isEqualTo(2);
        assertThat(catalogue.now(neil)).isEqualTo(neil);
    }

    @Test
    void removing_a_credit_the_book_does_not_have_changes_nothing() {
        BookView book = catalogue.book("Good Omens", terry);

        boolean removed = catalogue.useCases.removeCredit().removeCredit(book.id(), ann.id());

        assertThat(removed).isFalse();
        assertThat(catalogue.now(book)).isEqualTo(book);
    }

    @Test
    void removing_a_credit_from_an_unknown_book_or_of_an_unknown_author_is_refused_as_not_found() {
        BookView book = catalogue.book("Good Omens", terry);

        assertThatThrownBy(() -> catalogue.useCases.removeCredit().removeCredit(new BookId(404), terry.id()))
                .isInstanceOf(BookNotFoundException.class);
        assertThatThrownBy(() -> catalogue.useCases.removeCredit().removeCredit(book.id(), new AuthorId(404)))
                .isInstanceOf(AuthorNotFoundException.class);
    }

    @Test
    void replacing_sets_the_order_as_given_adding_and_dropping_authors() {
        BookView book = catalogue.book("Good Omens", neil, terry);

        BookView replaced = replace(book, null, ann, neil);

        assertThat(replaced.authors()).containsExactly(credited(ann), credited(neil));
        assertThat(replaced.version()).isEqualTo(2);
        assertThat(catalogue.now(book)).isEqualTo(replaced);
    }

    @Test
    void replacing_with_the_same_order_changes_nothing_but_another_order_is_a_change() {
        BookView book = catalogue.book("Good Omens", terry, neil);

        assertThat(replace(book, book.revision(), terry, neil)).isEqualTo(book);
        assertThat(replace(book, book.revision(), neil, terry).version()).isEqualTo(2);
    }

    @Test
    void replacing_with_no_authors_removes_every_credit() {
        BookView book = catalogue.book("Good Omens", terry, neil);

        BookView replaced = replace(book, null);

        assertThat(replaced.authors()).isEmpty();
        assertThat(replaced.version()).isEqualTo(2);
    }

    @Test
    void replacing_at_an_outdated_version_is_refused_and_changes_nothing() {
        BookView book = catalogue.book("Good Omens", terry);
        BookView credited = credit(book, neil).book();

        VersionConflictException refusal =
                catchThrowableOfType(VersionConflictException.class, () -> replace(book, book.revision(), neil));

        assertThat(refusal.currentVersion()).isEqualTo(2);
        assertThat(catalogue.now(book)).isEqualTo(credited);
    }

    @Test
    void replacing_with_unknown_authors_is_refused_naming_them_and_changes_nothing() {
        BookView book = catalogue.book("Good Omens", terry);
        AuthorId unknown = new AuthorId(404);
        List<AuthorId> authors = new ArrayList<>(List.of(neil.id(), unknown));

        UnknownAuthorsException refusal = catchThrowableOfType(
                UnknownAuthorsException.class,
                () -> catalogue
                        .useCases
                        .replaceAuthors()
                        .replaceAuthors(new ReplaceAuthorsCommand(book.id(), Authorship.of(authors), null)));

        assertThat(refusal.unknown()).isEqualTo(Set.of(unknown));
        assertThat(catalogue.now(book)).isEqualTo(book);
    }

    @Test
    void replacing_the_authors_of_an_unknown_book_is_refused_as_not_found() {
        assertThatThrownBy(() -> catalogue
                        .useCases
                        .replaceAuthors()
                        .replaceAuthors(new ReplaceAuthorsCommand(new BookId(404), Authorship.none(), null)))
                .isInstanceOf(BookNotFoundException.class);
    }

    @Test
    void a_list_naming_an_author_twice_or_more_than_the_most_allowed_is_refused_before_any_use_case_runs() {
        assertThatThrownBy(() -> Authorship.of(List.of(terry.id(), neil.id(), terry.id())))
                .isInstanceOf(InvalidValueException.class);
        List<AuthorId> tooMany = IntStream.rangeClosed(1, Authorship.MAX_AUTHORS + 1)
                .mapToObj(AuthorId::new)
                .toList();
        assertThatThrownBy(() -> Authorship.of(tooMany)).isInstanceOf(InvalidValueException.class);
    }

    private CreditResult credit(BookView book, AuthorView author) {
        return catalogue.useCases.creditAuthor().creditAuthor(book.id(), author.id());
    }

    private BookView replace(BookView book, BookRevision expected, AuthorView... authors) {
        return catalogue
                .useCases
                .replaceAuthors()
                .replaceAuthors(new ReplaceAuthorsCommand(book.id(), CatalogueOnFakes.authorship(authors), expected));
    }

    private static CreditedAuthor credited(AuthorView author) {
        return new CreditedAuthor(author.id(), author.name(), author.version());
    }
}
