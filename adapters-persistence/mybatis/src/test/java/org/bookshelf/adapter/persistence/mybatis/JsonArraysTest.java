package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON arrays JSON_TABLE reads: escapes, tuples, and where one array ends and the next begins. */
class JsonArraysTest {

    @Test
    void strings_are_escaped_as_json_needs() {
        assertThat(JsonArrays.of(List.of("Zoë \"Z\"", "a\\b", "tab\there")))
                .containsExactly("[\"Zoë \\\"Z\\\"\",\"a\\\\b\",\"tab\\u0009here\"]");
    }

    @Test
    void tuples_are_arrays_of_their_strings() {
        assertThat(JsonArrays.ofTuples(List.of(List.of("terry pratchett", "mort"), List.of("o\"brien", "x"))))
                .containsExactly("[[\"terry pratchett\",\"mort\"],[\"o\\\"brien\",\"x\"]]");
    }

    @Test
    void values_past_the_size_limit_start_the_next_array_and_none_make_no_array() {
        String half = "x".repeat(JsonArrays.MAX_CHARS / 2);

        List<String> arrays = JsonArrays.of(List.of(half, half, "y"));

        assertThat(arrays).hasSize(2);
        assertThat(arrays.get(0)).isEqualTo("[\"" + half + "\"]");
        assertThat(arrays.get(1)).isEqualTo("[\"" + half + "\",\"y\"]");
        assertThat(JsonArrays.of(Collections.emptyList())).isEmpty();
        assertThat(JsonArrays.ofTuples(Collections.emptyList())).isEmpty();
    }
}
