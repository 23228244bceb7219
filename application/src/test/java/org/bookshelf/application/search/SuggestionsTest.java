package org.bookshelf.application.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 999, 1000})
    void theWordsComparedShareTheRowsCounted(int words) {
        long upTo = Suggestions.countUpTo(words);

        assertThat(upTo * words).isLessThanOrEqualTo(Suggestions.ROWS_COUNTED);
        assertThat((upTo + 1) * words).isGreaterThan(Suggestions.ROWS_COUNTED);
    }

    @Test
    void eachWordIsCountedAtLeastOnceHoweverManyAreCompared() {
        assertThat(Suggestions.countUpTo(5000)).isEqualTo(1);
    }
}
