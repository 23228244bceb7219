package org.bookshelf.adapter.web;

import java.util.List;
import java.util.Locale;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobView;

/**
 * An import as the API shows it: {@code {"id","state","rows","books_created","authors_created","links_created",
 * "already_present","rejected","errors":[{"line","message"}],"failure"}}, {@code failure} {@code null} unless the
 * import failed.
 */
record ImportResponse(
        long id,
        String state,
        long rows,
        long booksCreated,
        long authorsCreated,
        long linksCreated,
        long alreadyPresent,
        long rejected,
        List<RejectedRow> errors,
        String failure) {

    /** A row refused, where it starts in the file and why. */
    record RejectedRow(long line, String message) {}

    static ImportResponse of(ImportJobView job) {
        ImportCounts counts = job.counts();
        return new ImportResponse(
                job.id().value(),
                job.state().name().toLowerCase(Locale.ROOT),
                counts.rows(),
                counts.booksCreated(),
                counts.authorsCreated(),
                counts.linksCreated(),
                counts.alreadyPresent(),
                counts.rejected(),
                job.errors().stream()
                        .map(error -> new RejectedRow(error.line(), error.message()))
                        .toList(),
                job.failure());
    }
}
