package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import org.bookshelf.adapter.imports.ImportFormat;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.port.in.GetImportUseCase;
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
class ImportController {

    static final String PATH = "/api/imports";

    private final BackgroundImports imports;
    private final GetImportUseCase getImport;

    ImportController(BackgroundImports imports, GetImportUseCase getImport) {
        this.imports = imports;
        this.getImport = getImport;
    }

    /**
     * 202 with the import just begun and its {@code Location}, once the body is received and its start checked.
     * The format is the content type's (only theirs reach here).
     */
    @PostMapping(consumes = {"text/csv", "application/x-ndjson"})
    ResponseEntity<ImportResponse> start(HttpServletRequest request) throws IOException {
        MediaType sent = MediaType.parseMediaType(request.getContentType());
        ImportFormat format = Arrays.stream(ImportFormat.values())
                .filter(candidate -> MediaType.parseMediaType(candidate.mediaType()).isCompatibleWith(sent))
                .findFirst().orElseThrow();
        ImportJobId job = imports.start(request.getInputStream(), format);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ResourceHeaders.location(PATH, job.value()))
                .body(ImportResponse.of(getImport.getImport(job)));
    }

    @GetMapping("/{id}")
    ImportResponse get(@PathVariable("id") long id) {
        return ImportResponse.of(getImport.getImport(RequestValues.importId("id", id)));
    }
}
