package org.bookshelf.adapter.web;

import java.util.List;
import org.bookshelf.domain.Authorship;

/** The body of {@code PUT /api/books/{id}/authors}: {@code {"author_ids":[...]}}, first credited first. */
record ReplaceAuthorsRequest(List<Long> authorIds) {

    Authorship toAuthorship() {
        RequestValues values = new RequestValues();
        values.requirePresent("author_ids", authorIds);
        Authorship authors = values.authorship("author_ids", authorIds);
        values.validate();
        return authors;
    }
}
