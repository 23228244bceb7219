package org.bookshelf.application.model;

import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;

/**
 * An author as listed on a book: who, by id and name.
 *
 * @param version the author's version, which moves with every rename; see {@link BookRevision}
 */
public record CreditedAuthor(AuthorId id, AuthorName name, long version) {}
