package org.bookshelf.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The authors credited on a book, in credit order: no author twice, at most {@value #MAX_AUTHORS}.
 * Immutable; every change answers a new value.
 *
 * @param authorIds the credited authors, first credited first
 */
public record Authorship(List<AuthorId> authorIds) {

    public static final int MAX_AUTHORS = 100;

    private static final Authorship NONE = new Authorship(List.of());

    public Authorship {
        if (authorIds == null) {
            throw new InvalidValueException(CatalogueValue.AUTHORSHIP, "are required");
        }
        for (AuthorId id : authorIds) {
            if (id == null) {
                throw InvalidValueException.stating(CatalogueValue.AUTHORSHIP, "author ids must not be null");
            }
        }
        requireCreditable(authorIds);
        authorIds = List.copyOf(authorIds);
    }

    /**
     * Checks authors about to be credited together, by id or before they have one (by name, as an import
     * gives them): at most {@value #MAX_AUTHORS}, none twice.
     *
     * @throws InvalidValueException when there are more, or one is listed twice (named by its {@code toString})
     */
    public static void requireCreditable(List<?> authors) {
        if (authors.size() > MAX_AUTHORS) {
            throw InvalidValueException.stating(
                    CatalogueValue.AUTHORSHIP, "a book has at most " + MAX_AUTHORS + " authors, got " + authors.size());
        }
        Set<Object> seen = new HashSet<>();
        for (Object author : authors) {
            if (!seen.add(author)) {
                throw InvalidValueException.stating(
                        CatalogueValue.AUTHORSHIP, "author " + author + " is listed more than once");
            }
        }
    }

    /** No author credited. */
    public static Authorship none() {
        return NONE;
    }

    /** The given authors in the given order; rejects duplicates and more than {@value #MAX_AUTHORS}. */
    public static Authorship of(Collection<AuthorId> authorIds) {
        return new Authorship(authorIds == null ? null : new ArrayList<>(authorIds));
    }

    public boolean credits(AuthorId authorId) {
        return authorIds.contains(authorId);
    }

    public int size() {
        return authorIds.size();
    }

    /**
     * This authorship with {@code authorId} appended, or this very value when it is already credited.
     *
     * @throws AuthorshipFullException when it credits {@value #MAX_AUTHORS} authors already
     */
    Authorship withCredit(AuthorId authorId) {
        if (credits(authorId)) {
            return this;
        }
        if (authorIds.size() == MAX_AUTHORS) {
            throw new AuthorshipFullException();
        }
        List<AuthorId> extended = new ArrayList<>(authorIds);
        extended.add(authorId);
        return new Authorship(extended);
    }

    /** This authorship without {@code authorId}, or this very value when it was not credited. */
    Authorship withoutCredit(AuthorId authorId) {
        if (!credits(authorId)) {
            return this;
        }
        List<AuthorId> reduced = new ArrayList<>(authorIds);
        reduced.remove(authorId);
        return new Authorship(reduced);
    }
}
