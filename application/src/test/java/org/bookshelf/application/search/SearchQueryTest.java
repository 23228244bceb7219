package org.bookshelf.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.bookshelf.domain.InvalidValueException;
import org.bookshelf.domain.Isbn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    private static final Isbn ISBN = Isbn.parse("9780306406157");

    private static Set<String> bookWords() {
        Set<String> words = new HashSet<>(SearchWords.ofTitle("Lantern of the Moon"));
        words.addAll(SearchWords.ofName("Ada Jørgensen"));
        words.addAll(SearchWords.ofIsbn(ISBN));
        return words;
    }

    @Test
    void wordsAreFoldedKeptOnceAndInTheOrderTyped() {
        assertThat(SearchQuery.parse("Kraków lant krakow KRAKÓW").words()).containsExactly("krakow", "lant");
    }

    @Test
    void aBookMatchesWhenEverySearchWordStartsOneOfItsWords() {
        assertThat(SearchQuery.parse("lant jorg").matches(bookWords())).isTrue();
        assertThat(SearchQuery.parse("MOON ADA").matches(bookWords())).isTrue();
        assertThat(SearchQuery.parse("lant sun").matches(bookWords())).isFalse();
        assertThat(SearchQuery.parse("lant jorg").matches(SearchWords.ofTitle("Lantern of the Moon")))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9780306406157", "978-0-306-40615-7", "0-306-40615-2", " 978 0 306 40615 7 "})
    void anIsbnInAnyFormIsTheOneWordOfItsThirteenDigits(String isbn) {
        SearchQuery query = SearchQuery.parse(isbn);
        assertThat(query.words()).containsExactly("9780306406157");
        assertThat(query.matches(bookWords())).isTrue();
    }

    @Test
    void digitsThatAreNoIsbnAreOrdinaryWords() {
        assertThat(SearchQuery.parse("9780306").words()).containsExactly("9780306");
        assertThat(SearchQuery.parse("9780306").matches(bookWords())).isTrue();
        assertThat(SearchQuery.parse("9780306406158").words()).containsExactly("9780306406158");
        assertThat(SearchQuery.parse("9780306406158").matches(bookWords())).isFalse();
        assertThat(SearchQuery.parse("978-0-306").words()).containsExactly("978", "0", "306");
    }

    @Test
    void wildcardsQuotesAndBackslashesAreSeparators() {
        assertThat(SearchQuery.parse("%lant_ *moon+ -ada- \"jorg' \\the").words())
                .containsExactly("lant", "moon", "ada", "jorg", "the");
        assertThat(SearchQuery.parse("l%n").words()).containsExactly("l", "n");
    }

    @Test
    void anUnspacedRunIsOneWordCutToTheRunCap() {
        assertThat(SearchQuery.parse("银河铁道之夜").words()).containsExactly("银河铁道之夜");
        String run = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往";
        assertThat(SearchQuery.parse(run).words()).containsExactly(run.substring(0, SearchWords.MAX_RUN_WORD_LENGTH));
    }

    @Test
    void aLongWordIsCutToTheWordCap() {
        assertThat(SearchQuery.parse("x".repeat(60)).words()).containsExactly("x".repeat(SearchWords.MAX_WORD_LENGTH));
    }

    @Test
    void aSearchOfTwoHundredCharactersAndTenWordsIsAccepted() {
        assertThat(SearchQuery.parse("x".repeat(SearchQuery.MAX_LENGTH)).words())
                .hasSize(1);
        assertThat(SearchQuery.parse("a b c d e f g h i j").words()).hasSize(SearchQuery.MAX_WORDS);
        assertThat(SearchQuery.parse("a a a a a a a a a a a").words()).containsExactly("a");
    }

    @Test
    void aSearchLongerThanTwoHundredCharactersIsRefused() {
        assertThatThrownBy(() -> SearchQuery.parse("x".repeat(201)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("search text must be at most 200 characters, was 201");
    }

    @Test
    void aSearchOfMoreThanTenWordsIsRefused() {
        assertThatThrownBy(() -> SearchQuery.parse("a b c d e f g h i j k"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("search text must have at most 10 different words, had 11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "--", "", "   ", "_*+\"'\\", "—"})
    void aSearchWithoutAWordIsRefused(String search) {
        assertThatThrownBy(() -> SearchQuery.parse(search))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("search text must hold at least one word of letters or digits");
    }

    @Test
    void searchesWithTheSameWordsAreEqual() {
        assertThat(SearchQuery.parse("Kraków"))
                .isEqualTo(SearchQuery.parse("KRAKOW"))
                .hasSameHashCodeAs(SearchQuery.parse("krakow"))
                .isNotEqualTo(SearchQuery.parse("krakow lant"));
    }
}
