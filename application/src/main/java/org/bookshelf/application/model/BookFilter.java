package org.bookshelf.application.model;

import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Title;

/**
 * Which books a listing holds. Every criterion given must hold; none given lists every book.
 *
 * @param title           exact title, or {@code null}
 * @param titleContains   case-insensitive part of the title, or {@code null}
 * @param creditedAuthor  an author the book credits, or {@code null}
 */
public record BookFilter(Title title, String titleContains, AuthorId creditedAuthor) {

    public BookFilter {
        titleContains = SearchText.normalise(titleContains);
    }

    /** Every book. */
    public static BookFilter all() {
        return new BookFilter(null, null, null);
    }

    /** The books crediting {@code authorId}. */
    public static BookFilter creditedTo(AuthorId authorId) {
        return new BookFilter(null, null, authorId);
    }

    /** Identifies this filter in a cursor, so that a cursor only continues the listing it came from. */
    public String fingerprint() {
        return ListingFingerprint.of("books", title, titleContains, creditedAuthor);
    }
}
