package org.bookshelf.adapter.web;

import org.bookshelf.domain.AuthorName;

/** The body of {@code POST /api/authors} and {@code PATCH /api/authors/{id}}: {@code {"name"}}. */
record AuthorNameRequest(String name) {

    AuthorName toName() {
        RequestValues values = new RequestValues();
        AuthorName authorName = values.required("name", name, AuthorName::new);
        values.validate();
        return authorName;
    }
}
