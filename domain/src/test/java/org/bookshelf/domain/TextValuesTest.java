package org.bookshelf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextValuesTest {

    @Test
    void titlesAndNamesAreTrimmed() {
        assertThat(new Title("  Dune \t").value()).isEqualTo("Dune");
        assertThat(new AuthorName("\u2003Frank Herbert  ").value()).isEqualTo("Frank Herbert");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankTitlesAndNamesAreRefused(String blank) {
        assertThatThrownBy(() -> new Title(blank))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).kind())
                .isEqualTo(CatalogueValue.TITLE);
        assertThatThrownBy(() -> new AuthorName(blank))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).kind())
                .isEqualTo(CatalogueValue.AUTHOR_NAME);
    }

    @Test
    void titleIsAtMost500Characters() {
        assertThat(new Title("a".repeat(500)).value()).hasSize(500);
        assertThat(new Title("  " + "a".repeat(500) + "  ").value()).hasSize(500);
        assertThatThrownBy(() -> new Title("a".repeat(501)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("500");
    }

    @Test
    void nameIsAtMost300Characters() {
        assertThat(new AuthorName("b".repeat(300)).value()).hasSize(300);
        assertThatThrownBy(() -> new AuthorName("b".repeat(301)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("300");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDCDA"; // one character, two UTF-16 units
        assertThat(new Title(emoji.repeat(500)).value()).hasSize(1000);
        assertThatThrownBy(() -> new Title(emoji.repeat(501))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void textWithAnUnpairedSurrogateIsRefused() {
        assertThatThrownBy(() -> new Title("x\uD800y"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> new AuthorName("\uDC00")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AuthorName("x\uD83D"))
                .as("a high surrogate last")
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AuthorName("\uDCDA\uD83Dx"))
                .as("a pair the wrong way round")
                .isInstanceOf(InvalidValueException.class);
        assertThat(new Title("x\uD83D\uDCDAy").value()).isEqualTo("x\uD83D\uDCDAy");
    }

    @Test
    void sortKeyFoldsCase() {
        assertThat(new Title("The Left Hand of Darkness").sortKey()).isEqualTo("the left hand of darkness");
        assertThat(new AuthorName("Ursula K. Le Guin").sortKey()).isEqualTo("ursula k. le guin");
    }

    @Test
    void idsArePositive() {
        assertThat(new BookId(1).value()).isEqualTo(1);
        assertThatThrownBy(() -> new BookId(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AuthorId(-5)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void publicationYearIsWithinTheCalendar() {
        assertThat(new PublicationYear(1969).value()).isEqualTo(1969);
        assertThat(new PublicationYear(PublicationYear.EARLIEST).value()).isEqualTo(1);
        assertThat(new PublicationYear(PublicationYear.LATEST).value()).isEqualTo(9999);
        assertThatThrownBy(() -> new PublicationYear(0))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).kind())
                .isEqualTo(CatalogueValue.PUBLICATION_YEAR);
        assertThatThrownBy(() -> new PublicationYear(10_000)).isInstanceOf(InvalidValueException.class);
    }
}
