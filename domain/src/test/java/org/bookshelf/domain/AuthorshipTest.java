package org.bookshelf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AuthorshipTest {

    private static final AuthorId ANN = new AuthorId(1);
    private static final AuthorId BOB = new AuthorId(2);
    private static final AuthorId CAT = new AuthorId(3);

    @Test
    void keepsTheGivenOrder() {
        assertThat(Authorship.of(List.of(CAT, ANN, BOB)).authorIds()).containsExactly(CAT, ANN, BOB);
    }

    @Test
    void refusesTheSameAuthorTwice() {
        assertThatThrownBy(() -> Authorship.of(List.of(ANN, BOB, ANN)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("more than once")
                .extracting(e -> ((InvalidValueException) e).kind())
                .isEqualTo(CatalogueValue.AUTHORSHIP);
    }

    @Test
    void holdsAtMostOneHundredAuthors() {
        assertThat(Authorship.of(ids(100)).size()).isEqualTo(100);
        assertThatThrownBy(() -> Authorship.of(ids(101)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("100");
    }

    @Test
    void authorsNotYetRegisteredAreCheckedByTheSameRules() {
        Authorship.requireCreditable(List.of(new AuthorName("Ann"), new AuthorName("Bob")));

        assertThatThrownBy(() -> Authorship.requireCreditable(List.of(new AuthorName("Ann"), new AuthorName(" Ann "))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("author Ann is listed more than once");
        assertThatThrownBy(() -> Authorship.requireCreditable(ids(101)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("a book has at most 100 authors, got 101");
    }

    @Test
    void refusesMissingIds() {
        assertThatThrownBy(() -> Authorship.of(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Authorship.of(Arrays.asList(ANN, null))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void cannotBeChangedFromOutside() {
        List<AuthorId> given = new ArrayList<>(List.of(ANN));
        Authorship authorship = Authorship.of(given);
        given.add(BOB);
        assertThat(authorship.authorIds()).containsExactly(ANN);
        assertThatThrownBy(() -> authorship.authorIds().add(BOB)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void creditingAppendsOnceAndRemovingKeepsTheOthersInOrder() {
        Authorship authorship =
                Authorship.none().withCredit(ANN).withCredit(BOB).withCredit(CAT);
        assertThat(authorship.withCredit(BOB)).isSameAs(authorship);
        assertThat(authorship.withoutCredit(BOB).authorIds()).containsExactly(ANN, CAT);
        assertThat(authorship.withoutCredit(new AuthorId(99))).isSameAs(authorship);
    }

    static List<AuthorId> ids(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(AuthorId::new).toList();
    }
}
