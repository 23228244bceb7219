package org.bookshelf.adapter.web;

import org.bookshelf.application.model.AuthorView;

/** An author as the API shows it: {@code {"id","name","version"}}. */
record AuthorResponse(long id, String name, long version) {

    static AuthorResponse of(AuthorView author) {
        return new AuthorResponse(author.id().value(), author.name().value(), author.version());
    }
}
