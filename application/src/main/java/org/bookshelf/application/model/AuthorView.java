package org.bookshelf.application.model;

import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;

/**
 * An author as clients see it.
 *
 * @param version moves on with every rename; clients send it back as the expected version
 */
public record AuthorView(AuthorId id, AuthorName name, long version) {
}
