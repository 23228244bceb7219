package org.bookshelf.application.model;

import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.domain.AuthorName;

/**
 * Which authors a listing holds. Every criterion given must hold; none given lists every author.
 *
 * @param name   exact name, or {@code null}
 * @param search words the author's name must match, or {@code null}
 */
public record AuthorFilter(AuthorName name, SearchQuery search) {

    /** Every author. */
    public static AuthorFilter all() {
        return new AuthorFilter(null, null);
    }

    /** Identifies this filter in a cursor, so that a cursor only continues the listing it came from. */
    public String fingerprint() {
        return ListingFingerprint.of("authors", name, search == null ? null : search.words());
    }
}
