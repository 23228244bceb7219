package org.bookshelf.adapter.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.bookshelf.application.port.in.FieldChange;
import org.bookshelf.application.port.in.UpdateBookUseCase.UpdateBookCommand;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * The body of {@code PATCH /api/books/{id}}: {@code {"title"?,"isbn"?,"published_year"?}}, read as a merge
 * patch. A field left out keeps its value; {@code null} clears {@code isbn} or {@code published_year};
 * {@code title} cannot be cleared. A record cannot tell "left out" from {@code null}, hence the setters.
 */
final class UpdateBookRequest {

    private FieldChange<String> title = FieldChange.keep();
    private FieldChange<String> isbn = FieldChange.keep();
    private FieldChange<Integer> publishedYear = FieldChange.keep();

    @JsonProperty("title")
    void setTitle(String value) {
        title = FieldChange.set(value);
    }

    @JsonProperty("isbn")
    void setIsbn(String value) {
        isbn = FieldChange.set(value);
    }

    @JsonProperty("published_year")
    void setPublishedYear(Integer value) {
        publishedYear = FieldChange.set(value);
    }

    /** The changes asked for, checked, as an update whatever the book's version. */
    UpdateBookCommand toUnconditionalCommand(BookId bookId) {
        RequestValues values = new RequestValues();
        Title newTitle = title.change() ? values.required("title", title.value(), Title::new) : null;
        FieldChange<Isbn> newIsbn = isbn.change()
                ? FieldChange.set(values.optional("isbn", isbn.value(), Isbn::parse))
                : FieldChange.keep();
        FieldChange<PublicationYear> newYear = publishedYear.change()
                ? FieldChange.set(values.optional("published_year", publishedYear.value(), PublicationYear::new))
                : FieldChange.keep();
        values.validate();
        return new UpdateBookCommand(bookId, newTitle, newIsbn, newYear, null);
    }
}
