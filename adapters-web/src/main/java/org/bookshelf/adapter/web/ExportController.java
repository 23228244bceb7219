package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    /** The media type of JSON Lines. */
    static final String JSON_LINES = "application/x-ndjson";

    private final ExportBooksUseCase exportBooks;

    ExportController(ExportBooksUseCase exportBooks) {
        this.exportBooks = exportBooks;
    }

    /**
     * A failure before the first bytes went out is answered as a problem; one after (the store gone half way)
     * can only cut the answer short, and the connection is closed without its last chunk.
     */
    @GetMapping(path = BOOKS_PATH, produces = JSON_LINES)
    void books(HttpServletResponse response) throws IOException {
        response.setContentType(JSON_LINES);
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
        exportBooks.exportBooks(out);
        out.flush();
    }
}
