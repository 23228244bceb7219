package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void wildcards_and_the_escape_character_are_escaped_and_the_rest_is_kept() {
        assertThat(LikePatterns.containing("plain")).isEqualTo("%plain%");
        assertThat(LikePatterns.containing("100%")).isEqualTo("%100!%%");
        assertThat(LikePatterns.containing("a_b")).isEqualTo("%a!_b%");
        assertThat(LikePatterns.containing("wow!")).isEqualTo("%wow!!%");
        assertThat(LikePatterns.containing("back\\slash 'quote'")).isEqualTo("%back\\slash 'quote'%");
    }
}
