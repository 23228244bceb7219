package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.bookshelf.adapter.imports.BookJsonLines;
import org.bookshelf.application.port.in.ExportBooksUseCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/exports/books.jsonl}: every book as JSON Lines, written as the pages are read, so that the
 * export takes the same memory whatever the size of the catalogue. What it writes imports as it is.
 */
@RestController
class ExportController {

    static final String BOOKS_PATH = "/api/exports/books.jsonl";

    private final ExportBooksUseCase exportBooks;

    ExportController(ExportBooksUseCase exportBooks) {
        this.exportBooks = exportBooks;
    }

    /**
     * A failure before the first bytes went out is answered as a problem; one after (the store gone half way)
     * can only cut the answer short, and the connection is closed without its last chunk.
     */
    @GetMapping(path = BOOKS_PATH, produces = BookJsonLines.MEDIA_TYPE)
    void books(HttpServletResponse response) throws IOException {
        response.setContentType(BookJsonLines.MEDIA_TYPE);
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
        try {
            exportBooks.exportBooks(book -> {
                try {
                    BookJsonLines.write(book, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}
