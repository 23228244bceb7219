package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.port.in.RenameAuthorUseCase.RenameAuthorCommand;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.CatalogueValue;
import org.bookshelf.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Registering, reading, renaming and deleting authors through the use cases. */
class AuthorUseCasesTest {

    private final CatalogueOnFakes catalogue = new CatalogueOnFakes();

    @Test
    void registering_answers_the_author_at_the_first_version_with_the_name_trimmed() {
        AuthorView author = catalogue.useCases.registerAuthor().registerAuthor(new AuthorName("  Ann Leckie "));

        assertThat(author.name()).isEqualTo(new AuthorName("Ann Leckie"));
        assertThat(author.version()).isEqualTo(1);
        assertThat(catalogue.now(author)).isEqualTo(author);
    }

    @Test
    void two_authors_may_share_a_name_and_get_different_ids() {
        AuthorView first = catalogue.author("John Smith");
        AuthorView second = catalogue.author("John Smith");

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void a_name_is_refused_before_any_use_case_runs_when_blank_or_too_long() {
        assertThatThrownBy(() -> new AuthorName(" "))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).kind())
                .isEqualTo(CatalogueValue.AUTHOR_NAME);
        assertThatThrownBy(() -> new AuthorName("n".repeat(301))).isInstanceOf(InvalidValueException.class);
        assertThat(new AuthorName("n".repeat(300)).value()).hasSize(300);
    }

    @Test
    void reading_an_unknown_author_is_refused_as_not_found() {
        AuthorId unknown = new AuthorId(404);

        AuthorNotFoundException refusal = catchThrowableOfType(
                AuthorNotFoundException.class,
                () -> catalogue.useCases.getAuthor().getAuthor(unknown));

        assertThat(refusal).hasMessage("author 404 does not exist");
    }

    @Test
    void renaming_moves_the_version_on() {
        AuthorView author = catalogue.author("Ann Leckie");

        AuthorView renamed = rename(author.id(), "A. Leckie", null);

        assertThat(renamed.name()).isEqualTo(new AuthorName("A. Leckie"));
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(catalogue.now(author)).isEqualTo(renamed);
    }

    @Test
    void renaming_to_the_same_name_changes_nothing() {
        AuthorView author = catalogue.author("Ann Leckie");

        AuthorView renamed = rename(author.id(), " Ann Leckie ", null);

        assertThat(renamed).isEqualTo(author);
        assertThat(catalogue.now(author).version()).isEqualTo(1);
    }

    @Test
    void renaming_at_the_expected_version_goes_through() {
        AuthorView author = catalogue.author("Ann Leckie");

        assertThat(rename(author.id(), "A. Leckie", 1L).version()).isEqualTo(2);
        assertThat(rename(author.id(), "Ann Leckie", 2L).version()).isEqualTo(3);
    }

    @Test
    void renaming_at_an_outdated_version_is_refused_and_changes_nothing() {
        AuthorView author = catalogue.author("Ann Leckie");
        AuthorView renamed = rename(author.id(), "Anne Leckie", null);

        VersionConflictException refusal =
                catchThrowableOfType(VersionConflictException.class, () -> rename(author.id(), "A. Leckie", 1L));

        assertThat(refusal.expectedVersion()).isEqualTo(1);
        assertThat(refusal.currentVersion()).isEqualTo(2);
        assertThat(catalogue.now(author)).isEqualTo(renamed);
    }

    @Test
    void renaming_an_unknown_author_is_refused_as_not_found() {
        assertThatThrownBy(() -> rename(new AuthorId(404), "Someone", null))
                .isInstanceOf(AuthorNotFoundException.class);
    }

    @Test
    void deleting_an_author_no_book_credits_removes_them() {
        AuthorView author = catalogue.author("Ann Leckie");

        catalogue.useCases.deleteAuthor().deleteAuthor(author.id(), false);

        assertThatThrownBy(() -> catalogue.now(author)).isInstanceOf(AuthorNotFoundException.class);
    }

    @Test
    void deleting_an_author_who_is_credited_is_refused_and_says_on_how_many_books() {
        AuthorView neil = catalogue.author("Neil Gaiman");
        BookView goodOmens = catalogue.book("Good Omens", catalogue.author("Terry Pratchett"), neil);
        BookView coraline = catalogue.book("Coraline", neil);

        AuthorStillCreditedException refusal = catchThrowableOfType(
                AuthorStillCreditedException.class,
                () -> catalogue.useCases.deleteAuthor().deleteAuthor(neil.id(), false));

        assertThat(refusal.authorId()).isEqualTo(neil.id());
        assertThat(refusal.bookCount()).isEqualTo(2);
        assertThat(catalogue.now(neil)).isEqualTo(neil);
        assertThat(catalogue.now(goodOmens)).isEqualTo(goodOmens);
        assertThat(catalogue.now(coraline)).isEqualTo(coraline);
    }

    @Test
    void deleting_with_unlink_takes_the_author_off_every_book_and_moves_those_books_on() {
        AuthorView terry = catalogue.author("Terry Pratchett");
        AuthorView neil = catalogue.author("Neil Gaiman");
        BookView goodOmens = catalogue.book("Good Omens", terry, neil);
        BookView coraline = catalogue.book("Coraline", neil);
        BookView mort = catalogue.book("Mort", terry);

        catalogue.useCases.deleteAuthor().deleteAuthor(neil.id(), true);

        assertThatThrownBy(() -> catalogue.now(neil)).isInstanceOf(AuthorNotFoundException.class);
        assertThat(catalogue.now(goodOmens).authors())
                .containsExactly(new CreditedAuthor(terry.id(), terry.name(), terry.version()));
        assertThat(catalogue.now(goodOmens).version()).isEqualTo(2);
        assertThat(catalogue.now(coraline).authors()).isEmpty();
        assertThat(catalogue.now(coraline).version()).isEqualTo(2);
        assertThat(catalogue.now(mort)).isEqualTo(mort);
    }

    @Test
    void deleting_with_unlink_an_author_no_book_credits_simply_deletes_them() {
        AuthorView author = catalogue.author("Ann Leckie");

        catalogue.useCases.deleteAuthor().deleteAuthor(author.id(), true);

        assertThatThrownBy(() -> catalogue.now(author)).isInstanceOf(AuthorNotFoundException.class);
    }

    @Test
    void deleting_an_unknown_author_is_refused_as_not_found_with_or_without_unlink() {
        AuthorView gone = catalogue.author("Ghost Writer");
        catalogue.useCases.deleteAuthor().deleteAuthor(gone.id(), false);

        assertThatThrownBy(() -> catalogue.useCases.deleteAuthor().deleteAuthor(gone.id(), false))
                .isInstanceOf(AuthorNotFoundException.class);
        assertThatThrownBy(() -> catalogue.useCases.deleteAuthor().deleteAuthor(gone.id(), true))
                .isInstanceOf(AuthorNotFoundException.class);
    }

    private AuthorView rename(AuthorId authorId, String name, Long expectedVersion) {
        return catalogue
                .useCases
                .renameAuthor()
                .renameAuthor(new RenameAuthorCommand(authorId, new AuthorName(name), expectedVersion));
    }
}
