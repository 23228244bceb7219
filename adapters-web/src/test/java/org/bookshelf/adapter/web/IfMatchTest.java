package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bookshelf.application.model.BookRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    private static <V> Supplier<V> neverRead() {
        return () -> {
            throw new AssertionError("the current version should not be needed");
        };
    }

    private static Long authorExpected(String header, long current) {
        return IfMatch.parse(header).expected(EntityTagFormat.AUTHOR, () -> current);
    }

    private static BookRevision bookExpected(String header, BookRevision current) {
        return IfMatch.parse(header).expected(EntityTagFormat.BOOK, () -> current);
    }

    @Test
    void absentOrStarAcceptsAnyVersion() {
        assertThat(IfMatch.parse(null).expected(EntityTagFormat.AUTHOR, neverRead()))
                .isNull();
        assertThat(IfMatch.parse("*").expected(EntityTagFormat.AUTHOR, neverRead()))
                .isNull();
        assertThat(IfMatch.parse(" * ").expected(EntityTagFormat.BOOK, neverRead()))
                .isNull();
    }

    @Test
    void oneStrongTagIsTheExpectedVersion() {
        assertThat(IfMatch.parse("\"7\"").expected(EntityTagFormat.AUTHOR, neverRead()))
                .isEqualTo(7L);
        assertThat(IfMatch.parse(" \"12\" ").expected(EntityTagFormat.AUTHOR, neverRead()))
                .isEqualTo(12L);
        assertThat(IfMatch.parse("\"7\", W/\"8\", \"x\"").expected(EntityTagFormat.AUTHOR, neverRead()))
                .isEqualTo(7L);
    }

    @Test
    void aBookTagNamesTheBookVersionAndItsAuthorsVersion() {
        assertThat(IfMatch.parse("\"3.7\"").expected(EntityTagFormat.BOOK, neverRead()))
                .isEqualTo(new BookRevision(3, 7));
        assertThat(IfMatch.parse("\"1.0\", \"3\", W/\"4.9\"").expected(EntityTagFormat.BOOK, neverRead()))
                .as("only the strong tag written as a book's counts")
                .isEqualTo(new BookRevision(1, 0));
        assertThat(EntityTagFormat.BOOK.etag(new BookRevision(3, 7))).isEqualTo("\"3.7\"");
        assertThat(EntityTagFormat.AUTHOR.etag(3L)).isEqualTo("\"3\"");
    }

    @Test
    void severalTagsMatchWhenOneIsTheCurrentVersion() {
        AtomicInteger reads = new AtomicInteger();
        Supplier<Long> current = () -> {
            reads.incrementAndGet();
            return 4L;
        };

        assertThat(IfMatch.parse("\"3\", \"4\"").expected(EntityTagFormat.AUTHOR, current))
                .isEqualTo(4L);
        assertThat(IfMatch.parse("\"3\",\"4\",").expected(EntityTagFormat.AUTHOR, current))
                .isEqualTo(4L);
        assertThat(reads).hasValue(2);
        assertThatThrownBy(() -> IfMatch.parse("\"1\", \"2\"").expected(EntityTagFormat.AUTHOR, current))
                .isInstanceOf(PreconditionFailedException.class)
                .hasMessageContaining("\"4\"");
        assertThat(bookExpected("\"2.5\", \"3.5\"", new BookRevision(3, 5))).isEqualTo(new BookRevision(3, 5));
        assertThatThrownBy(() -> bookExpected("\"3.4\", \"3.6\"", new BookRevision(3, 5)))
                .isInstanceOf(PreconditionFailedException.class)
                .hasMessageContaining("\"3.5\"");
    }

    @Test
    void tagsThatCannotMatchFailThePrecondition() {
        assertThatThrownBy(() -> authorExpected("W/\"4\"", 4)).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> authorExpected("\"four\"", 4)).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> authorExpected("\"04\"", 4))
                .as("compared strongly: character by character")
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> authorExpected("\"99999999999999999999\"", 4))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> authorExpected("\"4.0\"", 4)).isInstanceOf(PreconditionFailedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3.5\"", "\"3.\"", "\".5\"", "\"3.5.1\"", "\"03.5\"", "\"3.-5\""})
    void aBookTagNotWrittenAsABooksNeverMatches(String header) {
        assertThatThrownBy(() -> bookExpected(header, new BookRevision(3, 5)))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "4", "\"4", "\"4\" \"5\"", "W/4", "*, \"4\"", ",", "\"4\"x"})
    void aHeaderThatIsNoListOfEntityTagsIsABadRequest(String header) {
        assertThatThrownBy(() -> IfMatch.parse(header))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.fields())
                                .extracting(InvalidField::field)
                                .containsExactly("If-Match"));
    }
}
