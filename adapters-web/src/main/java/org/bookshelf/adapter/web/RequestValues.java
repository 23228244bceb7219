package org.bookshelf.adapter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.InvalidValueException;

/**
 * Turns the raw values of one request into catalogue values. Every problem is noted under the name the
 * client used for the value, so that one answer lists all of them; {@link #validate()} then refuses
 * the request if there was any.
 */
final class RequestValues {

    private final List<InvalidField> problems = new ArrayList<>();

    /** {@code raw} converted, or {@code null} when it is absent (then noted as missing) or refused. */
    <R, T> T required(String field, R raw, Function<R, T> conversion) {
        requirePresent(field, raw);
        return optional(field, raw, conversion);
    }

    /** Notes {@code field} as missing when {@code raw} is absent. */
    void requirePresent(String field, Object raw) {
        if (raw == null) {
            problems.add(new InvalidField(field, field + " is required"));
        }
    }

    /** {@code raw} converted, or {@code null} when it is absent or refused. */
    <R, T> T optional(String field, R raw, Function<R, T> conversion) {
        return raw == null ? null : convert(field, () -> conversion.apply(raw));
    }

    /** The ordered author list of a request body; {@code null} when refused. */
    Authorship authorship(String field, List<Long> rawIds) {
        if (rawIds == null) {
            return null;
        }
        if (rawIds.contains(null)) {
            problems.add(new InvalidField(field, field + " must not contain null"));
            return null;
        }
        return convert(
                field, () -> Authorship.of(rawIds.stream().map(AuthorId::new).toList()));
    }

    /** Throws {@link InvalidRequestException} listing every problem noted, if any. */
    void validate() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private <T> T convert(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (InvalidValueException e) {
            problems.add(InvalidField.refused(field, e));
            return null;
        }
    }

    /** A book id taken from the path or the query. */
    static BookId bookId(String parameter, long raw) {
        return single(parameter, () -> new BookId(raw));
    }

    /** An author id taken from the path or the query. */
    static AuthorId authorId(String parameter, long raw) {
        return single(parameter, () -> new AuthorId(raw));
    }

    /** An import id taken from the path. */
    static ImportJobId importId(String parameter, long raw) {
        return single(parameter, () -> new ImportJobId(raw));
    }

    private static <T> T single(String parameter, Supplier<T> conversion) {
        RequestValues values = new RequestValues();
        T value = values.convert(parameter, conversion);
        values.validate();
        return value;
    }
}
