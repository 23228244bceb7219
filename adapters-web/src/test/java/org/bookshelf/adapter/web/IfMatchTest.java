package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    private static final LongSupplier NEVER_READ = () -> {
        throw new AssertionError("the current version should not be needed");
    };

    @Test
    void absentOrStarAcceptsAnyVersion() {
        assertThat(IfMatch.parse(null).expectedVersion(NEVER_READ)).isNull();
        assertThat(IfMatch.parse("*").expectedVersion(NEVER_READ)).isNull();
        assertThat(IfMatch.parse(" * ").expectedVersion(NEVER_READ)).isNull();
    }

    @Test
    void oneStrongTagIsTheExpectedVersion() {
        assertThat(IfMatch.parse("\"7\"").expectedVersion(NEVER_READ)).isEqualTo(7L);
        assertThat(IfMatch.parse(" \"12\" ").expectedVersion(NEVER_READ)).isEqualTo(12L);
        assertThat(IfMatch.parse("\"7\", W/\"8\", \"x\"").expectedVersion(NEVER_READ)).isEqualTo(7L);
    }

    @Test
    void severalTagsMatchWhenOneIsTheCurrentVersion() {
        AtomicInteger reads = new AtomicInteger();
        LongSupplier current = () -> {
            reads.incrementAndGet();
            return 4;
        };

        assertThat(IfMatch.parse("\"3\", \"4\"").expectedVersion(current)).isEqualTo(4L);
        assertThat(IfMatch.parse("\"3\",\"4\",").expectedVersion(current)).isEqualTo(4L);
        assertThat(reads).hasValue(2);
        assertThatThrownBy(() -> IfMatch.parse("\"1\", \"2\"").expectedVersion(current))
                .isInstanceOf(PreconditionFailedException.class).hasMessageContaining("version 4");
    }

    @Test
    void tagsThatCannotMatchFailThePrecondition() {
        LongSupplier current = () -> 4;

        assertThatThrownBy(() -> IfMatch.parse("W/\"4\"").expectedVersion(current))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> IfMatch.parse("\"four\"").expectedVersion(current))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> IfMatch.parse("\"99999999999999999999\"").expectedVersion(current))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "4", "\"4", "\"4\" \"5\"", "W/4", "*, \"4\"", ",", "\"4\"x"})
    void aHeaderThatIsNoListOfEntityTagsIsABadRequest(String header) {
        assertThatThrownBy(() -> IfMatch.parse(header))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fields()).extracting(InvalidField::field).containsExactly("If-Match"));
    }
}
