package org.bookshelf.application.model;

import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;

/** An author as listed on a book: who, by id and name. */
public record CreditedAuthor(AuthorId id, AuthorName name) {
}
