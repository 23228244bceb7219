package org.bookshelf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BookTest {

    private static final AuthorId ANN = new AuthorId(1);
    private static final AuthorId BOB = new AuthorId(2);
    private static final AuthorId CAT = new AuthorId(3);
    private static final Isbn DUNE_ISBN = Isbn.parse("978-0-441-17271-9");

    private final Book book =
            Book.register(new BookId(7), new Title("Dune"), DUNE_ISBN, new PublicationYear(1965), Authorship.none());

    @Test
    void aNewBookStartsAtTheFirstVersion() {
        assertThat(book.version()).isEqualTo(Book.FIRST_VERSION);
        assertThat(book.id()).isEqualTo(new BookId(7));
        assertThat(book.title()).isEqualTo(new Title("Dune"));
        assertThat(book.isbn()).contains(DUNE_ISBN);
        assertThat(book.publishedYear()).contains(new PublicationYear(1965));
        assertThat(book.authorship().authorIds()).isEmpty();
    }

    @Test
    void aNewBookMayBeRegisteredWithOrderedAuthorsAndWithoutIsbnOrYear() {
        Book credited =
                Book.register(new BookId(8), new Title("Good Omens"), null, null, Authorship.of(List.of(BOB, ANN)));
        assertThat(credited.authorship().authorIds()).containsExactly(BOB, ANN);
        assertThat(credited.isbn()).isEmpty();
        assertThat(credited.publishedYear()).isEmpty();
    }

    @Test
    void aStoredBookKeepsItsStoredVersion() {
        Book stored = Book.reconstitute(new BookId(7), new Title("Dune"), null, null, Authorship.of(List.of(ANN)), 42);
        assertThat(stored.version()).isEqualTo(42);
        assertThat(stored.authorship().authorIds()).containsExactly(ANN);
        assertThatThrownBy(() -> Book.reconstitute(new BookId(7), new Title("Dune"), null, null, Authorship.none(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredBookRemembersTheVersionItWasLoadedAtThroughItsChanges() {
        Book stored = Book.reconstitute(new BookId(7), new Title("Dune"), null, null, Authorship.none(), 42);
        assertThat(stored.hasChanges()).isFalse();
        assertThat(stored.credit(ANN)).isTrue();
        assertThat(stored.credit(ANN)).isFalse();
        assertThat(stored.loadedVersion()).isEqualTo(42);
        assertThat(stored.version()).isEqualTo(43);
        assertThat(stored.hasChanges()).isTrue();
        assertThat(book.loadedVersion()).isEqualTo(Book.NOT_STORED);
        assertThat(book.hasChanges()).isTrue();
    }

    @Test
    void creditingAppendsAndMovesTheVersionEachTime() {
        assertThat(book.credit(ANN)).isTrue();
        assertThat(book.credit(BOB)).isTrue();
        assertThat(book.authorship().authorIds()).containsExactly(ANN, BOB);
        assertThat(book.version()).isEqualTo(3);
    }

    @Test
    void creditingAnAuthorAlreadyCreditedChangesNothing() {
        book.credit(ANN);
        long version = book.version();
        assertThat(book.credit(ANN)).isFalse();
        assertThat(book.authorship().authorIds()).containsExactly(ANN);
        assertThat(book.version()).isEqualTo(version);
    }

    @Test
    void creditingBeyondOneHundredAuthorsIsRefusedAndChangesNothing() {
        book.replaceAuthorship(Authorship.of(AuthorshipTest.ids(100)));
        long version = book.version();
        assertThatThrownBy(() -> book.credit(new AuthorId(101))).isInstanceOf(AuthorshipFullException.class);
        assertThat(book.authorship().size()).isEqualTo(100);
        assertThat(book.version()).isEqualTo(version);
        assertThat(book.credit(new AuthorId(42)))
                .as("one of the hundred, again")
                .isFalse();
    }

    @Test
    void removingACreditKeepsTheOthersInOrderAndMovesTheVersion() {
        book.replaceAuthorship(Authorship.of(List.of(ANN, BOB, CAT)));
        long version = book.version();
        assertThat(book.removeCredit(BOB)).isTrue();
        assertThat(book.authorship().authorIds()).containsExactly(ANN, CAT);
        assertThat(book.version()).isEqualTo(version + 1);
    }

    @Test
    void removingAnAuthorNotCreditedChangesNothing() {
        book.credit(ANN);
        long version = book.version();
        assertThat(book.removeCredit(BOB)).isFalse();
        assertThat(book.version()).isEqualTo(version);
    }

    @Test
    void replacingTheOrderIsOneChange() {
        book.replaceAuthorship(Authorship.of(List.of(ANN, BOB)));
        long version = book.version();
        assertThat(book.replaceAuthorship(Authorship.of(List.of(BOB, ANN, CAT))))
                .isTrue();
        assertThat(book.authorship().authorIds()).containsExactly(BOB, ANN, CAT);
        assertThat(book.version()).isEqualTo(version + 1);
    }

    @Test
    void replacingWithTheSameOrderChangesNothingButAnotherOrderDoes() {
        book.replaceAuthorship(Authorship.of(List.of(ANN, BOB)));
        long version = book.version();
        assertThat(book.replaceAuthorship(Authorship.of(List.of(ANN, BOB)))).isFalse();
        assertThat(book.version()).isEqualTo(version);
        assertThat(book.replaceAuthorship(Authorship.of(List.of(BOB, ANN)))).isTrue();
        assertThat(book.version()).isEqualTo(version + 1);
    }

    @Test
    void updatingSeveralFieldsIsOneChange() {
        assertThat(book.updateDetails(new Title("Dune Messiah"), null, new PublicationYear(1969)))
                .isTrue();
        assertThat(book.title().value()).isEqualTo("Dune Messiah");
        assertThat(book.isbn()).isEmpty();
        assertThat(book.publishedYear()).contains(new PublicationYear(1969));
        assertThat(book.version()).isEqualTo(Book.FIRST_VERSION + 1);
    }

    @Test
    void updatingToTheSameValuesChangesNothing() {
        assertThat(book.updateDetails(new Title(" Dune "), Isbn.parse("0-441-17271-7"), new PublicationYear(1965)))
                .isFalse();
        assertThat(book.version()).isEqualTo(Book.FIRST_VERSION);
    }
}
