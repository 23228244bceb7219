package org.bookshelf.adapter.web;

import org.bookshelf.application.model.CreditedAuthor;

/** An author as listed on a book: {@code {"id","name"}}. */
record CreditedAuthorResponse(long id, String name) {

    static CreditedAuthorResponse of(CreditedAuthor author) {
        return new CreditedAuthorResponse(author.id().value(), author.name().value());
    }
}
