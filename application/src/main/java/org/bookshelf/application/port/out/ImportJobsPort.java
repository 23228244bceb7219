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
     * Sets the import's state and counts to {@code progress}'s and appends its {@code newErrors} to the import's
     * errors.
     *
     * @param at when, kept as the import's last sign of life
     */
    void update(ImportJobId job, Progress progress, Instant at);

    /**
     * Where an import has got to, as one update records it.
     *
     * @param newErrors the rows refused since the last update, to append to the import's errors
     * @param failure   why a {@code FAILED} import stopped; {@code null} otherwise
     */
    record Progress(ImportState state, ImportCounts counts, List<RowRejection> newErrors, String failure) {

        public Progress {
            newErrors = List.copyOf(newErrors);
        }

        /** Still running, with these counts and these rows refused since the last update. */
        public static Progress running(ImportCounts counts, List<RowRejection> newErrors) {
            return new Progress(ImportState.RUNNING, counts, newErrors, null);
        }

        /** Read to the end with these counts. */
        public static Progress done(ImportCounts counts) {
            return new Progress(ImportState.DONE, counts, List.of(), null);
        }

        /** Stopped for {@code failure} with these counts. */
        public static Progress failed(ImportCounts counts, String failure) {
            return new Progress(ImportState.FAILED, counts, List.of(), failure);
        }
    }

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
