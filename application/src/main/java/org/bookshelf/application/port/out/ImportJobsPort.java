package org.bookshelf.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.model.RowRejection;

/**
 * Keeps the state of imports where every instance of the service can read it. Each call runs in the
 * caller's {@link UnitOfWork}, or in one of its own when called outside any: an update made with a
 * chunk's rows is committed with them, or not at all.
 */
public interface ImportJobsPort {

    /** Records a new import, {@code RUNNING}, nothing counted, and answers its fresh id. */
    ImportJobId begin(Instant at);

    /**
     * Sets the import's state and counts and appends {@code newErrors} to its errors.
     *
     * @param failure why a {@code FAILED} import stopped; {@code null} otherwise
     * @param at      when, kept as the import's last sign of life
     */
    void update(
            ImportJobId job,
            ImportState state,
            ImportCounts counts,
            List<RowRejection> newErrors,
            String failure,
            Instant at);

    /** The import as last updated, or empty when none has this id. */
    Optional<ImportJobRecord> find(ImportJobId job);

    /**
     * An import as kept.
     *
     * @param errors    the errors appended so far, in order
     * @param updatedAt its last update
     */
    record ImportJobRecord(
            ImportJobId id,
            ImportState state,
            ImportCounts counts,
            List<RowRejection> errors,
            String failure,
            Instant updatedAt) {

        public ImportJobRecord {
            errors = List.copyOf(errors);
        }
    }
}
