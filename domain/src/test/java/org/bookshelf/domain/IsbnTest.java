package org.bookshelf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IsbnTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "978-0-306-40615-7   | 9780306406157",
                "9780306406157       | 9780306406157",
                "978 0 306 40615 7   | 9780306406157",
                "'  9780306406157  ' | 9780306406157",
                "0-306-40615-2       | 9780306406157",
                "0306406152          | 9780306406157",
                "0-8044-2957-X       | 9780804429573",
                "0-8044-2957-x       | 9780804429573",
                "979-10-90636-07-1   | 9791090636071",
            })
    void acceptsIsbn10AndIsbn13AsWrittenAndKeepsThirteenDigits(String written, String normalised) {
        assertThat(Isbn.parse(written).value()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "978-0-306-40615-8", // ISBN-13 check digit off by one
                "0-306-40615-3", // ISBN-10 check digit off by one
                "0-8044-2957-0", // X expected
                "977-0-306-40615-7", // neither 978 nor 979
                "12345", // too short
                "97803064061570", // too long
                "ISBN 9780306406157",
                "978_0306406157",
                "X306406152", // X only as the last ISBN-10 character
            })
    void refusesWhatIsNotAnIsbn(String written) {
        assertThatThrownBy(() -> Isbn.parse(written))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).kind())
                .isEqualTo(CatalogueValue.ISBN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "--"})
    void refusesNothing(String written) {
        assertThatThrownBy(() -> Isbn.parse(written)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "978-0-306-40615-7",
                "9780306406158",
                "0306406152",
                "9770306406158",
                "97803064061\uFF157",
                "97803064061570"
            })
    void theRecordItselfOnlyHoldsValidThirteenDigits(String value) {
        assertThatThrownBy(() -> new Isbn(value)).isInstanceOf(InvalidValueException.class);
    }

    @org.junit.jupiter.api.Test
    void sameNumberWrittenDifferentlyIsTheSameIsbn() {
        assertThat(Isbn.parse("0-306-40615-2")).isEqualTo(Isbn.parse("978 0306406157"));
    }
}
