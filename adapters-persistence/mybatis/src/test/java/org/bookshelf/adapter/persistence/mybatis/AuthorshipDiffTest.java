package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bookshelf.adapter.persistence.mybatis.BookMapper.AuthorshipRow;
import org.junit.jupiter.api.Test;

class AuthorshipDiffTest {

    private static final long BOOK = 7;

    @Test
    void a_new_book_gets_positions_from_1() {
        AuthorshipDiff diff = AuthorshipDiff.between(BOOK, List.of(), List.of(10L, 20L));

        assertThat(diff.removed()).isEmpty();
        assertThat(diff.moves()).isEmpty();
        assertThat(diff.added()).containsExactly(link(10, 1), link(20, 2));
    }

    @Test
    void a_credit_is_appended_after_the_highest_position() {
        AuthorshipDiff diff = AuthorshipDiff.between(BOOK, List.of(link(10, 1), link(20, 5)), List.of(10L, 20L, 30L));

        assertThat(diff.removed()).isEmpty();
        assertThat(diff.moves()).isEmpty();
        assertThat(diff.added()).containsExactly(link(30, 6));
    }

    @Test
    void a_removal_deletes_one_link_and_moves_nothing() {
        AuthorshipDiff diff =
                AuthorshipDiff.between(BOOK, List.of(link(10, 1), link(20, 2), link(30, 3)), List.of(10L, 30L));

        assertThat(diff.removed()).extracting(AuthorshipRow::authorId).containsExactly(20L);
        assertThat(diff.moves()).isEmpty();
        assertThat(diff.added()).isEmpty();
    }

    @Test
    void removing_the_last_and_crediting_another_reuses_nothing_that_stays() {
        AuthorshipDiff diff = AuthorshipDiff.between(BOOK, List.of(link(10, 1), link(20, 2)), List.of(10L, 30L));

        assertThat(diff.removed()).extracting(AuthorshipRow::authorId).containsExactly(20L);
        assertThat(diff.added()).containsExactly(link(30, 2));
        assertThat(diff.moves()).isEmpty();
    }

    @Test
    void the_same_authorship_is_no_change() {
        AuthorshipDiff diff = AuthorshipDiff.between(BOOK, List.of(link(10, 3), link(20, 9)), List.of(10L, 20L));

        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void a_swap_renumbers_only_the_swapped_links_through_temporary_positions() {
        AuthorshipDiff diff = AuthorshipDiff.between(
                BOOK, List.of(link(10, 1), link(20, 2), link(30, 3), link(40, 4)), List.of(10L, 30L, 20L, 40L));

        assertThat(diff.moves()).containsExactly(link(30, 2), link(20, 3));
        assertThat(diff.needsTemporaryPositions()).isTrue();
        assertThat(diff.temporaryMoves()).containsExactly(link(30, -2), link(20, -3));
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
    }

    @Test
    void moves_onto_free_positions_need_no_temporary_step() {
        AuthorshipDiff diff = AuthorshipDiff.between(BOOK, List.of(link(10, 5), link(20, 6)), List.of(20L, 10L));

        assertThat(diff.moves()).containsExactly(link(20, 1), link(10, 2));
        assertThat(diff.needsTemporaryPositions()).isFalse();
    }

    @Test
    void a_new_author_in_the_middle_renumbers_and_inserts_at_its_place() {
        AuthorshipDiff diff = AuthorshipDiff.between(BOOK, List.of(link(10, 1), link(20, 2)), List.of(10L, 30L, 20L));

        assertThat(diff.moves()).containsExactly(link(20, 3));
        assertThat(diff.needsTemporaryPositions()).isFalse();
        assertThat(diff.added()).containsExactly(link(30, 2));
    }

    @Test
    void a_full_reversal_moves_every_link_but_the_middle_one() {
        AuthorshipDiff diff =
                AuthorshipDiff.between(BOOK, List.of(link(10, 1), link(20, 2), link(30, 3)), List.of(30L, 20L, 10L));

        assertThat(diff.moves()).containsExactly(link(30, 1), link(10, 3));
        assertThat(diff.needsTemporaryPositions()).isTrue();
    }

    @Test
    void the_links_after_a_change_are_those_that_stay_where_they_were_or_moved_and_those_added_in_credit_order() {
        List<AuthorshipRow> stored = List.of(link(10, 1), link(20, 2), link(30, 7));
        List<Long> appended = List.of(10L, 30L, 40L);
        List<Long> reordered = List.of(40L, 30L, 10L);

        assertThat(AuthorshipDiff.between(BOOK, stored, appended).linksAfter(stored, appended))
                .containsExactly(link(10, 1), link(30, 7), link(40, 8));
        assertThat(AuthorshipDiff.between(BOOK, stored, reordered).linksAfter(stored, reordered))
                .containsExactly(link(40, 1), link(30, 2), link(10, 3));
        assertThat(AuthorshipDiff.between(BOOK, stored, List.of()).linksAfter(stored, List.of()))
                .isEmpty();
    }

    private static AuthorshipRow link(long authorId, int position) {
        return new AuthorshipRow(BOOK, authorId, position);
    }
}
