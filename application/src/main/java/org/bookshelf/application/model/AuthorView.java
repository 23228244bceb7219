package org.bookshelf.application.model;

import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;

/**
 * An author as clients see it.
 *
 * @param version moves on with every rename; clients send it back as the expected version
 */
public record AuthorView(AuthorId id, AuthorName name, long version) {

    /** The author as it is now. */
    public static AuthorView of(Author author) {
        return new AuthorView(author.id(), author.name(), author.version());
    }
}
