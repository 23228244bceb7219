package org.bookshelf.application.model;

import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.application.search.SearchWords;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Title;

/**
 * Which books a listing holds, and in which order. Every criterion given must hold; none given lists every
 * book. Books are listed by {@link #rankOf rank}, then case-folded title, then id.
 *
 * @param title          exact title, or {@code null}
 * @param search         words the book's title, authors' names or ISBN must match, or {@code null}
 * @param creditedAuthor an author the book credits, or {@code null}
 */
public record BookFilter(Title title, SearchQuery search, AuthorId creditedAuthor) {

    /** The rank of the books whose title holds every word searched, and of every book when nothing is. */
    public static final int TITLE_MATCH = 0;

    /** The rank of the books found only with the help of their authors' names or their ISBN. */
    public static final int FOUND_THROUGH_AUTHORS_OR_ISBN = 1;

    /** Every book. */
    public static BookFilter all() {
        return new BookFilter(null, null, null);
    }

    /** The books crediting {@code authorId}. */
    public static BookFilter creditedTo(AuthorId authorId) {
        return new BookFilter(null, null, authorId);
    }

    /**
     * Where a book this filter holds is listed: {@link #TITLE_MATCH} first, then
     * {@link #FOUND_THROUGH_AUTHORS_OR_ISBN}.
     */
    public int rankOf(Title bookTitle) {
        return search == null || search.matches(SearchWords.ofTitle(bookTitle.value()))
                ? TITLE_MATCH
                : FOUND_THROUGH_AUTHORS_OR_ISBN;
    }

    /** Identifies this filter in a cursor, so that a cursor only continues the listing it came from. */
    public String fingerprint() {
        return ListingFingerprint.of("books", title, search == null ? null : search.words(), creditedAuthor);
    }
}
