package org.bookshelf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void aReasonFollowsTheCataloguesWordsForTheValue() {
        InvalidValueException refusal = new InvalidValueException(CatalogueValue.PUBLICATION_YEAR, "must be later");

        assertThat(refusal.kind()).isEqualTo(CatalogueValue.PUBLICATION_YEAR);
        assertThat(refusal.getMessage()).isEqualTo("published year must be later");
        assertThat(refusal.messageCalling("year")).isEqualTo("year must be later");
    }

    @Test
    void aSentenceOfItsOwnIsKeptWhateverTheValueIsCalled() {
        InvalidValueException refusal = InvalidValueException.stating(CatalogueValue.ISBN, "ISBN-10 is too short");

        assertThat(refusal.kind()).isEqualTo(CatalogueValue.ISBN);
        assertThat(refusal.getMessage()).isEqualTo("ISBN-10 is too short");
        assertThat(refusal.messageCalling("isbn")).isEqualTo("ISBN-10 is too short");
    }
}
