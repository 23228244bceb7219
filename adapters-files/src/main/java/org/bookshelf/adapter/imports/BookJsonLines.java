package org.bookshelf.adapter.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.bookshelf.application.model.BookView;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes books as JSON Lines, one book a line in the API's book shape,
 * {@code {"id","title","isbn","published_year","authors":[{"id","name"}],"version"}}: what an export gives, and
 * what an import reads back as it is.
 */
final class BookJsonLines {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private record BookLine(
            long id, String title, String isbn, Integer publishedYear, List<AuthorLine> authors, long version) {}

    private record AuthorLine(long id, String name) {}

    private BookJsonLines() {}

    /** Writes the book as one line, its line break included. */
    static void write(BookView book, OutputStream out) throws IOException {
        out.write(JSON.writeValueAsBytes(new BookLine(
                book.id().value(),
                book.title().value(),
                book.isbn() == null ? null : book.isbn().value(),
                book.publishedYear() == null ? null : book.publishedYear().value(),
                book.authors().stream()
                        .map(author -> new AuthorLine(
                                author.id().value(), author.name().value()))
                        .toList(),
                book.version())));
        out.write('\n');
    }
}
