package org.bookshelf.adapter.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Locale;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobView;

/**
 * An import as the API shows it: {@code {"id","state","rows","books_created","authors_created","links_created",
 * "already_present","rejected","errors":[{"line","message"}],"failure"}}, {@code failure} {@code null} unless the
 * import failed. The counts are {@link ImportCounts}'s, in its order, unwrapped into the import's object.
 */
record ImportResponse(
        long id, String state, @JsonUnwrapped ImportCounts counts, List<RejectedRow> errors, String failure) {

    /** A row refused, where it starts in the file and why. */
    record RejectedRow(long line, String message) {}

    static ImportResponse of(ImportJobView job) {
        return new ImportResponse(
                job.id().value(),
                job.state().name().toLowerCase(Locale.ROOT),
                job.counts(),
                job.errors().stream()
                        .map(error -> new RejectedRow(error.line(), error.message()))
                        .toList(),
                job.failure());
    }
}
