package org.bookshelf.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.InvalidValueException;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListingRequestsTest {

    @ParameterizedTest
    @ValueSource(ints = {PageRequest.MIN_LIMIT, PageRequest.DEFAULT_LIMIT, PageRequest.MAX_LIMIT})
    void aLimitFromOneToOneHundredIsAccepted(int limit) {
        assertThat(PageRequest.first(limit).limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 101, Integer.MAX_VALUE})
    void anyOtherLimitIsRefused(int limit) {
        assertThatThrownBy(() -> PageRequest.first(limit))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).kind())
                .isEqualTo(RequestValue.PAGE_SIZE);
    }

    @Test
    void aSearchFindsBooksByTitleFirstThenByAuthorsOrIsbn() {
        BookFilter dune = new BookFilter(null, SearchQuery.parse("DUNE herbert"), null);
        assertThat(dune.rankOf(new Title("Dune, by Frank Herbert"))).isEqualTo(BookFilter.TITLE_MATCH);
        assertThat(dune.rankOf(new Title("Dune"))).isEqualTo(BookFilter.FOUND_THROUGH_AUTHORS_OR_ISBN);
        assertThat(BookFilter.all().rankOf(new Title("Dune"))).isEqualTo(BookFilter.TITLE_MATCH);
    }

    @Test
    void filtersThatDifferHaveDifferentFingerprints() {
        assertThat(BookFilter.all().fingerprint())
                .isNotEqualTo(BookFilter.creditedTo(new AuthorId(1)).fingerprint());
        assertThat(new BookFilter(new Title("Dune"), null, null).fingerprint())
                .isNotEqualTo(new BookFilter(null, SearchQuery.parse("dune"), null).fingerprint());
        assertThat(new BookFilter(null, SearchQuery.parse("Dune, messiah"), null).fingerprint())
                .isEqualTo(new BookFilter(null, SearchQuery.parse("dune MESSIAH"), null).fingerprint())
                .isNotEqualTo(new BookFilter(null, SearchQuery.parse("dune"), null).fingerprint());
        assertThat(AuthorFilter.all().fingerprint())
                .isNotEqualTo(BookFilter.all().fingerprint());
        assertThat(new AuthorFilter(new AuthorName("null"), null).fingerprint())
                .isNotEqualTo(AuthorFilter.all().fingerprint());
        assertThat(new BookFilter(new Title("a|b"), null, null).fingerprint())
                .isNotEqualTo(new BookFilter(new Title("a"), SearchQuery.parse("b"), null).fingerprint());
    }
}
