package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bookshelf.application.port.in.BackupCatalogueUseCase;
import org.bookshelf.application.port.in.BackupFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/backup} (admin): the whole catalogue at one instant, in the backup format, written as it is read,
 * so that it takes the same memory whatever the size of the catalogue; {@code bookshelf.jar restore} reads it back.
 */
@RestController
class BackupController {

    static final String PATH = "/api/backup";
    static final String MEDIA_TYPE = "application/x-ndjson";

    private final BackupCatalogueUseCase backupCatalogue;
    private final BackupFormat format;

    BackupController(BackupCatalogueUseCase backupCatalogue, BackupFormat format) {
        this.backupCatalogue = backupCatalogue;
        this.format = format;
    }

    /**
     * A failure before the first bytes went out is answered as a problem; one after can only cut the answer short,
     * which its missing end line then shows to {@code restore}.
     */
    @GetMapping(path = PATH, produces = MEDIA_TYPE)
    void backup(HttpServletResponse response) throws IOException {
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"bookshelf-backup.jsonl\"");
        try {
            backupCatalogue.backup(format.writer(response.getOutputStream(), false));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
