package org.bookshelf.adapter.web;

import java.util.List;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * The body of {@code POST /api/books}: {@code {"title","isbn"?,"published_year"?,"author_ids"?}}.
 * {@code null} and absent mean the same: no ISBN, year unknown, nobody credited.
 */
record CreateBookRequest(String title, String isbn, Integer publishedYear, List<Long> authorIds) {

    RegisterBookCommand toCommand() {
        RequestValues values = new RequestValues();
        Title bookTitle = values.required("title", title, Title::new);
        Isbn bookIsbn = values.optional("isbn", isbn, Isbn::parse);
        PublicationYear year = values.optional("published_year", publishedYear, PublicationYear::new);
        Authorship authors = values.authorship("author_ids", authorIds);
        values.validate();
        return new RegisterBookCommand(bookTitle, bookIsbn, year, authors);
    }
}
