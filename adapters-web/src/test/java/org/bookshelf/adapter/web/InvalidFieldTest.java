package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bookshelf.application.model.RequestValue;
import org.bookshelf.domain.CatalogueValue;
import org.bookshelf.domain.InvalidValueException;
import org.bookshelf.domain.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidFieldTest {

    /** Each kind of value the core refuses, the field that carries it, and how the API words the refusal. */
    static Stream<Arguments> apiNames() {
        return Stream.of(
                Arguments.of(CatalogueValue.TITLE, "title", "title must be fixed"),
                Arguments.of(CatalogueValue.AUTHOR_NAME, "name", "name must be fixed"),
                Arguments.of(CatalogueValue.ISBN, "isbn", "ISBN must be fixed"),
                Arguments.of(CatalogueValue.PUBLICATION_YEAR, "published_year", "published year must be fixed"),
                Arguments.of(CatalogueValue.BOOK_ID, "book_id", "book id must be fixed"),
                Arguments.of(CatalogueValue.AUTHOR_ID, "author_id", "author id must be fixed"),
                Arguments.of(CatalogueValue.AUTHORSHIP, "author_ids", "authors must be fixed"),
                Arguments.of(RequestValue.SEARCH_TEXT, "q", "q must be fixed"),
                Arguments.of(RequestValue.PAGE_SIZE, "limit", "limit must be fixed"),
                Arguments.of(RequestValue.PAGE_CURSOR, "cursor", "cursor must be fixed"),
                Arguments.of(RequestValue.IMPORT_ID, "id", "import id must be fixed"),
                Arguments.of(RequestValue.IDEMPOTENCY_KEY, "Idempotency-Key", "idempotency key must be fixed"),
                Arguments.of(RequestValue.IMPORT_ROW, "body", "row must be fixed"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("apiNames")
    void aRefusalNoRequestMappingNamedIsUnderTheFieldThatCarriesItsKind(ValueKind kind, String field, String message) {
        assertThat(InvalidField.refused(new InvalidValueException(kind, "must be fixed")))
                .isEqualTo(new InvalidField(field, message));
    }

    @Test
    void everyKindOfValueTheCoreRefusesHasItsApiName() {
        List<ValueKind> kinds = new ArrayList<>(List.of(CatalogueValue.values()));
        kinds.addAll(List.of(RequestValue.values()));

        assertThat(apiNames().map(arguments -> arguments.get()[0])).containsExactlyInAnyOrderElementsOf(kinds);
    }

    @Test
    void aListingParameterIsCalledByItsNameInTheMessage() {
        InvalidValueException blank = new InvalidValueException(RequestValue.SEARCH_TEXT, "must not be blank");

        assertThat(blank.getMessage()).isEqualTo("search text must not be blank");
        assertThat(InvalidField.refused("q", blank)).isEqualTo(new InvalidField("q", "q must not be blank"));
    }

    @Test
    void aCatalogueValueKeepsTheCataloguesWordsWhateverTheFieldThatCarriedIt() {
        InvalidValueException zero = new InvalidValueException(CatalogueValue.BOOK_ID, "must be positive, was 0");

        assertThat(InvalidField.refused("id", zero))
                .isEqualTo(new InvalidField("id", "book id must be positive, was 0"));
    }

    @Test
    void aRefusalStatedInASentenceOfItsOwnKeepsIt() {
        InvalidValueException twice = InvalidValueException.stating(RequestValue.PAGE_CURSOR, "no cursor twice");

        assertThat(InvalidField.refused("cursor", twice)).isEqualTo(new InvalidField("cursor", "no cursor twice"));
    }
}
