package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bookshelf.application.model.ImportFormat;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.port.in.GetImportUseCase;
import org.bookshelf.application.port.in.ImportBooksUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/imports}: start a bulk import of a Goodreads export or JSON Lines, and follow it. */
@RestController
@RequestMapping(path = ImportController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
record ImportController(ImportBooksUseCase importBooks, GetImportUseCase getImport, ImportMetrics metrics) {

    static final String PATH = "/api/imports";

    private static final MediaType GOODREADS = MediaType.parseMediaType("text/csv");

    /**
     * 202 with the import just begun and its {@code Location}, once the body is received and its start checked;
     * the import goes on in the background. The format is the content type's (only theirs reach here): a
     * Goodreads export for {@code text/csv}, else JSON Lines.
     */
    @PostMapping(consumes = {"text/csv", ExportController.JSON_LINES})
    ResponseEntity<ImportResponse> start(HttpServletRequest request) throws IOException {
        ImportFormat format = GOODREADS.isCompatibleWith(MediaType.parseMediaType(request.getContentType()))
                ? ImportFormat.GOODREADS
                : ImportFormat.JSON_LINES;
        ImportJobId job;
        try {
            SpooledUpload upload = new SpooledUpload(request.getInputStream(), format);
            job = importBooks.startImport(format, upload, metrics.measured()).id();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ResourceHeaders.location(PATH, job.value()))
                .body(ImportResponse.of(getImport.getImport(job)));
    }

    @GetMapping("/{id}")
    ImportResponse get(@PathVariable("id") long id) {
        return ImportResponse.of(getImport.getImport(RequestValues.importId("id", id)));
    }
}
